#include <app/screens/AssignmentScreen.hpp>

#include <app/Context.hpp>
#include <app/Fonts.hpp>
#include <app/Learners.hpp>
#include <app/Painter.hpp>
#include <app/StateStack.hpp>
#include <app/widgets/Label.hpp>

#include <algorithm>
#include <cmath>

namespace yaddas::app {
namespace fs = std::filesystem;

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
    const io::AssignmentRun run(entry, learner->profile().id, learner->profile().displayName);
    return run.attemptsUsed(io::AssignmentRun::defaultResultsFolder(c.learners.dataDir()));
}

bool AssignmentScreen::canResume(const io::AssignmentRun::Entry& entry) const {
    Context& c = context();
    const core::Learner* learner = c.learners.learner();
    if (learner == nullptr) {
        return false;
    }
    const io::AssignmentRun run(entry, learner->profile().id, learner->profile().displayName);
    return run.canResume(io::AssignmentRun::defaultResultsFolder(c.learners.dataDir()),
                         c.learners.now());
}

std::string AssignmentScreen::detailOf(const io::AssignmentRun::Entry& entry) const {
    const core::Assignment& a = entry.assignment;
    std::string d = "no due date";
    if (a.due) {
        // Past the due day it can still be taken: the teacher decides what a late one means.
        const bool late = a.dueEnd() && context().learners.now() > *a.dueEnd();
        d = (late ? "was due " : "due ") + a.due->text();
    }
    d += " · " + std::to_string(a.count) + (a.count == 1 ? " question" : " questions");
    d += " · pass mark " + std::to_string(a.passMark) + " %";
    if (a.timeLimitMinutes) {
        d += " · " + std::to_string(*a.timeLimitMinutes) +
             (*a.timeLimitMinutes == 1 ? " minute" : " minutes");
    }
    // An attempt left with "Save and leave" goes on where it was left: say so, not "no
    // attempt left".
    if (canResume(entry)) {
        return "left unfinished: Start goes on · " + d;
    }
    const int used = attemptsUsed(entry);
    const int left = std::max(0, a.attempts - used);
    d += " · " + (left == 0 ? std::string("no attempt left")
                            : std::to_string(left) + (left == 1 ? " attempt" : " attempts") +
                                  " left of " + std::to_string(a.attempts));
    return d;
}

void AssignmentScreen::relayout() {
    Context& c = context();
    const Metrics& m = c.metrics;
    const sf::FloatRect col = chrome_.content();
    buttons_.clear();
    chrome_.addTopButtons(buttons_, true);
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
    const sf::FloatRect p = chrome_.primaryRect("Start");
    if (!entries_.empty()) {
        buttons_.add("start", "Start", p, ButtonGroup::Kind::Primary);
    }
    const float right = entries_.empty() ? p.left + p.width : p.left - gap;
    buttons_.add("open", "Open assignment file", chrome_.bottomRect("Open assignment file", right));
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
        c.notice = "You have used " +
                   (a.attempts == 1 ? std::string("the one attempt")
                                    : "all " + std::to_string(a.attempts) + " attempts") +
                   " “" + a.title + "” allows. Your teacher has your results.";
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
        const auto& profile = c.learners.learner()->profile();
        auto run =
            std::make_shared<io::AssignmentRun>(entries_[chosen_], profile.id, profile.displayName);
        const std::string error = run->begin(picked, c.learners.now());
        if (!error.empty()) {
            c.notice = error;
        } else {
            io::AssignmentRun::rememberFolder(c.learners.dataDir(), "results", picked);
            flow.run = std::move(run);
            push(ScreenId::Quiz);
        }
    }
    relayout();
}

void AssignmentScreen::handleEvent(const sf::Event& event) {
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
    chrome_.drawTopBar(painter, "Assignments");
    chrome_.drawNotice(painter);
    sf::Text title =
        fittedText(entries_.empty() ? "No assignment yet" : "Your teacher's assignments",
                   c.fonts.bold(), m.title(), col.width);
    title.setFillColor(t.ink);
    placeText(title, col.left, col.top + m.u(18.f));
    painter.text(title);
    const std::string line =
        entries_.empty()
            ? "Open the assignment file your teacher gave you."
            : "Choose one, then Start: you will choose the folder where your results are "
              "written, and they are saved after every answer.";
    sf::Text note = fittedText(line, c.fonts.regular(), m.caption(), col.width);
    note.setFillColor(t.secondary);
    placeText(note, col.left, col.top + m.u(56.f));
    painter.text(note);
    buttons_.draw(painter, c);
}

} // namespace yaddas::app
