#include <app/screens/ProgressScreen.hpp>

#include <app/Context.hpp>
#include <app/Fonts.hpp>
#include <app/Learners.hpp>
#include <app/Painter.hpp>
#include <app/StateStack.hpp>
#include <app/TextBlock.hpp>
#include <app/widgets/Label.hpp>
#include <core/I18n.hpp>
#include <core/Plural.hpp>
#include <core/Status.hpp>

#include <SFML/Graphics/VertexArray.hpp>

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>
#include <vector>

namespace yaddas::app {
namespace {

using core::I18n;

std::string percent(double share) {
    return std::to_string(static_cast<int>(std::lround(share * 100.0))) + " %";
}

} // namespace

ProgressScreen::ProgressScreen(StateStack& stack, Context& context)
    : State(stack, context), chrome_(context) {}

void ProgressScreen::relayout() {
    buttons_.clear();
    chrome_.addTopButtons(buttons_, true);
    const std::string primary = page_ == 0 ? I18n::tr("Next \u203A") : I18n::tr("Back to modules");
    const sf::FloatRect p = chrome_.primaryRect(primary);
    buttons_.add(page_ == 0 ? "next" : "done", primary, p, ButtonGroup::Kind::Primary);
    const std::string previous = I18n::tr("\u2039 Previous");
    auto& prev = buttons_.add("prev", previous,
                              chrome_.bottomRect(previous, p.left - context().metrics.u(10.f)));
    prev.enabled = page_ > 0;
}

void ProgressScreen::handleEvent(const sf::Event& event) {
    if (event.type == sf::Event::KeyPressed) {
        if (event.key.code == sf::Keyboard::Escape) {
            pop();
            return;
        }
        if (event.key.code == sf::Keyboard::Right || event.key.code == sf::Keyboard::PageDown) {
            page_ = 1;
            relayout();
            return;
        }
        if (event.key.code == sf::Keyboard::Left || event.key.code == sf::Keyboard::PageUp) {
            page_ = 0;
            relayout();
            return;
        }
    }
    const std::string id = buttons_.handleEvent(event);
    if (id == "done" || id == "top.back") {
        pop();
    } else if (id == "next") {
        page_ = 1;
        relayout();
    } else if (id == "prev") {
        page_ = 0;
        relayout();
    } else if (id == "top.settings") {
        push(ScreenId::Settings);
    }
}

void ProgressScreen::drawMastery(Painter& painter) {
    Context& c = context();
    const Metrics& m = c.metrics;
    const Theme& t = c.theme;
    const sf::FloatRect content = chrome_.content();
    const auto& s = c.learners.statistics(c.library);

    // TRANSLATORS: {1} is a percentage (“40 %”), {2} the number of facts in the lessons.
    sf::Text title =
        fittedText(I18n::format(I18n::trn("Mastery: {1} of {2} fact", "Mastery: {1} of {2} facts",
                                          static_cast<long long>(s.overall.facts)),
                                {percent(s.overall.share()), std::to_string(s.overall.facts)}),
                   c.fonts.bold(), m.title(), content.width);
    title.setFillColor(t.ink);
    placeText(title, content.left, content.top + m.u(18.f));
    painter.text(title);
    const int accuracy =
        s.answers == 0 ? 0 : static_cast<int>(std::lround(100.0 * s.right / s.answers));
    sf::Text sub = fittedText(
        core::Plural::count(static_cast<long long>(s.answers), "answer", "answers") + ", " +
            I18n::format(I18n::tr("{1} % right"), {std::to_string(accuracy)}) + " · " +
            core::Plural::count(static_cast<long long>(s.quizzes), "quiz", "quizzes") + " · " +
            I18n::format(I18n::trn("{1} day of study", "{1} days of study",
                                   static_cast<long long>(s.daysStudied)),
                         {std::to_string(s.daysStudied)}),
        c.fonts.regular(), m.body(), content.width);
    sub.setFillColor(t.secondary);
    placeText(sub, content.left, content.top + m.u(52.f));
    painter.text(sub);

    // Rows: a name, a bar of the share mastered, the number. Modules first, then categories.
    const float rowH = m.u(30.f);
    // The names and numbers get the room their words need (longer in some languages, and
    // module titles vary), the bar what is left, but never less than a fifth of the row.
    std::vector<std::pair<std::string, std::string>> texts;
    for (const auto& mod : s.modules) {
        texts.push_back(
            {mod.title, percent(mod.mastery.share()) + " · " +
                            // TRANSLATORS: how much of a module is read, e.g. “read 60 %”.
                            I18n::format(I18n::tr("read {1}"), {percent(mod.read)})});
    }
    float widestName = 0.f;
    float widestNumber = 0.f;
    for (const auto& [label, number] : texts) {
        widestName =
            std::max(widestName, textWidth(sf::String::fromUtf8(label.begin(), label.end()),
                                           c.fonts.regular(), m.body()));
        widestNumber =
            std::max(widestNumber, textWidth(sf::String::fromUtf8(number.begin(), number.end()),
                                             c.fonts.regular(), m.caption()));
    }
    const float numW = std::max(m.u(150.f), widestNumber + m.u(4.f));
    const float nameW =
        std::max(std::min(content.width * 0.45f, m.u(360.f)),
                 std::min(widestName + m.u(12.f), content.width - numW - m.u(56.f)));
    // A name too long to share its row with a bar (a long title in a language with longer
    // words) gets the row's width, and its bar becomes a thin line under it.
    const bool stacked = widestName > content.width - numW - m.u(56.f);
    const float barW = std::max(20.f, content.width - nameW - numW - m.u(16.f));
    float y = content.top + m.u(84.f);
    auto row = [&](const std::string& label, double share, const std::string& number) {
        if (stacked) {
            const float width = content.width - numW - m.u(16.f);
            sf::Text name = fittedText(label, c.fonts.regular(), m.body(), width);
            name.setFillColor(t.ink);
            placeText(name, content.left, y + rowH / 2.f - m.u(3.f));
            painter.text(name);
            const float h = std::max(2.f, std::round(m.u(3.f)));
            const float top = y + rowH - h - m.u(1.f);
            painter.rect({content.left, top, width, h}, t.panel);
            painter.rect({content.left, top, width * static_cast<float>(share), h}, t.accent);
            sf::Text num = fittedText(number, c.fonts.regular(), m.caption(), numW);
            num.setFillColor(t.secondary);
            placeText(num, content.left + content.width - num.getLocalBounds().width,
                      y + rowH / 2.f);
            painter.text(num);
            y += rowH;
            return;
        }
        sf::Text name = fittedText(label, c.fonts.regular(), m.body(), nameW - m.u(8.f));
        name.setFillColor(t.ink);
        placeText(name, content.left, y + rowH / 2.f);
        painter.text(name);
        const float h = m.u(12.f);
        const float top = y + (rowH - h) / 2.f;
        painter.rect({content.left + nameW, top, barW, h}, t.panel, t.rule,
                     std::max(1.f, m.u(1.f)));
        painter.rect({content.left + nameW, top, barW * static_cast<float>(share), h}, t.accent);
        sf::Text num = fittedText(number, c.fonts.regular(), m.caption(), numW);
        num.setFillColor(t.secondary);
        placeText(num, content.left + content.width - num.getLocalBounds().width, y + rowH / 2.f);
        painter.text(num);
        y += rowH;
    };
    auto heading = [&](const std::string& text) {
        sf::Text h = fittedText(text, c.fonts.bold(), m.heading(), content.width);
        h.setFillColor(t.ink);
        placeText(h, content.left, y + m.u(16.f));
        painter.text(h);
        y += m.u(36.f);
    };
    heading(I18n::tr("Per module"));
    for (std::size_t i = 0; i < s.modules.size(); ++i) {
        if (y + rowH > content.top + content.height - 5.f * rowH - m.u(36.f)) {
            break; // the categories below must stay visible
        }
        row(texts[i].first, s.modules[i].mastery.share(), texts[i].second);
    }
    y += m.u(8.f);
    heading(I18n::tr("Per category"));
    for (std::size_t k = 0; k < 4; ++k) {
        const auto& cat = s.categories[k];
        // TRANSLATORS: a share of a number of facts (“40 % of 12”) or a score (“7 of 10”).
        row(core::displayName(static_cast<core::Category>(k)), cat.share(),
            I18n::format(I18n::tr("{1} of {2}"),
                         {percent(cat.share()), std::to_string(cat.facts)}));
    }
}

void ProgressScreen::drawHistory(Painter& painter) {
    Context& c = context();
    const Metrics& m = c.metrics;
    const Theme& t = c.theme;
    const sf::FloatRect content = chrome_.content();
    const auto& s = c.learners.statistics(c.library);

    sf::Text title =
        fittedText(I18n::tr("Accuracy over time"), c.fonts.bold(), m.title(), content.width);
    title.setFillColor(t.ink);
    placeText(title, content.left, content.top + m.u(18.f));
    painter.text(title);

    // The chart: one point per day with answers (the last 30 such days), 0–100 %.
    const float chartTop = content.top + m.u(50.f);
    const float chartH = std::max(m.u(80.f), content.height * 0.45f);
    const float axisW = m.u(60.f);
    const sf::FloatRect chart(content.left + axisW, chartTop, content.width - axisW, chartH);
    painter.rect(chart, t.panel);
    for (int pct : {0, 50, 100}) {
        const float y = chart.top + chart.height * (1.f - static_cast<float>(pct) / 100.f);
        painter.rect({chart.left, y, chart.width, std::max(1.f, m.u(1.f))}, t.rule);
        sf::Text label =
            fittedText(std::to_string(pct) + " %", c.fonts.regular(), m.caption(), axisW);
        label.setFillColor(t.secondary);
        placeText(label, content.left,
                  std::clamp(y, chart.top + m.u(8.f), chart.top + chart.height - m.u(8.f)));
        painter.text(label);
    }
    const std::size_t n = std::min<std::size_t>(30, s.days.size());
    const std::size_t first = s.days.size() - n;
    if (n == 0) {
        sf::Text none =
            fittedText(I18n::tr("No answers yet: the line starts with your first quiz."),
                       c.fonts.regular(), m.body(), chart.width - m.u(20.f));
        none.setFillColor(t.secondary);
        placeText(none, chart.left + m.u(10.f), chart.top + chart.height / 2.f);
        painter.text(none);
    } else {
        sf::VertexArray line(sf::LineStrip);
        const float step = n > 1 ? chart.width / static_cast<float>(n - 1) : 0.f;
        for (std::size_t i = 0; i < n; ++i) {
            const auto& d = s.days[first + i];
            const float x = chart.left + (n > 1 ? step * static_cast<float>(i) : chart.width / 2.f);
            const float y = chart.top + chart.height * (1.f - static_cast<float>(d.accuracy()));
            line.append(sf::Vertex({x, y}, t.accent));
            const float r = std::max(2.f, m.u(4.f));
            painter.rect({x - r, y - r, 2 * r, 2 * r}, t.accent);
        }
        painter.target().draw(line);
        sf::Text from =
            fittedText(s.days[first].date, c.fonts.regular(), m.caption(), chart.width / 2.f);
        from.setFillColor(t.secondary);
        placeText(from, chart.left, chart.top + chart.height + m.u(14.f));
        painter.text(from);
        sf::Text to =
            fittedText(s.days.back().date, c.fonts.regular(), m.caption(), chart.width / 2.f);
        to.setFillColor(t.secondary);
        placeText(to, chart.left + chart.width - to.getLocalBounds().width,
                  chart.top + chart.height + m.u(14.f));
        painter.text(to);
    }

    // What is due when.
    std::size_t now = 0;
    std::size_t week = 0;
    std::size_t later = 0;
    if (const core::Learner* l = c.learners.learner()) {
        const std::int64_t t0 = c.learners.now();
        for (const auto& [fact, state] : l->memory()) {
            if (c.library.moduleOfFact(fact) == nullptr) {
                continue;
            }
            if (state.due <= t0) {
                ++now;
            } else if (state.due <= t0 + 7 * 24 * 3600) {
                ++week;
            } else {
                ++later;
            }
        }
    }
    float y = chart.top + chart.height + m.u(44.f);
    // TRANSLATORS: a heading: how many facts are due for review, now and later.
    sf::Text head = fittedText(I18n::tr("Reviews"), c.fonts.bold(), m.heading(), content.width);
    head.setFillColor(t.ink);
    placeText(head, content.left, y);
    painter.text(head);
    y += m.u(32.f);
    for (const std::string& line :
         {I18n::format(I18n::tr("{1} due now"), {std::to_string(now)}),
          I18n::format(I18n::tr("{1} due in the next 7 days"), {std::to_string(week)}),
          I18n::format(I18n::tr("{1} due later"), {std::to_string(later)})}) {
        if (y > content.top + content.height - m.u(10.f)) {
            break;
        }
        sf::Text text = fittedText(line, c.fonts.regular(), m.body(), content.width);
        text.setFillColor(t.ink);
        placeText(text, content.left, y);
        painter.text(text);
        y += m.u(28.f);
    }
}

void ProgressScreen::draw(Painter& painter) {
    Context& c = context();
    // TRANSLATORS: the second page of the progress screen: accuracy day by day.
    chrome_.drawTopBar(painter, page_ == 0 ? std::string(I18n::tr("My progress"))
                                           : I18n::tr("My progress") + std::string(" \u203A ") +
                                                 I18n::tr("Over time"));
    chrome_.drawNotice(painter);
    if (page_ == 0) {
        drawMastery(painter);
    } else {
        drawHistory(painter);
    }
    const float rowY = c.height() - chrome_.bottomBarHeight() / 2.f;
    sf::Text where =
        fittedText(I18n::format(I18n::tr("Page {1} of {2}"), {std::to_string(page_ + 1), "2"}),
                   c.fonts.regular(),

                   c.metrics.caption(), chrome_.column().width / 4.f);
    where.setFillColor(c.theme.secondary);
    placeText(where, chrome_.column().left, rowY);
    painter.text(where);
    buttons_.draw(painter, c);
}

} // namespace yaddas::app
