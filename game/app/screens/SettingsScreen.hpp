#pragma once

#include <app/State.hpp>
#include <app/widgets/ButtonGroup.hpp>
#include <app/widgets/Chrome.hpp>

#include <SFML/Graphics/Rect.hpp>
#include <SFML/System/Vector2.hpp>

#include <string>
#include <vector>

namespace yaddas::app {

/// Language, text size (100 % to 200 %), light, dark or high-contrast colours, full screen, and
/// reading aloud (on or off, its speed and voice); each choice applies at once and is remembered
/// for the learner. On a window too short for every group they scroll, a whole group at a time,
/// with the wheel, the arrow keys, and Tab following the focus.
class SettingsScreen : public State {
public:
    SettingsScreen(StateStack& stack, Context& context);

    const char* name() const override { return "Settings"; }
    const ButtonGroup* focusGroup() const override { return &buttons_; }
    void handleEvent(const sf::Event& event) override;
    void draw(Painter& painter) override;
    void relayout() override;

private:
    struct Heading {
        std::string text;
        sf::Vector2f at;
        float width = 0.f;
    };

    /// The group (0 = Language) the control with this id belongs to, or -1.
    int groupOf(const std::string& id) const;
    /// Scrolls so that group `group` is in view; lays the screen out again if it moved.
    void showGroup(std::size_t group);
    /// Scrolls by `step` groups; the focus goes to the nearest control in view.
    void scrollBy(int step);
    /// Tab and Shift+Tab across every group, those scrolled away included.
    void moveFocus(bool back);

    Chrome chrome_;
    ButtonGroup buttons_;
    std::vector<Heading> headings_;
    std::vector<std::vector<std::string>> groupIds_; ///< every group's controls, shown or not
    std::size_t firstGroup_ = 0;                     ///< the first group in view
    std::size_t shownGroups_ = 0;                    ///< how many groups are in view
    sf::FloatRect rateAt_; ///< where the speech rate is shown, between Slower and Faster
    bool rateShown_ = false;
    float sampleTop_ = 0.f;
};

} // namespace yaddas::app
