#include <app/screens/AssignmentScreen.hpp>

#include <app/Context.hpp>
#include <app/Fonts.hpp>
#include <app/Learners.hpp>
#include <app/Painter.hpp>
#include <app/StateStack.hpp>
#include <app/widgets/Label.hpp>
#include <app/widgets/ListScroll.hpp>

#include <core/I18n.hpp>
#include <core/LearnerUid.hpp>
#include <core/Plural.hpp>
#include <core/Roster.hpp>

#include <algorithm>
#include <cmath>

namespace yaddas::app {
namespace fs = std::filesystem;
using core::I18n;
using core::Plural;
namespace {

const std::string kName = "name.";

} // namespace

AssignmentScreen::AssignmentScreen(StateStack& stack, Context& context)
    : State(stack, context), chrome_(context) {
    entries_ = io::AssignmentRun::list(context.learners.dataDir());
    if (context.nav.assignment.chosen && *context.nav.assignment.chosen < entries_.size()) {
        chosen_ = *context.nav.assignment.chosen;
    }
    context.nav.assignment.chosen.reset();
    buttons_.focus(entries_.empty() ? "open" : "start");
}

int AssignmentScreen::attemptsUsed(const io::AssignmentRun::Entry& entry) const {
    Context& c = context();
    const core::Learner* learner = c.learners.learner();
    if (learner == nullptr) {
        return 0;
    }
    const io::AssignmentRun run(entry, learner->profile().id, learner->profile().displayName,
                                learner->profile().uid);
    return run.attemptsUsed(io::AssignmentRun::defaultResultsFolder(c.learners.dataDir()));
}

bool AssignmentScreen::canResume(const io::AssignmentRun::Entry& entry) const {
    Context& c = context();
    const core::Learner* learner = c.learners.learner();
    if (learner == nullptr) {
        return false;
    }
    const io::AssignmentRun run(entry, learner->profile().id, learner->profile().displayName,
                                learner->profile().uid);
    return run.canResume(io::AssignmentRun::defaultResultsFolder(c.learners.dataDir()),
                         c.learners.now());
}

std::string AssignmentScreen::detailOf(const io::AssignmentRun::Entry& entry) const {
    const core::Assignment& a = entry.assignment;
    std::string d = I18n::tr("no due date");
    if (a.due) {
        // Past the due day it can still be taken: the teacher decides what a late one means.
        const bool late = a.dueEnd() && context().learners.now() > *a.dueEnd();
        d = I18n::format(late ? I18n::tr("was due {1}") : I18n::tr("due {1}"), {a.due->text()});
    }
    d += " · " + Plural::count(static_cast<long long>(a.count), "question", "questions");
    d += " · " + I18n::format(I18n::tr("pass mark {1} %"), {std::to_string(a.passMark)});
    if (a.timeLimitMinutes) {
        d += " · " + Plural::count(*a.timeLimitMinutes, "minute", "minutes");
    }
    // An attempt left with "Save and leave" goes on where it was left: say so, not "no
    // attempt left".
    if (canResume(entry)) {
        return std::string(I18n::tr("left unfinished: Start goes on")) + " · " + d;
    }
    const int used = attemptsUsed(entry);
    const int left = std::max(0, a.attempts - used);
    d += " · " +
         (left == 0
              ? std::string(I18n::tr("no attempt left"))
              : I18n::format(I18n::trn("{1} attempt left of {2}", "{1} attempts left of {2}", left),
                             {std::to_string(left), std::to_string(a.attempts)}));
    return d;
}

void AssignmentScreen::relayout() {
    Context& c = context();
    const Metrics& m = c.metrics;
    const sf::FloatRect col = chrome_.content();
    buttons_.clear();
    chrome_.addTopButtons(buttons_, true);
    if (pending_) {
        layoutClassList();
        return;
    }
    listTop_ = col.top + m.u(90.f);
    const float rowH = std::round(m.u(64.f));
    const float gap = std::round(m.u(10.f));
    const auto rows = static_cast<std::size_t>(
        std::max(1.f, std::floor((col.top + col.height - listTop_ + gap) / (rowH + gap))));
    for (std::size_t i = 0; i < entries_.size() && i < rows; ++i) {
        auto& b = buttons_.add(
            "entry." + std::to_string(i), entries_[i].assignment.title,
            {col.left, listTop_ + static_cast<float>(i) * (rowH + gap), col.width, rowH},
            ButtonGroup::Kind::Choice);
        b.detail = detailOf(entries_[i]);
        b.selected = i == chosen_;
    }
    const std::string startLabel = I18n::tr("Start");
    const sf::FloatRect p = chrome_.primaryRect(startLabel);
    if (!entries_.empty()) {
        buttons_.add("start", startLabel, p, ButtonGroup::Kind::Primary);
    }
    const float right = entries_.empty() ? p.left + p.width : p.left - gap;
    const std::string openLabel = I18n::tr("Open assignment file");
    buttons_.add("open", openLabel, chrome_.bottomRect(openLabel, right));
}

void AssignmentScreen::openFile() {
    context().nav.assignment.pick = AssignmentFlow::Pick::AssignmentFile;
    push(ScreenId::FilePicker);
}

void AssignmentScreen::start(std::size_t index) {
    Context& c = context();
    if (index >= entries_.size()) {
        return;
    }
    chosen_ = index;
    const core::Assignment& a = entries_[index].assignment;
    if (attemptsUsed(entries_[index]) >= a.attempts && !canResume(entries_[index])) {
        c.notice = I18n::format(
            I18n::trn("You have used the one attempt “{2}” allows. Your teacher has your results.",
                      "You have used all {1} attempts “{2}” allows. Your teacher has your results.",
                      a.attempts),
            {std::to_string(a.attempts), a.title});
        relayout();
        return;
    }
    c.nav.assignment.pick = AssignmentFlow::Pick::ResultsFolder;
    push(ScreenId::FilePicker);
}

void AssignmentScreen::resumed() {
    Context& c = context();
    AssignmentFlow& flow = c.nav.assignment;
    const AssignmentFlow::Pick pick = flow.pick;
    flow.pick = AssignmentFlow::Pick::None;
    const fs::path picked = flow.picked;
    flow.picked.clear();
    if (pick == AssignmentFlow::Pick::AssignmentFile && !picked.empty()) {
        const std::string error = io::AssignmentRun::import(picked, c.learners.dataDir());
        if (!error.empty()) {
            c.notice = error;
        } else {
            io::AssignmentRun::rememberFolder(c.learners.dataDir(), "assignments",
                                              picked.parent_path());
            entries_ = io::AssignmentRun::list(c.learners.dataDir());
            for (std::size_t i = 0; i < entries_.size(); ++i) {
                if (entries_[i].file.filename() == picked.filename() ||
                    entries_[i].file.filename() == picked.filename().string() + ".xml") {
                    chosen_ = i;
                }
            }
            buttons_.focus("start");
        }
    } else if (pick == AssignmentFlow::Pick::ResultsFolder && !picked.empty() &&
               chosen_ < entries_.size() && c.learners.learner() != nullptr) {
        begin(picked);
    }
    relayout();
}

std::string AssignmentScreen::learnerUid() const {
    const core::Learner* learner = context().learners.learner();
    return learner != nullptr ? learner->profile().uid : std::string();
}

std::string AssignmentScreen::whoLine() const {
    // The name is in the top bar already; the code tells two learners of one name apart.
    const std::string code = core::LearnerUid::shortForm(learnerUid());
    return code.empty() ? std::string() : I18n::format(I18n::tr("Your code: {1}"), {code});
}

std::optional<std::size_t> AssignmentScreen::preselect(const io::AssignmentRun& run,
                                                       const fs::path& folder) const {
    const auto& list = run.assignment().classList;
    const std::string remembered = run.rememberedRosterId(folder);
    for (std::size_t i = 0; i < list.size() && !remembered.empty(); ++i) {
        if (list[i].id == remembered) {
            return i;
        }
    }
    const core::Learner* learner = context().learners.learner();
    if (learner == nullptr) {
        return std::nullopt;
    }
    // Offered, never forced: she confirms it with Continue.
    return core::Roster::match(list, learner->profile().displayName);
}

void AssignmentScreen::begin(const fs::path& folder) {
    Context& c = context();
    const auto& profile = c.learners.learner()->profile();
    auto run = std::make_shared<io::AssignmentRun>(entries_[chosen_], profile.id,
                                                   profile.displayName, profile.uid);
    if (!run->assignment().classList.empty()) {
        picked_ = preselect(*run, folder);
        pending_ = std::move(run);
        pendingFolder_ = folder;
        first_ = picked_.value_or(0);
        buttons_.focus(picked_ ? kName + std::to_string(*picked_) : std::string("continue"));
        return;
    }
    pending_ = std::move(run);
    pendingFolder_ = folder;
    beginPicked(std::nullopt);
}

void AssignmentScreen::beginPicked(std::optional<std::size_t> index) {
    Context& c = context();
    std::shared_ptr<io::AssignmentRun> run = std::move(pending_);
    const fs::path folder = pendingFolder_;
    pending_.reset();
    pendingFolder_.clear();
    if (!run) {
        return;
    }
    const auto& list = run->assignment().classList;
    if (index && *index < list.size()) {
        run->setRosterId(list[*index].id);
    }
    const std::string error = run->begin(folder, c.learners.now());
    if (!error.empty()) {
        c.notice = error;
        buttons_.focus("start");
    } else {
        io::AssignmentRun::rememberFolder(c.learners.dataDir(), "results", folder);
        c.nav.assignment.run = std::move(run);
        push(ScreenId::Quiz);
    }
}

void AssignmentScreen::layoutClassList() {
    Context& c = context();
    const Metrics& m = c.metrics;
    const sf::FloatRect col = chrome_.content();
    const auto& list = pending_->assignment().classList;
    listTop_ = col.top + m.u(90.f);
    const float rowH = std::round(m.u(48.f));
    const float gap = std::round(m.u(8.f));
    const std::string continueLabel = I18n::tr("Continue");
    const sf::FloatRect p = chrome_.primaryRect(continueLabel);
    const float bottom = p.top - gap;
    visible_ = static_cast<std::size_t>(
        std::max(1.f, std::floor((bottom - listTop_ + gap) / (rowH + gap))));
    if (first_ + visible_ > list.size()) {
        first_ = list.size() > visible_ ? list.size() - visible_ : 0;
    }
    for (std::size_t i = first_; i < list.size() && i < first_ + visible_; ++i) {
        auto& b = buttons_.add(
            kName + std::to_string(i), list[i].name,
            {col.left, listTop_ + static_cast<float>(i - first_) * (rowH + gap), col.width, rowH},
            ButtonGroup::Kind::Choice);
        b.selected = picked_ && *picked_ == i;
    }
    auto& go = buttons_.add("continue", continueLabel, p, ButtonGroup::Kind::Primary);
    go.enabled = picked_.has_value();
    const std::string notListed = I18n::tr("My name is not on the list");
    buttons_.add("not-listed", notListed, chrome_.bottomRect(notListed, p.left - gap));
}

void AssignmentScreen::handleClassList(const sf::Event& event) {
    const auto& list = pending_->assignment().classList;
    const std::string focused = buttons_.focusedId();
    if (event.type == sf::Event::KeyPressed && event.key.code == sf::Keyboard::Escape) {
        pending_.reset();
        pendingFolder_.clear();
        buttons_.focus("start");
        relayout();
        return;
    }
    if (auto row = ListScroll::arrow(event, focused, kName, list.size(), first_, visible_)) {
        relayout();
        buttons_.focus(kName + std::to_string(*row));
        return;
    }
    if (ListScroll::wheel(event, list.size(), first_, visible_)) {
        relayout();
        return;
    }
    const std::string id = buttons_.handleEvent(event);
    if (id.rfind(kName, 0) == 0) {
        picked_ = std::stoul(id.substr(kName.size()));
        relayout();
        buttons_.focus("continue");
    } else if (id == "continue" && picked_) {
        beginPicked(picked_);
        relayout();
    } else if (id == "not-listed") {
        beginPicked(std::nullopt);
        relayout();
    } else if (id == "top.back") {
        pending_.reset();
        pendingFolder_.clear();
        buttons_.focus("start");
        relayout();
    } else if (id == "top.settings") {
        push(ScreenId::Settings);
    }
}

void AssignmentScreen::handleEvent(const sf::Event& event) {
    if (pending_) {
        handleClassList(event);
        return;
    }
    const std::string focused = buttons_.focusedId();
    if (event.type == sf::Event::KeyPressed) {
        const auto key = event.key.code;
        if (key == sf::Keyboard::Escape) {
            pop();
            return;
        }
        if (focused.rfind("entry.", 0) == 0 &&
            (key == sf::Keyboard::Down || key == sf::Keyboard::Up)) {
            std::size_t i = std::stoul(focused.substr(6));
            if (key == sf::Keyboard::Down && i + 1 < entries_.size()) {
                ++i;
            } else if (key == sf::Keyboard::Up && i > 0) {
                --i;
            }
            buttons_.focus("entry." + std::to_string(i));
            return;
        }
    }
    const std::string id = buttons_.handleEvent(event);
    if (id.empty()) {
        return;
    }
    if (id.rfind("entry.", 0) == 0) {
        chosen_ = std::stoul(id.substr(6));
        buttons_.focus("start");
        relayout();
    } else if (id == "start") {
        start(focused.rfind("entry.", 0) == 0 ? std::stoul(focused.substr(6)) : chosen_);
    } else if (id == "open") {
        openFile();
    } else if (id == "top.back") {
        pop();
    } else if (id == "top.settings") {
        push(ScreenId::Settings);
    }
}

void AssignmentScreen::draw(Painter& painter) {
    Context& c = context();
    const Metrics& m = c.metrics;
    const Theme& t = c.theme;
    const sf::FloatRect col = chrome_.content();
    chrome_.drawTopBar(painter, I18n::tr("Assignments"));
    chrome_.drawNotice(painter);
    // Who is taking it, with the code her results file carries: the one calm place a learner
    // can tell herself apart from a classmate with the same name.
    float titleWidth = col.width;
    if (const std::string who = whoLine(); !who.empty()) {
        sf::Text whoText = fittedText(who, c.fonts.regular(), m.caption(), col.width * 0.45f);
        whoText.setFillColor(t.secondary);
        const float w = whoText.getLocalBounds().width;
        placeText(whoText, col.left + col.width - w, col.top + m.u(26.f));
        painter.text(whoText);
        titleWidth = std::max(col.width * 0.5f, col.width - w - m.u(24.f));
    }
    const std::string heading = pending_           ? I18n::tr("Find your name on the class list")
                                : entries_.empty() ? I18n::tr("No assignment yet")
                                                   : I18n::tr("Your teacher's assignments");
    sf::Text title = fittedText(heading, c.fonts.bold(), m.title(), titleWidth);
    title.setFillColor(t.ink);
    placeText(title, col.left, col.top + m.u(18.f));
    painter.text(title);
    const std::string line =
        pending_ ? I18n::tr("Choose your name, then Continue: your teacher's list then shows your "
                            "results beside it.")
        : entries_.empty()
            ? I18n::tr("Open the assignment file your teacher gave you.")
            : I18n::tr("Choose one, then Start: you will choose the folder where your results are "
                       "written, and they are saved after every answer.");
    sf::Text note = fittedText(line, c.fonts.regular(), m.caption(), col.width);
    note.setFillColor(t.secondary);
    placeText(note, col.left, col.top + m.u(56.f));
    painter.text(note);
    buttons_.draw(painter, c);
}

} // namespace yaddas::app
