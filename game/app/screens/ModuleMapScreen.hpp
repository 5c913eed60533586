#pragma once

#include <app/State.hpp>
#include <app/widgets/ButtonGroup.hpp>
#include <app/widgets/Chrome.hpp>

#include <string>

namespace yaddas::app {

/// Every module with its state (read, last score, mastery), the facts due for review and the
/// teacher's assignments; the learner's home screen.
class ModuleMapScreen : public State {
public:
    ModuleMapScreen(StateStack& stack, Context& context);

    const char* name() const override { return "ModuleMap"; }
    void handleEvent(const sf::Event& event) override;
    void draw(Painter& painter) override;
    void relayout() override;
    void resumed() override;

private:
    std::string detailOf(std::size_t moduleIndex) const;
    /// The first module not read to the end (or the first one).
    std::size_t nextModule() const;
    void open(std::size_t moduleIndex);

    Chrome chrome_;
    ButtonGroup buttons_;
    std::size_t firstRow_ = 0;
    std::size_t visibleRows_ = 0;
    float headTop_ = 0.f;
    float listTop_ = 0.f;
    std::string assignments_; ///< the teacher's assignments, or where they will show
    std::string due_;         ///< the facts due for review
    float titleWidth_ = 0.f;  ///< room for the greeting left of the assignment buttons
    bool anyAssignment_ = false;
};

} // namespace yaddas::app
