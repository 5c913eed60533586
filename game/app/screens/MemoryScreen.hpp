#pragma once

#include <app/State.hpp>
#include <app/TextBlock.hpp>
#include <app/widgets/ButtonGroup.hpp>
#include <app/widgets/Chrome.hpp>

#include <vector>

namespace yaddas::app {

/// "In memory": the victims the lessons name, each once, with both spellings of their names,
/// their years, who they were and what was done to them. Officials who carried out the
/// repressions are not listed. A quiet page, no scores.
class MemoryScreen : public State {
public:
    MemoryScreen(StateStack& stack, Context& context);

    const char* name() const override { return "Memory"; }
    const ButtonGroup* focusGroup() const override { return &buttons_; }
    void handleEvent(const sf::Event& event) override;
    void draw(Painter& painter) override;
    void relayout() override;

private:
    struct Card {
        TextBlock block;
        sf::FloatRect rect; ///< on its page
        std::size_t page = 0;
    };

    Chrome chrome_;
    ButtonGroup buttons_;
    TextBlock intro_;
    std::vector<Card> cards_;
    std::size_t page_ = 0;
    std::size_t pages_ = 1;
    float pad_ = 0.f;
};

} // namespace yaddas::app
