#pragma once

#include <app/ScreenId.hpp>

#include <core/QuestionKind.hpp>

#include <SFML/Window/Event.hpp>

#include <optional>
#include <string>
#include <vector>

namespace yaddas::app {

class ButtonGroup;
class Painter;
class StateStack;
struct Context;

/// A sentence to be read aloud, and what the screen calls it (to highlight it while heard).
struct SpokenLine {
    std::string text;
    std::string tag;
};

/// One screen on the stack. It reacts to events, draws itself and asks the stack for changes;
/// the stack applies them after the event pass, so a screen is never destroyed while it runs.
class State {
public:
    State(StateStack& stack, Context& context) : stack_(&stack), context_(&context) {}
    virtual ~State() = default;
    State(const State&) = delete;
    State& operator=(const State&) = delete;

    /// The screen's name, written first in a state dump ("ModuleMap").
    virtual const char* name() const = 0;
    virtual void handleEvent(const sf::Event& event) = 0;
    virtual void draw(Painter& painter) = 0;
    /// The window size, text size or theme changed: lay out again (not called per frame).
    virtual void relayout() {}
    /// The screen became the top one again (the one above was closed).
    virtual void resumed() { relayout(); }
    /// Scripted mode only: answer the question on screen rightly or wrongly. False when the
    /// screen asks nothing.
    virtual bool scriptAnswer(bool /*right*/) { return false; }
    /// Scripted mode only: the kind of the quiz question on screen, answered or not; nothing
    /// when the screen shows no question.
    virtual std::optional<core::QuestionKind> scriptQuestionKind() const { return std::nullopt; }
    /// True while the screen shows a clock: the window then redraws it without input.
    virtual bool ticking() const { return false; }

    // Reading aloud (app/Announcer): what a listener hears of this screen.
    /// The controls whose focus is read; nullptr when the screen has none.
    virtual const ButtonGroup* focusGroup() const { return nullptr; }
    /// The focused control as it is said ("Check, button, not available yet"); by default
    /// focusGroup()'s focused button, described by FocusSpeech.
    virtual std::string spokenFocus() const;
    /// What is said when the screen opens, after its title; by default the chosen options of
    /// focusGroup() (the chosen assignment, the current theme) that do not have the focus.
    virtual std::string spokenIntro() const;
    /// "Read from here" (F3): the screen reads on from the focus (a lesson to its end, a
    /// question and its options). By default the title, the intro and the focus.
    virtual std::vector<SpokenLine> readFromFocus() const;
    /// The tag of the utterance being heard changed (a lesson's sentence): the screen may
    /// highlight it and turn the page. Empty: nothing of the screen's is being read.
    virtual void speaking(const std::string& /*tag*/) {}

protected:
    void push(ScreenId id);
    void pop();
    /// Replaces the whole stack with one screen.
    void reset(ScreenId id);
    Context& context() const { return *context_; }
    StateStack& stack() { return *stack_; }

private:
    StateStack* stack_;
    Context* context_;
};

} // namespace yaddas::app
