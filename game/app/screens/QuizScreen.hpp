#pragma once

#include <app/AssignmentFlow.hpp>
#include <app/State.hpp>
#include <app/TextBlock.hpp>
#include <app/widgets/ButtonGroup.hpp>
#include <app/widgets/Chrome.hpp>
#include <app/widgets/TextInput.hpp>

#include <core/Answer.hpp>
#include <core/Grade.hpp>
#include <core/Quiz.hpp>
#include <core/QuizSession.hpp>

#include <chrono>
#include <memory>
#include <string>
#include <vector>

namespace yaddas::app {

/// A quiz drawn on screen: one question at a time, every kind the engine makes, with the mouse
/// and the keyboard (1–9 pick, arrows move, Space picks up and drops in timeline and matching,
/// Enter checks). After each answer: the verdict in words and a symbol, the right answer, the
/// explanation, the sources the fact cites and the words they quote. The quiz itself (grading,
/// recording, the report, an assignment's time and attempts) is a core::QuizSession; leaving an
/// assignment asks first: continue, save and leave (to resume later), or hand in now.
class QuizScreen : public State {
public:
    QuizScreen(StateStack& stack, Context& context);

    const char* name() const override { return "Quiz"; }
    const ButtonGroup* focusGroup() const override { return leaving_ ? &leaveButtons_ : &buttons_; }
    void handleEvent(const sf::Event& event) override;
    void draw(Painter& painter) override;
    void relayout() override;
    bool scriptAnswer(bool right) override;
    std::optional<core::QuestionKind> scriptQuestionKind() const override;
    bool ticking() const override;
    std::string spokenFocus() const override;
    std::vector<SpokenLine> readFromFocus() const override;

private:
    /// One row the learner can point at: an option, a timeline event, a matching item or target.
    struct Row {
        std::string id;
        TextBlock block;
        sf::FloatRect rect;
        std::size_t index = 0; ///< option (or target) index
        bool target = false;   ///< a matching target (right column)
        float indent = 0.f;    ///< room before the text (a timeline row's grip and place)
    };

    const core::Question* question() const;
    /// Ends the attempt when the assignment's time is up; true when it did.
    bool timeUp();
    /// Esc, Back or "Leave quiz": a practice quiz closes; an assignment asks first.
    void requestLeave();
    void answerLeave(const std::string& id);
    void startQuestion();
    /// The question as it is read aloud: which one, the prompt, and how to answer it.
    std::string spokenQuestion() const;
    /// Its options in order ("1. 28 April 1920"), a timeline's events as they stand, a
    /// matching question's items and then its matches.
    std::vector<std::string> spokenOptions() const;
    /// After Check: the verdict, the right answer, the learner's own and the explanation.
    std::string spokenVerdict() const;
    void submit();
    void next();
    void finish();
    bool canSubmit() const;
    core::Answer answer() const;
    std::string givenText() const;
    void layoutRows(unsigned size);
    void layoutFeedback();
    void layoutLeave();
    /// Where the feedback text starts, and the room it has, below the verdict and the answer.
    float feedbackTop() const;
    float feedbackRoom() const;
    void scrollFeedback(int lines);
    void activate(const std::string& id);
    void moveTimeline(int step);
    void dropTimeline(std::size_t from, std::size_t to);

    Chrome chrome_;
    ButtonGroup buttons_;
    TextInput field_;
    std::unique_ptr<core::QuizSession> session_;
    bool ended_ = false;   ///< finish() ran: the screens are changing
    bool leaving_ = false; ///< the "leave this assignment?" question is shown
    ButtonGroup leaveButtons_;
    TextBlock leaveText_;
    sf::FloatRect leaveBox_;

    // The answer being given.
    std::vector<bool> chosen_;         ///< choice kinds
    std::vector<std::size_t> order_;   ///< timeline: option indexes, top to bottom
    std::vector<std::size_t> matches_; ///< matching: target per option (or Answer::none)
    int picked_ = -1;                  ///< timeline row or matching item being moved
    int dragFrom_ = -1;                ///< mouse drag in progress (row position)
    sf::Vector2f dragAt_;
    sf::Vector2f dragStart_; ///< where the drag began: the row keeps the grip it was taken by

    TextBlock header_; ///< "Question 2 of 10 · Dates", and who states the fact
    TextBlock prompt_;
    TextBlock hint_;     ///< how to answer a timeline, matching or multiple answer question
    TextBlock answer_;   ///< the right answer, large, once answered
    TextBlock feedback_; ///< the learner's answer, the explanation, the citation (and "More")
    bool more_ = false;  ///< "More about the sources" is open
    bool hasMore_ = false;
    bool touched_ = false;       ///< a timeline row was moved: the order is the learner's
    float feedbackDragY_ = -1.f; ///< a drag scrolling the feedback, from this height
    std::size_t dragScrollFrom_ = 0;
    bool wide_ = false;     ///< two columns
    sf::FloatRect ask_;     ///< the question's column
    sf::FloatRect answers_; ///< the answers' column (the same as ask_ when narrow)
    std::size_t feedbackScroll_ = 0;
    std::vector<Row> rows_;
    float rowsTop_ = 0.f;
    float promptTop_ = 0.f;
    float pad_ = 0.f;
};

} // namespace yaddas::app
