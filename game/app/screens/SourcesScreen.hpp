#pragma once

#include <app/State.hpp>
#include <app/TextBlock.hpp>
#include <app/widgets/ButtonGroup.hpp>
#include <app/widgets/Chrome.hpp>

#include <core/Module.hpp>

#include <string>
#include <vector>

namespace yaddas::app {

/// "Sources — <module>": the bibliography of one module, every work it cites (the source text
/// first), grouped by kind, each in full (author, title, publisher, date, address). A long list
/// scrolls: the arrow keys move the focus from work to work, Page Up and Page Down, Home and End
/// and the wheel move through it; Esc goes back.
class SourcesScreen : public State {
public:
    SourcesScreen(StateStack& stack, Context& context);

    const char* name() const override { return "Sources"; }
    const ButtonGroup* focusGroup() const override { return &buttons_; }
    void handleEvent(const sf::Event& event) override;
    void draw(Painter& painter) override;
    void relayout() override;

private:
    /// A group's heading ("Encyclopedia entries") or one work.
    struct Row {
        bool heading = false;
        std::size_t group = 0; ///< the row of its group's heading
        TextBlock block;
        float height = 0.f; ///< with its padding
    };

    /// Builds the rows' text at the current size and width.
    void buildRows();
    /// Lays out the rows from `first_` that fit, and their buttons.
    void layoutRows();
    /// The row index of the focused work, or rows_.size().
    std::size_t focusedRow() const;
    /// Focuses work row `row` and scrolls so that it (and its heading) can be seen.
    void focusRow(std::size_t row);
    /// How many rows from `first` fit in the list area (a heading never last).
    std::size_t fitting(std::size_t first) const;
    /// The room the group's heading takes above `first` when `first` is inside a group: it stays
    /// in view while the group scrolls.
    float headingAbove(std::size_t first) const;

    Chrome chrome_;
    ButtonGroup buttons_;
    const core::Module* module_ = nullptr;
    TextBlock title_;
    TextBlock intro_;
    std::vector<Row> rows_;
    std::vector<sf::FloatRect> rects_; ///< of the visible rows, from first_
    std::size_t first_ = 0;
    std::size_t works_ = 0;
    float listTop_ = 0.f;
    float pad_ = 0.f;
    float gap_ = 0.f;
};

} // namespace yaddas::app
