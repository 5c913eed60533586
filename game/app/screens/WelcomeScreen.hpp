#pragma once

#include <app/State.hpp>
#include <app/TextBlock.hpp>
#include <app/widgets/ButtonGroup.hpp>
#include <app/widgets/Chrome.hpp>
#include <app/widgets/TextInput.hpp>

#include <core/LearnerSearch.hpp>

#include <optional>
#include <string>
#include <vector>

namespace yaddas::app {

/// The first screen: a school lab's computer may have hundreds of learners. One field both finds
/// a name (the list keeps the matches as you type, the most recently used first) and adds a new
/// one; the names fill a grid of compact rows that scrolls.
class WelcomeScreen : public State {
public:
    WelcomeScreen(StateStack& stack, Context& context);

    const char* name() const override { return "Welcome"; }
    const ButtonGroup* focusGroup() const override { return &buttons_; }
    void handleEvent(const sf::Event& event) override;
    void draw(Painter& painter) override;
    void relayout() override;
    std::string spokenIntro() const override;
    std::string spokenFocus() const override;

private:
    void start(const std::string& learner);
    void createFromField();
    /// What Enter in the field (or Start) does: opens the best match, else adds the name.
    void enterFromField();
    /// Closes the learner open before; false (with a banner saying why) while their answers
    /// cannot be saved, so that nothing is dropped.
    bool previousLearnerClosed();

    void refilter();
    /// The position in the filtered list of the focused row, if a row has the focus.
    std::optional<std::size_t> focusedRow() const;
    void focusRow(std::size_t row);
    /// Arrows, Page Up/Down, Home and End on a row; Down from the field. True when handled.
    bool moveInList(const sf::Event& event);
    /// Tab order by reading order, the list being one stop (the row last focused there).
    bool tab(const sf::Event& event);
    void scrollBy(int lines);
    std::string status() const;
    void drawRows(Painter& painter) const;
    const std::string& nameAt(std::size_t row) const;

    Chrome chrome_;
    ButtonGroup buttons_;
    TextInput field_;
    TextBlock intro_;
    core::LearnerSearch search_;
    std::vector<std::size_t> shown_; ///< indices into search_.all() matching the field
    bool exact_ = false;             ///< a learner has exactly the name typed
    std::size_t firstLine_ = 0;      ///< the first line of the grid in view
    std::size_t lines_ = 1;          ///< lines of the grid in view
    std::size_t columns_ = 1;
    std::size_t lastRow_ = 0; ///< where Tab goes back into the list
    std::optional<std::size_t> hovered_;
    std::string error_;
    sf::FloatRect area_;
    sf::FloatRect list_;
    float introTop_ = 0.f;
    float headingY_ = 0.f;
    float statusY_ = 0.f;
};

} // namespace yaddas::app
