#include <app/screens/ModuleMapScreen.hpp>

#include <core/I18n.hpp>
#include <core/Plural.hpp>

#include <app/AssignmentFlow.hpp>
#include <app/Context.hpp>
#include <app/Fonts.hpp>
#include <app/Learners.hpp>
#include <app/Painter.hpp>
#include <app/StateStack.hpp>
#include <app/TextBlock.hpp>
#include <app/widgets/Label.hpp>
#include <app/widgets/ListScroll.hpp>

#include <algorithm>
#include <cmath>

namespace yaddas::app {

using core::I18n;

ModuleMapScreen::ModuleMapScreen(StateStack& stack, Context& context)
    : State(stack, context), chrome_(context) {
    const auto& modules = context.library.modules();
    if (context.nav.assignment.chosen) {
        buttons_.focus("assignments"); // opened from the command line: ready to take
    } else if (!modules.empty()) {
        buttons_.focus("module." + std::to_string(nextModule()));
    }
    selected_ = modules.empty() ? 0 : nextModule();
}

void ModuleMapScreen::resumed() {
    Context& c = context();
    AssignmentFlow& flow = c.nav.assignment;
    if (flow.pick == AssignmentFlow::Pick::AssignmentFile) {
        flow.pick = AssignmentFlow::Pick::None;
        const std::filesystem::path picked = flow.picked;
        flow.picked.clear();
        if (!picked.empty()) {
            const std::string error = io::AssignmentRun::import(picked, c.learners.dataDir());
            if (!error.empty()) {
                c.notice = error;
            } else {
                io::AssignmentRun::rememberFolder(c.learners.dataDir(), "assignments",
                                                  picked.parent_path());
                const auto entries = io::AssignmentRun::list(c.learners.dataDir());
                for (std::size_t i = 0; i < entries.size(); ++i) {
                    if (entries[i].file.stem() == picked.stem()) {
                        flow.chosen = i;
                    }
                }
                push(ScreenId::Assignment);
            }
        }
    }
    relayout();
}

std::size_t ModuleMapScreen::nextModule() const {
    const auto& modules = context().library.modules();
    for (std::size_t i = 0; i < modules.size(); ++i) {
        if (!context().learners.reading(modules[i]).finished()) {
            return i;
        }
    }
    return 0;
}

ModuleMapScreen::Card ModuleMapScreen::cardOf(std::size_t i) const {
    Context& c = context();
    const core::Module& m = c.library.modules()[i];
    const auto stats = c.learners.moduleStats(m, c.library);
    Card card;
    const auto reading = c.learners.reading(m);
    if (reading.finished()) {
        // TRANSLATORS: how much of a module is read, on its card: all, part, nothing yet.
        card.detail = I18n::tr("\u2713 Read");
    } else if (reading.started) {
        card.detail = I18n::format(I18n::tr("Read {1} %"),
                                   {std::to_string(static_cast<int>(reading.fraction * 100.0))});
    } else {
        card.detail = I18n::tr("Not started");
    }
    if (stats.lastScore) {
        // TRANSLATORS: on a module's card: the score of its last quiz, e.g. “last quiz 7 of 10”.
        card.detail += " · " + I18n::format(I18n::tr("last quiz {1}"), {*stats.lastScore});
    }
    card.detail += " · " + core::Plural::count(static_cast<long long>(m.sections.size()), "section",
                                               "sections");
    card.due = stats.due;
    if (c.learners.hasCurrent()) {
        for (const auto& s : c.learners.statistics(c.library).modules) {
            if (s.moduleId == m.id) {
                card.learned = s.mastery.share();
            }
        }
    }
    return card;
}

void ModuleMapScreen::select(std::size_t i) {
    if (i != selected_) {
        selected_ = i;
        relayout(); // the cards' states and the labels of Read and Quiz
    }
}

void ModuleMapScreen::relayout() {
    Context& c = context();
    const Metrics& m = c.metrics;
    // First what may add a notice: the banner moves everything below it.
    due_ = c.learners.dueSummary(c.library);
    assignments_ = c.learners.assignmentSummary();
    // Once: a learner who closed the banner does not get it back at the next layout.
    const std::string& problem = c.learners.assignmentProblem();
    if (problem.empty()) {
        shownProblem_.clear();
    } else if (problem != shownProblem_ && c.notice.empty()) {
        c.notice = problem;
        shownProblem_ = problem;
    }
    const sf::FloatRect col = chrome_.content();
    const auto& modules = c.library.modules();
    buttons_.clear();
    chrome_.addTopButtons(buttons_, true);

    headTop_ = col.top;
    // The teacher's assignments: beside the greeting, so the module list keeps its room.
    anyAssignment_ = !io::AssignmentRun::list(c.learners.dataDir()).empty();
    {
        const float h = std::round(m.u(40.f));
        float x = col.left + col.width;
        // TRANSLATORS: a button: open an assignment file from the teacher.
        const std::string open = I18n::tr("Open assignment");
        const float w = chrome_.buttonWidth(open);
        x -= w;
        buttons_.add("open-assignment", open, {x, headTop_, w, h});
        if (anyAssignment_) {
            // TRANSLATORS: a button: go to the assignments already opened, to take one.
            const std::string take = I18n::tr("Take assignment");
            const float tw = chrome_.buttonWidth(take);
            x -= tw + std::round(m.u(10.f));
            buttons_.add("assignments", take, {x, headTop_, tw, h});
        }
        titleWidth_ = std::max(10.f, x - col.left - m.u(12.f));
    }
    listTop_ = headTop_ + m.u(44.f) + m.u(30.f) * 2.f + m.u(16.f);
    const float rowH = std::round(m.u(60.f));
    const float gap = std::round(m.u(8.f));
    const float bottom = col.top + col.height;
    const auto rowsIn = [&](float room) {
        return static_cast<std::size_t>(std::max(1.f, std::floor((room + gap) / (rowH + gap))));
    };
    visibleRows_ = rowsIn(bottom - listTop_);
    if (visibleRows_ < modules.size()) {
        // A line under the last card says which modules show: kept out of the cards and the
        // bottom row.
        visibleRows_ = rowsIn(bottom - listTop_ - std::round(m.u(24.f)));
    }
    countTop_ = listTop_ + static_cast<float>(visibleRows_) * (rowH + gap);
    if (firstRow_ + visibleRows_ > modules.size()) {
        firstRow_ = modules.size() > visibleRows_ ? modules.size() - visibleRows_ : 0;
    }
    if (selected_ >= modules.size()) {
        selected_ = 0;
    }
    cards_.clear();
    for (std::size_t i = 0; i < modules.size(); ++i) {
        cards_.push_back(cardOf(i));
    }
    // Right of a card's detail: "12 to review", a bar and "100 % learned".
    const std::string review = I18n::format(I18n::tr("{1} to review"), {"00"});
    const std::string learned = I18n::format(I18n::tr("{1} % learned"), {"100"});
    cardTrailing_ =
        textWidth(sf::String::fromUtf8(review.begin(), review.end()), c.fonts.bold(), m.caption()) +
        m.u(14.f) + m.u(80.f) + m.u(8.f) +
        textWidth(sf::String::fromUtf8(learned.begin(), learned.end()), c.fonts.regular(),
                  m.caption());
    const bool selectedShown = selected_ >= firstRow_ && selected_ < firstRow_ + visibleRows_;
    for (std::size_t i = firstRow_; i < modules.size() && i < firstRow_ + visibleRows_; ++i) {
        auto& b = buttons_.add(
            "module." + std::to_string(i), std::to_string(i + 1) + ". " + modules[i].title,
            {col.left, listTop_ + static_cast<float>(i - firstRow_) * (rowH + gap), col.width,
             rowH},
            ButtonGroup::Kind::Choice);
        b.detail = cards_[i].detail;
        b.trailing = cardTrailing_;
        b.selected = i == selected_;
        // One Tab stop for the list, at the chosen card; the arrows move along it.
        b.tabStop = selectedShown ? i == selected_ : i == firstRow_;
    }
    // Read and Quiz name the module they act on (the chosen card, drawn selected).
    const std::string which = modules.empty() ? "" : " #" + std::to_string(selected_ + 1);
    const float buttonGap = std::round(m.u(10.f)); // room for a focus ring between buttons
    float right = col.left + col.width;
    // TRANSLATORS: buttons: read or quiz the chosen module (“ #3” follows); “In memory” opens
    // the page of the victims named in the lessons.
    const std::string memory = I18n::tr("In memory");
    const std::string primary = modules.empty() ? memory : I18n::tr("Read") + which;
    const sf::FloatRect p = chrome_.primaryRect(primary);
    buttons_.add(modules.empty() ? "memory" : "read", primary, p, ButtonGroup::Kind::Primary);
    right = p.left - buttonGap;
    if (!modules.empty()) {
        const std::string quiz = I18n::tr("Quiz") + which;
        const sf::FloatRect q = chrome_.bottomRect(quiz, right);
        buttons_.add("quiz", quiz, q);
        right = q.left - buttonGap;
    }
    const std::string progress = I18n::tr("My progress");
    const sf::FloatRect pr = chrome_.bottomRect(progress, right);
    buttons_.add("progress", progress, pr);
    right = pr.left - buttonGap;
    // Longer words (another language, a larger text size) may take the row past the column,
    // to the window's margin, and the button's padding may narrow, rather than leave it out.
    const float room = right - std::min(col.left, m.u(16.f));
    if (!modules.empty() && room >= chrome_.buttonWidth(memory) - m.u(32.f)) {
        sf::FloatRect r = chrome_.bottomRect(memory, right);
        if (r.width > room) {
            r.left = right - room;
            r.width = room;
        }
        buttons_.add("memory", memory, r);
    }
}

void ModuleMapScreen::open(std::size_t i) {
    Context& c = context();
    c.nav.moduleId = c.library.modules()[i].id;
    push(ScreenId::Reader);
}

void ModuleMapScreen::handleEvent(const sf::Event& event) {
    Context& c = context();
    const auto& modules = c.library.modules();
    const std::string focused = buttons_.focusedId();
    if (auto row =
            ListScroll::arrow(event, focused, "module.", modules.size(), firstRow_, visibleRows_)) {
        buttons_.focus("module." + std::to_string(*row));
        selected_ = *row;
        relayout();
        return;
    }
    if (ListScroll::wheel(event, modules.size(), firstRow_, visibleRows_)) {
        relayout();
        return;
    }
    if (event.type == sf::Event::KeyPressed && event.key.code == sf::Keyboard::Escape) {
        reset(ScreenId::Welcome);
        return;
    }
    const std::string id = buttons_.handleEvent(event);
    // A card reached with Tab becomes the module Read and Quiz act on; leaving it for the
    // bottom row keeps it chosen.
    const std::string now = buttons_.focusedId();
    if (now.rfind("module.", 0) == 0) {
        select(std::stoul(now.substr(7)));
    }
    if (id.empty()) {
        return;
    }
    if (id.rfind("module.", 0) == 0) {
        open(std::stoul(id.substr(7)));
    } else if (id == "read" && !modules.empty()) {
        open(selected_);
    } else if (id == "quiz" && !modules.empty()) {
        c.nav.moduleId = modules[selected_].id;
        c.nav.retakeFacts.clear();
        push(ScreenId::Quiz);
    } else if (id == "assignments") {
        push(ScreenId::Assignment);
    } else if (id == "open-assignment") {
        c.nav.assignment.pick = AssignmentFlow::Pick::AssignmentFile;
        push(ScreenId::FilePicker);
    } else if (id == "progress") {
        push(ScreenId::Progress);
    } else if (id == "memory") {
        push(ScreenId::Memory);
    } else if (id == "top.settings") {
        push(ScreenId::Settings);
    } else if (id == "top.back") {
        reset(ScreenId::Welcome);
    }
}

void ModuleMapScreen::drawCardExtras(Painter& painter, const ButtonGroup::Button& b,
                                     const Card& card) const {
    Context& c = context();
    const Metrics& m = c.metrics;
    const Theme& t = c.theme;
    const float y = b.rect.top + b.rect.height * 0.70f;
    float x = b.rect.left + b.rect.width - m.u(14.f);
    // From the right: how much is learned, as a number and a bar, then what is due.
    const int percent = static_cast<int>(std::lround(card.learned * 100.0));
    // TRANSLATORS: on a module's card: how much of it is learned, e.g. “40 % learned”.
    sf::Text learned =
        fittedText(I18n::format(I18n::tr("{1} % learned"), {std::to_string(percent)}),
                   c.fonts.regular(), m.caption(), cardTrailing_);
    learned.setFillColor(t.secondary);
    x -= learned.getLocalBounds().width;
    placeText(learned, x, y);
    painter.text(learned);
    const float barW = m.u(80.f);
    const float barH = std::max(6.f, std::round(m.u(10.f)));
    x -= m.u(8.f) + barW;
    const float line = std::max(1.f, std::round(m.u(1.f)));
    const sf::FloatRect track(x, std::round(y - barH / 2.f), barW, barH);
    painter.rect(track, t.paper, t.rule, line);
    if (percent > 0) {
        painter.rect({track.left, track.top,
                      std::max(line, barW * static_cast<float>(card.learned)), track.height},
                     t.accent);
    }
    if (card.due > 0) {
        // Only where something is due: six times "nothing due" would hide the one that counts.
        // TRANSLATORS: on a module's card: how many facts are due for review, e.g. “3 to review”.
        sf::Text due =
            fittedText(I18n::format(I18n::tr("{1} to review"), {std::to_string(card.due)}),
                       c.fonts.bold(), m.caption(), cardTrailing_);
        due.setFillColor(t.accent);
        x -= m.u(14.f) + due.getLocalBounds().width;
        placeText(due, x, y);
        painter.text(due);
    }
}

void ModuleMapScreen::draw(Painter& painter) {
    Context& c = context();
    const Metrics& m = c.metrics;
    const Theme& t = c.theme;
    // TRANSLATORS: the top bar's name of the module map.
    chrome_.drawTopBar(painter, I18n::tr("Modules"));
    chrome_.drawNotice(painter);
    const sf::FloatRect col = chrome_.content();
    const auto& modules = c.library.modules();

    // The whole name when it fits, else the first name: a greeting is never cut mid-name.
    // TRANSLATORS: the greeting on the module map; {1} is the learner's name.
    const char* hello = I18n::tr("Hello, {1}.");
    std::string greeting = I18n::format(hello, {c.learners.current()});
    const auto fits = [&](const std::string& text) {
        return textWidth(sf::String::fromUtf8(text.begin(), text.end()), c.fonts.bold(),
                         m.title()) <= titleWidth_;
    };
    if (!fits(greeting)) {
        const std::string& name = c.learners.current();
        greeting = I18n::format(hello, {name.substr(0, name.find(' '))});
    }
    sf::Text title = fittedText(modules.empty() ? I18n::tr("No lessons are installed") : greeting,
                                c.fonts.bold(), m.title(), titleWidth_);
    title.setFillColor(t.ink);
    placeText(title, col.left, headTop_ + m.u(18.f));
    painter.text(title);

    sf::Text assignments = fittedText(assignments_, c.fonts.regular(), m.body(), col.width);
    assignments.setFillColor(t.ink);
    placeText(assignments, col.left, headTop_ + m.u(44.f) + m.u(14.f));
    painter.text(assignments);
    sf::Text due = fittedText(due_, c.fonts.regular(), m.body(), col.width);
    due.setFillColor(t.secondary);
    placeText(due, col.left, headTop_ + m.u(44.f) + m.u(44.f));
    painter.text(due);

    if (modules.empty()) {
        sf::Text none = fittedText(I18n::tr("Ask your teacher to install the lesson files."),
                                   c.fonts.regular(), m.body(), col.width);
        none.setFillColor(t.ink);
        placeText(none, col.left, listTop_ + m.u(20.f));
        painter.text(none);
    } else if (modules.size() > visibleRows_) {
        sf::Text more = fittedText(
            I18n::format(I18n::tr("Modules {1}–{2} of {3} (scroll or use the arrow keys)"),
                         {std::to_string(firstRow_ + 1),
                          std::to_string(std::min(modules.size(), firstRow_ + visibleRows_)),
                          std::to_string(modules.size())}),

            c.fonts.regular(), m.caption(), col.width);
        more.setFillColor(t.secondary);
        placeText(more, col.left, countTop_ + m.u(8.f));
        painter.text(more);
    }
    buttons_.draw(painter, c);
    const Painter::Batch batch(painter);
    for (const auto& b : buttons_.buttons()) {
        if (b.id.rfind("module.", 0) == 0) {
            const std::size_t i = std::stoul(b.id.substr(7));
            if (i < cards_.size()) {
                drawCardExtras(painter, b, cards_[i]);
            }
        }
    }
}

} // namespace yaddas::app
