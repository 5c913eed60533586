#include <app/screens/ModuleMapScreen.hpp>

#include <app/AssignmentRun.hpp>
#include <app/Context.hpp>
#include <app/Fonts.hpp>
#include <app/Learners.hpp>
#include <app/Painter.hpp>
#include <app/StateStack.hpp>
#include <app/widgets/Label.hpp>
#include <app/widgets/ListScroll.hpp>

#include <algorithm>
#include <cmath>

namespace yaddas::app {

ModuleMapScreen::ModuleMapScreen(StateStack& stack, Context& context)
    : State(stack, context), chrome_(context) {
    const auto& modules = context.library.modules();
    if (context.nav.assignment.chosen) {
        buttons_.focus("assignments"); // opened from the command line: ready to take
    } else if (!modules.empty()) {
        buttons_.focus("module." + std::to_string(nextModule()));
    }
}

void ModuleMapScreen::resumed() {
    Context& c = context();
    AssignmentFlow& flow = c.nav.assignment;
    if (flow.pick == AssignmentFlow::Pick::AssignmentFile) {
        flow.pick = AssignmentFlow::Pick::None;
        const std::filesystem::path picked = flow.picked;
        flow.picked.clear();
        if (!picked.empty()) {
            const std::string error = AssignmentRun::import(picked, c.learners.dataDir());
            if (!error.empty()) {
                c.notice = error;
            } else {
                AssignmentRun::rememberFolder(c.learners.dataDir(), "assignments",
                                              picked.parent_path());
                const auto entries = AssignmentRun::list(c.learners.dataDir());
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

std::string ModuleMapScreen::detailOf(std::size_t i) const {
    Context& c = context();
    const core::Module& m = c.library.modules()[i];
    const auto stats = c.learners.moduleStats(m, c.library);
    std::string detail;
    const auto reading = c.learners.reading(m);
    if (reading.finished()) {
        detail = "\u2713 Read";
    } else if (reading.started) {
        detail = "Read " + std::to_string(static_cast<int>(reading.fraction * 100.0)) + " %";
    } else {
        detail = "Not started";
    }
    if (stats.lastScore) {
        detail += " · last quiz " + *stats.lastScore;
    }
    if (stats.mastery) {
        detail += " · mastery " + std::to_string(*stats.mastery) + " %";
    }
    if (stats.due > 0) {
        detail += " · " + std::to_string(stats.due) + (stats.due == 1 ? " fact" : " facts") +
                  " to review";
    }
    detail += " · " + std::to_string(m.sections.size()) +
              (m.sections.size() == 1 ? " section" : " sections");
    return detail;
}

void ModuleMapScreen::relayout() {
    Context& c = context();
    const Metrics& m = c.metrics;
    // First what may add a notice: the banner moves everything below it.
    due_ = c.learners.dueSummary(c.library);
    assignments_ = c.learners.assignmentSummary();
    if (!c.learners.assignmentProblem().empty() && c.notice.empty()) {
        c.notice = c.learners.assignmentProblem();
    }
    const sf::FloatRect col = chrome_.content();
    const auto& modules = c.library.modules();
    buttons_.clear();
    chrome_.addTopButtons(buttons_, true);

    headTop_ = col.top;
    // The teacher's assignments: beside the greeting, so the module list keeps its room.
    anyAssignment_ = !AssignmentRun::list(c.learners.dataDir()).empty();
    {
        const float h = std::round(m.u(40.f));
        float x = col.left + col.width;
        const float w = chrome_.buttonWidth("Open assignment");
        x -= w;
        buttons_.add("open-assignment", "Open assignment", {x, headTop_, w, h});
        if (anyAssignment_) {
            const float tw = chrome_.buttonWidth("Take assignment");
            x -= tw + std::round(m.u(10.f));
            buttons_.add("assignments", "Take assignment", {x, headTop_, tw, h});
        }
        titleWidth_ = std::max(10.f, x - col.left - m.u(12.f));
    }
    listTop_ = headTop_ + m.u(44.f) + m.u(30.f) * 2.f + m.u(16.f);
    const float rowH = std::round(m.u(64.f));
    const float gap = std::round(m.u(10.f));
    visibleRows_ = static_cast<std::size_t>(
        std::max(1.f, std::floor((col.top + col.height - listTop_ + gap) / (rowH + gap))));
    if (firstRow_ + visibleRows_ > modules.size()) {
        firstRow_ = modules.size() > visibleRows_ ? modules.size() - visibleRows_ : 0;
    }
    for (std::size_t i = firstRow_; i < modules.size() && i < firstRow_ + visibleRows_; ++i) {
        auto& b = buttons_.add(
            "module." + std::to_string(i), std::to_string(i + 1) + ". " + modules[i].title,
            {col.left, listTop_ + static_cast<float>(i - firstRow_) * (rowH + gap), col.width,
             rowH},
            ButtonGroup::Kind::Choice);
        b.detail = detailOf(i);
    }
    float right = col.left + col.width;
    const std::string primary = modules.empty() ? "In memory" : "Read";
    const sf::FloatRect p = chrome_.primaryRect(primary);
    buttons_.add(modules.empty() ? "memory" : "read", primary, p, ButtonGroup::Kind::Primary);
    right = p.left - gap;
    if (!modules.empty()) {
        const sf::FloatRect q = chrome_.bottomRect("Quiz", right);
        buttons_.add("quiz", "Quiz", q);
        right = q.left - gap;
    }
    const sf::FloatRect pr = chrome_.bottomRect("My progress", right);
    buttons_.add("progress", "My progress", pr);
    right = pr.left - gap;
    if (!modules.empty() && right - col.left > chrome_.buttonWidth("In memory")) {
        buttons_.add("memory", "In memory", chrome_.bottomRect("In memory", right));
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
    if (id.empty()) {
        return;
    }
    // The module in focus (or the next one to read) is the one "Read" and "Quiz" act on.
    std::size_t chosen = nextModule();
    if (focused.rfind("module.", 0) == 0) {
        chosen = std::stoul(focused.substr(7));
    }
    if (id.rfind("module.", 0) == 0) {
        open(std::stoul(id.substr(7)));
    } else if (id == "read" && !modules.empty()) {
        open(chosen);
    } else if (id == "quiz" && !modules.empty()) {
        c.nav.moduleId = modules[chosen].id;
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

void ModuleMapScreen::draw(Painter& painter) {
    Context& c = context();
    const Metrics& m = c.metrics;
    const Theme& t = c.theme;
    chrome_.drawTopBar(painter, "Modules");
    chrome_.drawNotice(painter);
    const sf::FloatRect col = chrome_.content();
    const auto& modules = c.library.modules();

    sf::Text title = fittedText(modules.empty() ? "No lessons are installed"
                                                : "Hello, " + c.learners.current() + ".",
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
        sf::Text none = fittedText("Ask your teacher to install the lesson files.",
                                   c.fonts.regular(), m.body(), col.width);
        none.setFillColor(t.ink);
        placeText(none, col.left, listTop_ + m.u(20.f));
        painter.text(none);
    } else if (modules.size() > visibleRows_) {
        sf::Text more = fittedText(
            "Modules " + std::to_string(firstRow_ + 1) + "–" +
                std::to_string(std::min(modules.size(), firstRow_ + visibleRows_)) + " of " +
                std::to_string(modules.size()) + " (scroll or use the arrow keys)",
            c.fonts.regular(), m.caption(), col.width);
        more.setFillColor(t.secondary);
        placeText(more, col.left, c.height() - chrome_.bottomBarHeight() + m.u(4.f));
        painter.text(more);
    }
    buttons_.draw(painter, c);
}

} // namespace yaddas::app
