#pragma once

#include <app/State.hpp>
#include <app/widgets/ButtonGroup.hpp>
#include <app/widgets/Chrome.hpp>

namespace yaddas::app {

/// Text size (100 % to 200 %), light, dark or high-contrast colours, and full screen; each choice
/// applies at once and is remembered for the learner.
class SettingsScreen : public State {
public:
    SettingsScreen(StateStack& stack, Context& context);

    const char* name() const override { return "Settings"; }
    const ButtonGroup* focusGroup() const override { return &buttons_; }
    void handleEvent(const sf::Event& event) override;
    void draw(Painter& painter) override;
    void relayout() override;

private:
    Chrome chrome_;
    ButtonGroup buttons_;
    float languageTop_ = 0.f;
    float sizeTop_ = 0.f;
    float themeTop_ = 0.f;
    float screenTop_ = 0.f;
    float sampleTop_ = 0.f;
};

} // namespace yaddas::app
