#pragma once

#include <app/State.hpp>
#include <app/TextBlock.hpp>
#include <app/widgets/ButtonGroup.hpp>
#include <app/widgets/Chrome.hpp>

#include <string>

namespace yaddas::app {

/// Shown when the window is closed while the learner's latest answers could not be saved: try
/// again, save a copy somewhere else (the exact path is shown), or quit anyway after saying
/// yes a second time. Escape goes back to learning.
class UnsavedScreen : public State {
public:
    UnsavedScreen(StateStack& stack, Context& context);

    const char* name() const override { return "Unsaved"; }
    const ButtonGroup* focusGroup() const override { return &buttons_; }
    void handleEvent(const sf::Event& event) override;
    void draw(Painter& painter) override;
    void relayout() override;

private:
    enum class Stage { Ask, StillFailing, Copied, CopyFailed, Confirm };

    void tryAgain();
    void saveCopy();
    std::string statusText() const;
    /// Where the dialog starts: under the top bar, in the banner's place.
    float top() const;

    Chrome chrome_;
    ButtonGroup buttons_;
    TextBlock body_;
    TextBlock status_;
    Stage stage_ = Stage::Ask;
    std::string copy_;        ///< where the copy was written
    std::string copyProblem_; ///< why no copy could be written
    float bodyTop_ = 0.f;
    float statusTop_ = 0.f;
};

} // namespace yaddas::app
