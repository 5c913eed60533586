#pragma once

#include <app/AssignmentFlow.hpp>
#include <app/State.hpp>
#include <app/widgets/ButtonGroup.hpp>
#include <app/widgets/Chrome.hpp>

#include <vector>

namespace yaddas::app {

/// The teacher's assignments: each with its due date, questions, pass mark, time limit and the
/// attempts left; "Start" asks where the results go, then opens the quiz under the
/// assignment's rules. "Open assignment file" adds one from anywhere on the computer.
class AssignmentScreen : public State {
public:
    AssignmentScreen(StateStack& stack, Context& context);

    const char* name() const override { return "Assignment"; }
    void handleEvent(const sf::Event& event) override;
    void draw(Painter& painter) override;
    void relayout() override;
    void resumed() override;

private:
    std::string detailOf(const io::AssignmentRun::Entry& entry) const;
    int attemptsUsed(const io::AssignmentRun::Entry& entry) const;
    /// True when the learner left an attempt of it open in the results folder used last.
    bool canResume(const io::AssignmentRun::Entry& entry) const;
    void start(std::size_t index);
    void openFile();

    Chrome chrome_;
    ButtonGroup buttons_;
    std::vector<io::AssignmentRun::Entry> entries_;
    std::size_t chosen_ = 0;
    float listTop_ = 0.f;
};

} // namespace yaddas::app
