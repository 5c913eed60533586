#include <app/widgets/Chrome.hpp>

#include <app/Announcer.hpp>

#include <app/Context.hpp>
#include <app/Fonts.hpp>
#include <app/Learners.hpp>
#include <app/Painter.hpp>
#include <app/TextBlock.hpp>
#include <app/widgets/Label.hpp>
#include <core/I18n.hpp>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace yaddas::app {

namespace {
using core::I18n;

// TRANSLATORS: the button closing a message banner at the top of the window.
const char* noticeClose() {
    return I18n::tr("Close \u2715 (Ctrl+D)");
}
} // namespace

float Chrome::topBarHeight() const {
    return std::round(context_->metrics.u(56.f));
}
float Chrome::bottomBarHeight() const {
    return std::round(context_->metrics.u(84.f));
}

sf::FloatRect Chrome::column() const {
    const Metrics& m = context_->metrics;
    // 68 characters of body text: measured on ordinary prose, so the column follows the font.
    static const sf::String sample = "the quick brown fox jumps over the lazy dog 1937 ";
    const float perChar = textWidth(sample, context_->fonts.regular(), m.body()) /
                          static_cast<float>(sample.getSize());
    const float ideal = std::round(perChar * 68.f);
    const float margin = m.u(28.f);
    const float w = std::min(ideal, context_->width() - 2 * margin);
    const float x = std::round((context_->width() - w) / 2.f);
    return {x, 0.f, w, context_->height()};
}

sf::FloatRect Chrome::content() const {
    const sf::FloatRect col = column();
    const float top = topBarHeight() + noticeHeight() + context_->metrics.u(20.f);
    const float bottom = context_->height() - bottomBarHeight();
    return {col.left, top, col.width, std::max(10.f, bottom - top)};
}

float Chrome::buttonWidth(const std::string& label) const {
    const Metrics& m = context_->metrics;
    const float w = textWidth(sf::String::fromUtf8(label.begin(), label.end()),
                              context_->fonts.bold(), m.body());
    return std::max(m.u(120.f), std::round(w + m.u(48.f)));
}

float Chrome::bottomButtonsLeft(const ButtonGroup& group) const {
    const sf::FloatRect col = column();
    float left = col.left + col.width;
    for (const auto& b : group.buttons()) {
        if (b.rect.top >= context_->height() - bottomBarHeight() - 1.f) {
            left = std::min(left, b.rect.left);
        }
    }
    return left;
}

sf::FloatRect Chrome::bottomRect(const std::string& label, float right) const {
    const Metrics& m = context_->metrics;
    const float h = std::round(m.u(48.f));
    const float w = std::min(buttonWidth(label), column().width / 2.f);
    const float y = context_->height() - bottomBarHeight() + (bottomBarHeight() - h) / 2.f;
    return {right - w, std::round(y), w, h};
}

sf::FloatRect Chrome::primaryRect(const std::string& label) const {
    const sf::FloatRect col = column();
    return bottomRect(label, col.left + col.width);
}

float Chrome::topButtonWidth(const std::string& label) const {
    const Metrics& m = context_->metrics;
    return textWidth(sf::String::fromUtf8(label.begin(), label.end()), context_->fonts.regular(),
                     m.caption()) +
           m.u(28.f);
}

void Chrome::addTopButtons(ButtonGroup& group, bool back, bool settings) const {
    const Metrics& m = context_->metrics;
    const float h = topBarHeight();
    const float margin = m.u(16.f);
    group.setBars(h, context_->height() - bottomBarHeight());
    if (settings) {
        // TRANSLATORS: the top bar's button opening the settings.
        const std::string label = I18n::tr("Settings");
        const float w = topButtonWidth(label);
        group.add("top.settings", label,
                  {context_->width() - margin - w, m.u(8.f), w, h - m.u(16.f)},
                  ButtonGroup::Kind::Quiet);
    }
    if (back) {
        // TRANSLATORS: the top bar's button going back to the screen before.
        const std::string label = I18n::tr("\u2039 Back");
        const float w = topButtonWidth(label);
        group.add("top.back", label, {margin, m.u(8.f), w, h - m.u(16.f)},
                  ButtonGroup::Kind::Quiet);
    }
    if (!context_->notice.empty()) {
        // The banner's Close in the Tab order, after the top bar; drawNotice() draws its words
        // and the group its focus. The mouse and Ctrl+D reach it through the application.
        // Its ring hugs the words; the mouse may click anywhere in the banner's right end.
        sf::FloatRect r = noticeCloseRect();
        r.height =
            std::min(r.height, std::round(static_cast<float>(m.caption()) * 1.4f + m.u(8.f)));
        auto& close = group.add("notice.close", noticeClose(), r, ButtonGroup::Kind::Outline);
        Context* context = context_;
        close.action = [context] { context->notice.clear(); };
    }
}

void Chrome::drawTopBar(Painter& painter, const std::string& where) const {
    context_->announcer.setWhere(where);
    const Theme& t = context_->theme;
    const Metrics& m = context_->metrics;
    const float h = topBarHeight();
    const float w = context_->width();
    const Painter::Batch batch(painter);
    painter.rect({0.f, 0.f, w, h}, t.panel);
    painter.rect({0.f, h - std::max(1.f, m.u(1.f)), w, std::max(1.f, m.u(1.f))}, t.rule);
    // Left of centre: where you are. Right: the learner's name (Settings sits at the far right).
    const sf::FloatRect col = column();
    // Clear of the Back and Settings buttons, however long their words are in the language.
    const float margin = m.u(16.f);
    const float leftEdge = std::max(
        {col.left, m.u(120.f), margin + topButtonWidth(I18n::tr("\u2039 Back")) + m.u(8.f)});
    const float nameRight =
        std::min(w - m.u(130.f), w - margin - topButtonWidth(I18n::tr("Settings")) - m.u(8.f));
    std::string learner = context_->learners.current();
    float nameWidth = 0.f;
    if (!learner.empty()) {
        sf::Text name = fittedText(learner, context_->fonts.regular(), m.caption(),
                                   std::min(m.u(220.f), w / 5.f));
        name.setFillColor(t.secondary);
        nameWidth = name.getLocalBounds().width;
        placeText(name, nameRight - nameWidth, h / 2.f);
        painter.text(name);
    }
    const std::string crumb = where.empty() ? "Yaddaş" : "Yaddaş \u203A " + where;
    sf::Text text = fittedText(crumb, context_->fonts.regular(), m.caption(),
                               std::max(10.f, nameRight - nameWidth - m.u(24.f) - leftEdge));
    text.setFillColor(t.ink);
    placeText(text, leftEdge, h / 2.f);
    painter.text(text);
}

float Chrome::noticeCloseWidth() const {
    const Metrics& m = context_->metrics;
    const char* close = noticeClose();
    return textWidth(sf::String::fromUtf8(close, close + std::strlen(close)),
                     context_->fonts.regular(), m.caption()) +
           m.u(24.f);
}

float Chrome::noticeHeight() const {
    if (context_->notice.empty()) {
        return 0.f;
    }
    const Metrics& m = context_->metrics;
    TextBlock block;
    TextBlock::Style style{
        &context_->fonts.regular(), &context_->fonts.bold(),   m.caption(),         1.4f,
        context_->theme.ink,        context_->theme.secondary, context_->theme.tint};
    block.layout(context_->notice, style, column().width - m.u(32.f) - noticeCloseWidth());
    return block.height() + m.u(24.f);
}

sf::FloatRect Chrome::noticeCloseRect() const {
    if (context_->notice.empty()) {
        return {};
    }
    const Metrics& m = context_->metrics;
    const sf::FloatRect col = column();
    const float w = noticeCloseWidth();
    return {col.left + col.width - w, topBarHeight() + m.u(8.f), w, noticeHeight() - m.u(8.f)};
}

float Chrome::drawNotice(Painter& painter) const {
    if (context_->notice.empty()) {
        return 0.f;
    }
    const Metrics& m = context_->metrics;
    const Theme& t = context_->theme;
    const sf::FloatRect col = column();
    TextBlock block;
    TextBlock::Style style{&context_->fonts.regular(),
                           &context_->fonts.bold(),
                           m.caption(),
                           1.4f,
                           t.ink,
                           t.secondary,
                           t.tint};
    block.layout(context_->notice, style, col.width - m.u(32.f) - noticeCloseWidth());
    const float h = block.height() + m.u(24.f);
    const float top = topBarHeight() + m.u(8.f);
    const Painter::Batch batch(painter);
    painter.rect({col.left, top, col.width, h - m.u(8.f)}, t.panel, t.wrong,
                 std::max(1.f, m.u(2.f)));
    block.draw(painter, {col.left + m.u(16.f), top + m.u(8.f)});
    // Dismissed by a click here or Ctrl+D (Application::dispatch).
    const char* closeText = noticeClose();
    sf::Text close(sf::String::fromUtf8(closeText, closeText + std::strlen(closeText)),
                   context_->fonts.regular(), m.caption());
    close.setFillColor(t.accent);
    const sf::FloatRect r = noticeCloseRect();
    placeText(close, r.left + m.u(8.f), top + m.u(8.f) + block.lineHeight() / 2.f);
    painter.text(close);
    return h;
}

void Chrome::drawScrolled(Painter& painter, const TextBlock& block, sf::Vector2f origin,
                          std::size_t scroll, const ButtonGroup& buttons) const {
    const Metrics& m = context_->metrics;
    const sf::FloatRect area = content();
    const float room = area.top + area.height - origin.y;
    const auto fit = static_cast<std::size_t>(
        std::max(1.f, std::floor(room / std::max(1.f, block.lineHeight()))));
    const std::size_t to = std::min(block.lineCount(), scroll + fit);
    block.draw(painter, origin, scroll, to);
    if (to < block.lineCount() || scroll > 0) {
        const float width = std::max(10.f, bottomButtonsLeft(buttons) - area.left - m.u(12.f));
        std::string words = I18n::tr("More: scroll \u2193 \u2191");
        if (textWidth(sf::String::fromUtf8(words.begin(), words.end()), context_->fonts.regular(),
                      m.caption()) > width) {
            words = "\u2193 \u2191"; // longer words in another language: the arrows say it
        }
        if (textWidth(sf::String::fromUtf8(words.begin(), words.end()), context_->fonts.regular(),
                      m.caption()) > width) {
            return; // no room at all beside the buttons
        }
        sf::Text more = fittedText(words, context_->fonts.regular(), m.caption(), width);
        more.setFillColor(context_->theme.secondary);
        placeText(more, area.left, context_->height() - bottomBarHeight() / 2.f);
        painter.text(more);
    }
}

} // namespace yaddas::app
