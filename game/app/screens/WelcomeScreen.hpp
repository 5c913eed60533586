#pragma once

#include <app/State.hpp>
#include <app/TextBlock.hpp>
#include <app/widgets/ButtonGroup.hpp>
#include <app/widgets/Chrome.hpp>
#include <app/widgets/TextInput.hpp>

#include <string>
#include <vector>

namespace yaddas::app {

/// The first screen: choose your name in the list of this computer's learners, or type a new one.
class WelcomeScreen : public State {
public:
    WelcomeScreen(StateStack& stack, Context& context);

    const char* name() const override { return "Welcome"; }
    void handleEvent(const sf::Event& event) override;
    void draw(Painter& painter) override;
    void relayout() override;

private:
    void start(const std::string& learner);
    void createFromField();
    /// Closes the learner open before; false (with a banner saying why) while their answers
    /// cannot be saved, so that nothing is dropped.
    bool previousLearnerClosed();

    Chrome chrome_;
    ButtonGroup buttons_;
    TextInput field_;
    TextBlock intro_;
    std::vector<std::string> learners_;
    std::size_t firstRow_ = 0;
    std::size_t visibleRows_ = 0;
    std::string error_;
    float introTop_ = 0.f;
    float listTop_ = 0.f;
    float fieldLabelY_ = 0.f;
};

} // namespace yaddas::app
