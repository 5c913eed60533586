#pragma once

#include <SFML/Graphics/Rect.hpp>
#include <SFML/System/String.hpp>
#include <SFML/Window/Event.hpp>

#include <string>

namespace yaddas::app {

class Painter;
struct Context;

/// A one-line text field: typed letters (any script), Backspace, a visible caret while focused.
class TextInput {
public:
    explicit TextInput(std::size_t maxLength = 40) : maxLength_(maxLength) {}

    /// True when the event changed the text.
    bool handleEvent(const sf::Event& event);
    void draw(Painter& painter, const Context& context) const;

    std::string utf8() const;
    void setText(const std::string& utf8);
    void clear() { text_.clear(); }
    sf::FloatRect rect;
    bool focused = false;
    std::string placeholder;

private:
    sf::String text_;
    std::size_t maxLength_;
};

} // namespace yaddas::app
