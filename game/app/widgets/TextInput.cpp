#include <app/widgets/TextInput.hpp>

#include <app/Context.hpp>
#include <app/Fonts.hpp>
#include <app/Painter.hpp>
#include <app/TextBlock.hpp>
#include <app/widgets/Label.hpp>

#include <algorithm>
#include <cmath>

namespace yaddas::app {

bool TextInput::handleEvent(const sf::Event& event) {
    if (!focused) {
        return false;
    }
    if (event.type == sf::Event::TextEntered) {
        const sf::Uint32 c = event.text.unicode;
        if (c == 8) { // Backspace arrives as a character on most systems
            if (!text_.isEmpty()) {
                text_.erase(text_.getSize() - 1);
                return true;
            }
            return false;
        }
        if (c >= 32 && c != 127 && text_.getSize() < maxLength_) {
            text_ += c;
            return true;
        }
    } else if (event.type == sf::Event::KeyPressed && event.key.code == sf::Keyboard::BackSpace &&
               !text_.isEmpty()) {
        // Handled by TextEntered; the key event is ignored to avoid deleting twice.
        return false;
    }
    return false;
}

std::string TextInput::utf8() const {
    const auto bytes = text_.toUtf8();
    return std::string(bytes.begin(), bytes.end());
}

void TextInput::setText(const std::string& utf8) {
    text_ = sf::String::fromUtf8(utf8.begin(), utf8.end());
}

void TextInput::draw(Painter& painter, const Context& context) const {
    const Theme& t = context.theme;
    const Metrics& m = context.metrics;
    const float pad = m.u(12.f);
    // The border in the caption colour: 4.5:1 on paper, more than the 3:1 a field's edge needs.
    painter.rect(rect, t.paper, focused ? t.accent : t.secondary, std::max(1.f, m.u(2.f)));
    const bool empty = text_.isEmpty();
    const auto utf = text_.toUtf8();
    sf::Text text = fittedText(empty ? placeholder : std::string(utf.begin(), utf.end()),
                               context.fonts.regular(), m.body(), rect.width - 3 * pad);
    text.setFillColor(empty ? t.secondary : t.ink);
    placeText(text, rect.left + pad, rect.top + rect.height / 2.f);
    painter.text(text);
    if (focused) {
        const float x = empty ? rect.left + pad
                              : text.getPosition().x + text.getLocalBounds().left +
                                    text.getLocalBounds().width + m.u(2.f);
        painter.rect(sf::FloatRect(x, rect.top + pad * 0.7f, std::max(1.f, m.u(2.f)),
                                   rect.height - pad * 1.4f),
                     t.ink);
        // Set apart from the border by a gap, as on buttons (ButtonGroup::draw).
        const float gap = std::max(2.f, std::round(m.u(2.f)));
        painter.focusRing(
            {rect.left - gap, rect.top - gap, rect.width + 2 * gap, rect.height + 2 * gap},
            t.accent, std::max(2.f, std::round(m.u(3.f))));
    }
}

} // namespace yaddas::app
