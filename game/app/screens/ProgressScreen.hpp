#pragma once

#include <app/State.hpp>
#include <app/widgets/ButtonGroup.hpp>
#include <app/widgets/Chrome.hpp>

namespace yaddas::app {

/// The learner's progress: mastery per module and per category as plain bars, accuracy over
/// time as a line, and what is due for review when. Two pages, so it fits a small screen.
class ProgressScreen : public State {
public:
    ProgressScreen(StateStack& stack, Context& context);

    const char* name() const override { return "Progress"; }
    const ButtonGroup* focusGroup() const override { return &buttons_; }
    void handleEvent(const sf::Event& event) override;
    void draw(Painter& painter) override;
    void relayout() override;

private:
    void drawMastery(Painter& painter);
    void drawHistory(Painter& painter);

    Chrome chrome_;
    ButtonGroup buttons_;
    int page_ = 0;
};

} // namespace yaddas::app
