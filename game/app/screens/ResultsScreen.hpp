#pragma once

#include <app/State.hpp>
#include <app/TextBlock.hpp>
#include <app/widgets/ButtonGroup.hpp>
#include <app/widgets/Chrome.hpp>

namespace yaddas::app {

/// After a quiz: the score, the score per category (dates, figures, victims, ideas), each
/// mistake with the right answer and why, and "retake my mistakes".
class ResultsScreen : public State {
public:
    ResultsScreen(StateStack& stack, Context& context);

    const char* name() const override { return "Results"; }
    void handleEvent(const sf::Event& event) override;
    void draw(Painter& painter) override;
    void relayout() override;

private:
    Chrome chrome_;
    ButtonGroup buttons_;
    TextBlock mistakes_;
    std::size_t scroll_ = 0;
    float mistakesTop_ = 0.f;
    float categoriesTop_ = 0.f;
};

} // namespace yaddas::app
