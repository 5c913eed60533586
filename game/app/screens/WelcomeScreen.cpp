#include <app/screens/WelcomeScreen.hpp>

#include <app/Context.hpp>
#include <app/Fonts.hpp>
#include <app/Learners.hpp>
#include <app/Painter.hpp>
#include <app/StateStack.hpp>
#include <app/widgets/Label.hpp>
#include <app/widgets/ListScroll.hpp>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cmath>

namespace yaddas::app {

WelcomeScreen::WelcomeScreen(StateStack& stack, Context& context)
    : State(stack, context), chrome_(context) {
    field_.placeholder = "Your name";
    // The learner leaves: answers that could not be saved before are tried again now (the
    // banner says so while they still cannot be).
    context.learners.retrySave();
    learners_ = context.learners.names();
    buttons_.focus(learners_.empty() ? "field" : "learner.0");
}

void WelcomeScreen::relayout() {
    Context& c = context();
    const Metrics& m = c.metrics;
    const sf::FloatRect col = chrome_.content();
    TextBlock::Style style{&c.fonts.regular(), &c.fonts.bold(),   m.body(),    1.5f,
                           c.theme.ink,        c.theme.secondary, c.theme.tint};
    introTop_ = col.top + std::round(m.u(56.f));
    intro_.layout("A quiet place to learn about the Soviet political repressions in Azerbaijan, "
                  "from 28 April 1920 to the early 1950s, and to remember the people who were "
                  "shot or died in exile.",
                  style, col.width);

    buttons_.clear();
    chrome_.addTopButtons(buttons_, false, false);
    const float rowH = std::round(m.u(52.f));
    const float gap = std::round(m.u(10.f));
    listTop_ = introTop_ + intro_.height() + m.u(56.f);
    // The new-learner field and the button sit above the bottom row; the list gets the rest.
    const float fieldH = std::round(m.u(52.f));
    const float bottom = col.top + col.height;
    fieldLabelY_ = bottom - fieldH - m.u(40.f);
    const float listBottom = fieldLabelY_ - m.u(24.f);
    visibleRows_ = learners_.empty()
                       ? 0
                       : static_cast<std::size_t>(std::max(
                             1.f, std::floor((listBottom - listTop_ + gap) / (rowH + gap))));
    if (firstRow_ + visibleRows_ > learners_.size()) {
        firstRow_ = learners_.size() > visibleRows_ ? learners_.size() - visibleRows_ : 0;
    }
    const float half = std::floor((col.width - gap) / 2.f);
    for (std::size_t i = firstRow_; i < learners_.size() && i < firstRow_ + visibleRows_; ++i) {
        // Two columns of names: a lab computer may have a whole class on it.
        const std::size_t k = i - firstRow_;
        const std::size_t perCol = (visibleRows_ + 1) / 2;
        const bool twoCols = visibleRows_ > 3 && learners_.size() - firstRow_ > perCol;
        const std::size_t row = twoCols ? k % perCol : k;
        const float x = twoCols && k >= perCol ? col.left + half + gap : col.left;
        const float w = twoCols ? half : col.width;
        if (twoCols && k >= 2 * perCol) {
            break;
        }
        buttons_.add("learner." + std::to_string(i), learners_[i],
                     {x, listTop_ + static_cast<float>(row) * (rowH + gap), w, rowH},
                     ButtonGroup::Kind::Choice);
    }
    const float createW = std::min(chrome_.buttonWidth("Add learner"), col.width / 3.f);
    field_.rect = {col.left, bottom - fieldH, col.width - createW - gap, fieldH};
    buttons_.add("field", "", field_.rect, ButtonGroup::Kind::Field);
    buttons_.add("create", "Add learner",
                 {col.left + col.width - createW, bottom - fieldH, createW, fieldH});
    const std::string primary = "Start";
    buttons_.add("start", primary, chrome_.primaryRect(primary), ButtonGroup::Kind::Primary);
    field_.focused = buttons_.focusedId() == "field";
}

bool WelcomeScreen::previousLearnerClosed() {
    Context& c = context();
    const std::string refused = c.learners.close();
    if (refused.empty()) {
        return true;
    }
    c.notice = refused; // a long sentence: the banner has room for it
    relayout();
    return false;
}

void WelcomeScreen::start(const std::string& learner) {
    Context& c = context();
    if (!previousLearnerClosed()) {
        return;
    }
    error_ = c.learners.select(learner);
    if (!c.learners.hasCurrent()) {
        return;
    }
    if (!error_.empty()) {
        c.notice = error_; // opened, but the first save failed: say so on the next screen
    }
    if (!c.learners.openingNotice().empty()) {
        c.notice = c.learners.openingNotice();
    }
    c.settings = c.learners.settings();
    c.applySettings();
    reset(ScreenId::ModuleMap);
}

void WelcomeScreen::createFromField() {
    Context& c = context();
    const std::string name = field_.utf8();
    if (!previousLearnerClosed()) {
        return;
    }
    error_ = c.learners.create(name);
    if (!error_.empty()) {
        return;
    }
    spdlog::info("new learner {}", c.learners.current());
    c.settings = c.learners.settings();
    c.applySettings();
    reset(ScreenId::ModuleMap);
}

void WelcomeScreen::handleEvent(const sf::Event& event) {
    if (auto row = ListScroll::arrow(event, buttons_.focusedId(), "learner.", learners_.size(),
                                     firstRow_, visibleRows_)) {
        buttons_.focus("learner." + std::to_string(*row));
        relayout();
        return;
    }
    if (!learners_.empty() && ListScroll::wheel(event, learners_.size(), firstRow_, visibleRows_)) {
        relayout();
        return;
    }
    if (field_.focused && field_.handleEvent(event)) {
        error_.clear();
        return;
    }
    // Typing anywhere starts a new name: the field is where letters go.
    if (event.type == sf::Event::TextEntered && !field_.focused && event.text.unicode > 32 &&
        event.text.unicode != 127) {
        buttons_.focus("field");
        field_.focused = true;
        field_.handleEvent(event);
        return;
    }
    const std::string id = buttons_.handleEvent(event);
    field_.focused = buttons_.focusedId() == "field";
    if (id.empty()) {
        return;
    }
    if (id == "field" || id == "create") {
        createFromField();
    } else if (id == "start") {
        if (!field_.utf8().empty()) {
            createFromField();
        } else if (buttons_.focusedId().rfind("learner.", 0) == 0) {
            start(learners_[std::stoul(buttons_.focusedId().substr(8))]);
        } else if (learners_.size() == 1) {
            start(learners_.front());
        } else {
            error_ = learners_.empty() ? "Type your name, then press Enter."
                                       : "Choose your name in the list, or type a new one.";
        }
    } else if (id.rfind("learner.", 0) == 0) {
        start(learners_[std::stoul(id.substr(8))]);
    }
}

void WelcomeScreen::draw(Painter& painter) {
    Context& c = context();
    const Metrics& m = c.metrics;
    const Theme& t = c.theme;
    chrome_.drawTopBar(painter, "");
    chrome_.drawNotice(painter);
    const sf::FloatRect col = chrome_.content();

    sf::Text title = fittedText("Yaddaş", c.fonts.bold(), m.title(), col.width);
    title.setFillColor(t.ink);
    placeText(title, col.left, col.top + m.u(20.f));
    painter.text(title);
    intro_.draw(painter, {col.left, introTop_});

    sf::Text who = fittedText(learners_.empty() ? "Nobody has learned here yet."
                                                : "Who is learning? Choose your name.",
                              c.fonts.bold(), m.heading(), col.width);
    who.setFillColor(t.ink);
    placeText(who, col.left, listTop_ - m.u(26.f));
    painter.text(who);
    if (learners_.size() > visibleRows_ && visibleRows_ > 0) {
        sf::Text more = fittedText("Scroll or use the arrow keys for more names.",
                                   c.fonts.regular(), m.caption(), col.width / 2.f);
        more.setFillColor(t.secondary);
        placeText(more, col.left + col.width - more.getLocalBounds().width, listTop_ - m.u(26.f));
        painter.text(more);
    }

    sf::Text label = fittedText(error_.empty() ? "New here? Type your name and add it." : error_,
                                c.fonts.regular(), m.body(), col.width);
    label.setFillColor(error_.empty() ? t.secondary : t.wrong);
    placeText(label, col.left, fieldLabelY_ + m.u(14.f));
    painter.text(label);
    field_.draw(painter, c);
    buttons_.draw(painter, c);
}

} // namespace yaddas::app
