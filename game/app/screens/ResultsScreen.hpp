#pragma once

#include <app/AssignmentFlow.hpp>
#include <app/State.hpp>
#include <app/TextBlock.hpp>
#include <app/widgets/ButtonGroup.hpp>
#include <app/widgets/Chrome.hpp>

namespace yaddas::app {

/// After a quiz: the score, the score per category (dates, figures, victims, ideas), each
/// mistake with the right answer and why, and "retake my mistakes". After an assignment: the
/// pass mark, and where the results file was written.
class ResultsScreen : public State {
public:
    ResultsScreen(StateStack& stack, Context& context);
    /// Closing the results of an assignment closes the assignment run too.
    ~ResultsScreen() override;

    const char* name() const override { return "Results"; }
    const ButtonGroup* focusGroup() const override { return &buttons_; }
    void handleEvent(const sf::Event& event) override;
    void draw(Painter& painter) override;
    void relayout() override;

    std::string spokenIntro() const override;

private:
    struct Tally {
        int right = 0;
        int partial = 0;
        int wrong = 0;
        int total = 0;
        double points = 0.0;
    };
    Tally tally() const;
    /// The assignment's pass mark and whether it is reached (and how many were answered).
    std::string passLine(const io::AssignmentRun& run) const;

    /// The finished assignment these results belong to, or nullptr after a practice quiz.
    const io::AssignmentRun* run() const;

    Chrome chrome_;
    ButtonGroup buttons_;
    TextBlock mistakes_;
    std::size_t scroll_ = 0;
    float mistakesTop_ = 0.f;
    float categoriesTop_ = 0.f;
};

} // namespace yaddas::app
