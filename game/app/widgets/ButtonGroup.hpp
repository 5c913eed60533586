#pragma once

#include <SFML/Graphics/Rect.hpp>
#include <SFML/Window/Event.hpp>

#include <string>
#include <vector>

namespace yaddas::app {

class Painter;
struct Context;

/// The clickable controls of one screen, in focus order: Tab and Shift+Tab move the (always
/// visible) focus, Enter or Space activates it, Enter with nothing focused runs the primary
/// action, and the mouse hovers and clicks.
class ButtonGroup {
public:
    enum class Kind {
        Normal,  ///< a panel-coloured button
        Primary, ///< the screen's one main action, accent-coloured, bottom right
        Quiet,   ///< a link-like text button (top bar)
        Choice,  ///< an answer option or a list row: left-aligned, may be selected
        Field,   ///< a text field the screen draws itself: focusable, Space types
        Hidden,  ///< focusable only (a glossary term): the screen draws its focus
    };

    struct Button {
        std::string id;
        std::string label;
        sf::FloatRect rect;
        Kind kind = Kind::Normal;
        bool selected = false;
        bool enabled = true;
        std::string detail; ///< a second, secondary line (list rows)
    };

    /// Starts a new layout; the focus stays on the button with the same id, if any.
    void clear();
    Button& add(std::string id, std::string label, sf::FloatRect rect, Kind kind = Kind::Normal);

    /// The id of the button the event activated, or an empty string.
    std::string handleEvent(const sf::Event& event);
    void draw(Painter& painter, const Context& context) const;

    std::string focusedId() const;
    void focus(const std::string& id);
    void clearFocus() { focusedId_.clear(); }
    bool empty() const { return buttons_.empty(); }
    const std::vector<Button>& buttons() const { return buttons_; }
    Button* find(const std::string& id);

private:
    int indexOf(const std::string& id) const;
    void moveFocus(int step);

    std::vector<Button> buttons_;
    std::string focusedId_;
    std::string hoveredId_;
    std::string pressedId_;
};

} // namespace yaddas::app
