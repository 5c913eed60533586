#pragma once

#include <core/Answer.hpp>
#include <core/Assignment.hpp>
#include <core/Grade.hpp>
#include <core/Outcome.hpp>
#include <core/Question.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace yaddas::core {

/// One learner's work on one assignment, as the results file keeps it (game/io/ASSIGNMENTS.md):
/// who, which assignment, and every attempt with every answer.
struct AssignmentResult {
    /// One answered question of an attempt.
    struct AnsweredQuestion {
        std::string questionId;
        std::string factId;
        std::string kind; ///< QuestionKind as text ("single", "year", …)
        std::string category; ///< "dates", "figures", "victims", "ideas"; empty in older files
        std::string prompt;
        std::string given;  ///< the answer as the learner gave it, in words
        std::string right;  ///< the right answer in words; empty in older files
        double score = 0.0; ///< 0 … 1
        Outcome outcome = Outcome::Wrong;
    };

    /// One go at the assignment, from start to end.
    struct Attempt {
        std::int64_t start = 0; ///< seconds since the epoch, UTC
        std::int64_t end = 0; ///< the last answer, or when it was handed in
        /// Not handed in yet: being taken, or left to be resumed (`open="true"` in the file;
        /// files written before attempts could be left have none, and are all closed).
        bool open = false;
        std::vector<AnsweredQuestion> answers;

        /// Mean score over the answers given (0 when there are none); for grading use
        /// AssignmentResult::scoreOf, which counts unanswered questions as wrong.
        double score() const;
        /// Answers judged right.
        int right() const;
    };

    std::string learnerId;
    std::string learnerName;
    /// The learner profile's stable unique id (LearnerProfile::uid); empty in files written
    /// before profiles had one. Two learners with the same name have different uids.
    std::string learnerUid;
    /// The learner's id on the class list the assignment carries, when she picked her name
    /// from it; empty otherwise.
    std::string rosterId;
    std::string assignmentId;
    std::string assignmentTitle;
    std::string assignmentChecksum; ///< FNV-1a of the assignment file's bytes, hex
    int questionCount = 0;          ///< questions the assignment asks
    int passMark = 60;
    Assignment::Keep keep = Assignment::Keep::Best;
    std::vector<Attempt> attempts;

    /// A new result for a learner starting `assignment` (whose file bytes hash to `checksum`).
    static AssignmentResult start(const Assignment& assignment, const std::string& checksum,
                                  const std::string& learnerId, const std::string& learnerName);
    /// Opens a new attempt at `now`; false (and nothing changes) when no attempt is left.
    bool beginAttempt(std::int64_t now, int attemptsAllowed);
    /// Records an answer in the current attempt (the last one); `given` is the answer in words.
    void record(const Question& question, const std::string& given, const Grade& grade,
                std::int64_t now);
    /// The answer in words, for the results file: the options' texts, the order, or the text.
    static std::string describe(const Question& question, const Answer& answer);

    /// An attempt's score out of all the questions the assignment asks (0 … 1): a question left
    /// unanswered (time ran out, the learner left) counts as wrong, so stopping early never
    /// raises a score.
    double scoreOf(const Attempt& attempt) const;
    /// The attempt that counts under `keep` (best score, earliest on a tie; or the last),
    /// or nullptr when there is none.
    const Attempt* kept() const;
};

} // namespace yaddas::core
