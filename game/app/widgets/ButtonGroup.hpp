#pragma once

#include <SFML/Graphics/Rect.hpp>
#include <SFML/Window/Event.hpp>

#include <functional>
#include <string>
#include <vector>

namespace yaddas::app {

class Painter;
struct Context;

/// The clickable controls of one screen: Tab and Shift+Tab move the (always visible) focus in
/// reading order, Enter or Space activates it, Enter with nothing focused runs the primary
/// action, and the mouse hovers and clicks.
///
/// Reading order: the top bar left to right, then the rest in the order the screen added it
/// (top to bottom; controls side by side on one line left to right), then the bottom bar left to
/// right. Screens add the bottom bar's primary action first, at the right, so the order is
/// decided here and not by the order of add().
class ButtonGroup {
public:
    enum class Kind {
        Normal,  ///< a panel-coloured button
        Primary, ///< the screen's one main action, accent-coloured, bottom right
        Quiet,   ///< a link-like text button (top bar)
        Choice,  ///< an answer option or a list row: left-aligned, may be selected
        Field,   ///< a text field the screen draws itself: focusable, Space types
        Hidden,  ///< focusable only (a glossary term): the screen draws its focus
        Outline, ///< drawn by someone else (the notice's Close): only the focus ring and hover
    };

    struct Button {
        std::string id;
        std::string label;
        sf::FloatRect rect;
        Kind kind = Kind::Normal;
        bool selected = false;
        bool enabled = true;
        std::string detail; ///< a second, secondary line (list rows)
        /// False: Tab passes over it (a list's other rows; the arrows move along the list).
        bool tabStop = true;
        /// Room the screen keeps free at the right of the detail line, for what it draws there.
        float trailing = 0.f;
        /// Runs instead of reporting the id (a control that belongs to no screen).
        std::function<void()> action;
    };

    /// Starts a new layout; the focus stays on the button with the same id, if any.
    void clear();
    Button& add(std::string id, std::string label, sf::FloatRect rect, Kind kind = Kind::Normal);
    /// Where the top bar ends and the bottom bar begins (Chrome sets them with the top buttons).
    void setBars(float topBarBottom, float bottomBarTop);
    /// The indexes of buttons() in reading order (the order Tab visits them).
    std::vector<std::size_t> readingOrder() const;

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
    float topBarBottom_ = 0.f;
    float bottomBarTop_ = 1e9f;
    std::string focusedId_;
    std::string hoveredId_;
    std::string pressedId_;
};

} // namespace yaddas::app
