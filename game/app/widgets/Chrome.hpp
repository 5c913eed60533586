#pragma once

#include <app/widgets/ButtonGroup.hpp>

#include <SFML/Graphics/Rect.hpp>

#include <string>

namespace yaddas::app {

class Painter;
class TextBlock;
struct Context;

/// What every screen shares: the top bar (where you are, the learner, settings), the notice
/// banner, the centred reading column and the bottom row with the primary action.
class Chrome {
public:
    explicit Chrome(Context& context) : context_(&context) {}

    float topBarHeight() const;
    float bottomBarHeight() const;
    /// The centred column, 60–75 characters of body text wide (narrower on a small window).
    sf::FloatRect column() const;
    /// The space between the top bar (and banner) and the bottom row, across the column.
    sf::FloatRect content() const;
    /// Where the primary action goes: bottom right of the column.
    sf::FloatRect primaryRect(const std::string& label) const;
    /// A rectangle for a bottom-row button left of `right` (its right edge).
    sf::FloatRect bottomRect(const std::string& label, float right) const;
    float buttonWidth(const std::string& label) const;
    /// The left edge of the leftmost button in the bottom row (room for a caption before it).
    float bottomButtonsLeft(const ButtonGroup& group) const;

    /// Adds "Settings" (and "Back" when `back`) to the group, in the top bar, and the notice
    /// banner's "Close" when there is a notice; tells the group where the bars are.
    void addTopButtons(ButtonGroup& group, bool back, bool settings = true) const;
    /// The bar itself; `where` is "Module › Section".
    void drawTopBar(Painter& painter, const std::string& where) const;
    /// The notice banner under the top bar, if there is a notice; returns its height.
    float drawNotice(Painter& painter) const;
    float noticeHeight() const;
    /// Where the banner's "Close" is (empty when there is no notice).
    sf::FloatRect noticeCloseRect() const;
    /// Draws the lines of `block` from `scroll` that fit between `origin` and the bottom of the
    /// content area, with a hint in the bottom row when more lines are above or below.
    void drawScrolled(Painter& painter, const TextBlock& block, sf::Vector2f origin,
                      std::size_t scroll, const ButtonGroup& buttons) const;

private:
    /// The width of a top bar button with `label`: its words and their padding.
    float topButtonWidth(const std::string& label) const;
    float noticeCloseWidth() const;

    Context* context_;
};

} // namespace yaddas::app
