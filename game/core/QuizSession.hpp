#pragma once

#include <core/Answer.hpp>
#include <core/AnswerRecord.hpp>
#include <core/Grade.hpp>
#include <core/Quiz.hpp>
#include <core/QuizReport.hpp>
#include <core/QuizResult.hpp>

#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <string>

namespace yaddas::core {

/// One quiz being taken: the question asked now, grading, recording every answer, the report for
/// the results screen, and for a teacher's assignment its time limit, leaving and resuming. The
/// window only draws the question and hands back an Answer (the practice engine and its frontend
/// apart, as in KDE Parley). The clock is injected, so a whole quiz runs in a test.
class QuizSession {
public:
    /// Seconds since the epoch.
    using Clock = std::function<std::int64_t()>;

    /// Where the learner's answers are kept (their progress file). Each call returns "" or a
    /// sentence for the learner saying why it could not be saved yet (the answer stays in memory
    /// and a later save tries again).
    class Recorder {
    public:
        virtual ~Recorder() = default;
        virtual std::string answer(const AnswerRecord& record) = 0;
        virtual std::string quiz(const QuizResult& result) = 0;
    };

    /// An assignment's attempt (its results file for the teacher).
    class Attempt {
    public:
        virtual ~Attempt() = default;
        virtual std::string answer(const Question& question, const std::string& given,
                                   const Grade& grade, std::int64_t now) = 0;
        /// The learner leaves and may come back: the attempt stays open, its answers kept.
        virtual std::string pause(std::int64_t now) = 0;
        /// The attempt ends: handed in, time up, or the last question answered.
        virtual std::string end(std::int64_t now) = 0;
        /// When the attempt must end, if the assignment has a time limit.
        virtual std::optional<std::int64_t> deadline() const = 0;
    };

    enum class State {
        Asking,   ///< the current question waits for an answer
        Answered, ///< graded: the feedback is shown
        Finished, ///< every question answered, handed in, or the time is up
        Left,     ///< left before the end (an assignment's attempt can be resumed)
    };

    /// A practice quiz. `kind` and `moduleId` are what the learner's quiz result records.
    QuizSession(Quiz quiz, std::string title, std::string kind, std::string moduleId,
                Recorder& recorder, Clock clock);
    /// An assignment's quiz: answers go to the attempt as well. Questions whose ids are in
    /// `answeredBefore` (a resumed attempt) are not asked again.
    QuizSession(Quiz quiz, std::string title, Recorder& recorder, Attempt& attempt, Clock clock,
                const std::set<std::string>& answeredBefore = {});

    const Quiz& quiz() const { return quiz_; }
    const std::string& title() const { return report_.moduleTitle; }
    /// The question asked now, or nullptr once the session is over or the quiz is empty.
    const Question* current() const;
    std::size_t index() const { return index_; }
    std::size_t size() const { return quiz_.questions.size(); }
    State state() const { return state_; }
    bool answered() const { return state_ == State::Answered; }
    bool over() const { return state_ == State::Finished || state_ == State::Left; }
    bool isAssignment() const { return attempt_ != nullptr; }
    /// The grade of the answer just given (valid while answered()).
    const Grade& grade() const { return grade_; }
    /// Questions answered in this session (a resumed attempt's earlier ones not counted).
    std::size_t answeredCount() const { return report_.items.size(); }
    const QuizReport& report() const { return report_; }
    /// The sentence of the last save that failed, or "".
    const std::string& problem() const { return problem_; }

    /// Grades the answer to the current question, records it (learner, attempt) and adds it to
    /// the report. `given` is the answer in the learner's words. Nothing happens unless asking.
    const Grade& submit(const Answer& answer, const std::string& given);
    /// On to the next question; after the last, the session finishes (and the quiz is recorded).
    void next();
    /// Seconds left before the assignment's deadline, if it has one.
    std::optional<std::int64_t> secondsLeft() const;
    /// Ends the session when the assignment's time is up; true when it did (now or before).
    bool timeUp();
    /// Leaves before the end. A practice quiz records nothing more; an assignment's attempt
    /// stays open to be resumed, every answer kept.
    void leave();
    /// Ends an assignment's attempt now: questions left unanswered count as wrong.
    void handIn();

private:
    void finish();
    void skipAnswered();
    void keep(const std::string& problem);

    Quiz quiz_;
    std::string kind_;
    Recorder& recorder_;
    Attempt* attempt_ = nullptr;
    Clock clock_;
    std::set<std::string> answeredBefore_;
    QuizReport report_;
    std::size_t index_ = 0;
    State state_ = State::Asking;
    Grade grade_;
    std::int64_t shownAt_ = 0;
    std::int64_t startedAt_ = 0;
    std::string problem_;
};

} // namespace yaddas::core
