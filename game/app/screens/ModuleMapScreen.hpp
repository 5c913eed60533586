#pragma once

#include <app/State.hpp>
#include <app/widgets/ButtonGroup.hpp>
#include <app/widgets/Chrome.hpp>

#include <string>
#include <vector>

namespace yaddas::app {

/// Every module with its state (read, last score, mastery), the facts due for review and the
/// teacher's assignments; the learner's home screen.
class ModuleMapScreen : public State {
public:
    ModuleMapScreen(StateStack& stack, Context& context);

    const char* name() const override { return "ModuleMap"; }
    const ButtonGroup* focusGroup() const override { return &buttons_; }
    void handleEvent(const sf::Event& event) override;
    void draw(Painter& painter) override;
    void relayout() override;
    void resumed() override;

private:
    /// What a card shows beside its title.
    struct Card {
        std::string detail;   ///< reading state, last quiz, sections
        int due = 0;          ///< facts of the module due for review now
        double learned = 0.0; ///< share of its facts mastered, 0 … 1
    };

    Card cardOf(std::size_t moduleIndex) const;
    /// The first module not read to the end (or the first one).
    std::size_t nextModule() const;
    void open(std::size_t moduleIndex);
    /// Makes `moduleIndex` the module Read and Quiz act on; lays out again when it changed.
    void select(std::size_t moduleIndex);
    void drawCardExtras(Painter& painter, const ButtonGroup::Button& button,
                        const Card& card) const;

    Chrome chrome_;
    ButtonGroup buttons_;
    std::vector<Card> cards_; ///< one per module, from the last layout
    /// The module Read and Quiz act on: the card last focused (Tab, arrows) or the next to read.
    std::size_t selected_ = 0;
    float cardTrailing_ = 0.f; ///< room for the card's due count and bar, right of its detail
    std::size_t firstRow_ = 0;
    std::size_t visibleRows_ = 0;
    float headTop_ = 0.f;
    float listTop_ = 0.f;
    std::string assignments_; ///< the teacher's assignments, or where they will show
    std::string due_;         ///< the facts due for review
    float titleWidth_ = 0.f;  ///< room for the greeting left of the assignment buttons
    float countTop_ = 0.f;    ///< where "Modules 1–5 of 6" goes, under the last card
    bool anyAssignment_ = false;
    std::string shownProblem_; ///< the assignment problem already shown (closed: not again)
};

} // namespace yaddas::app
