#pragma once

#include <core/AnswerRecord.hpp>
#include <core/FsrsScheduler.hpp>
#include <core/LearnerProfile.hpp>
#include <core/LearnerSettings.hpp>
#include <core/MemoryState.hpp>
#include <core/QuizResult.hpp>
#include <core/ReadingProgress.hpp>
#include <core/StudySession.hpp>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace yaddas::core {

/// Everything the app remembers about one learner: profile, settings, sessions, every answer,
/// reading progress, quiz results and a memory state per fact. Pure data and logic: time is
/// always passed in, and saving is io's business.
class Learner {
public:
    /// A fact that is due for review, and since when.
    struct DueFact {
        std::string factId;
        std::int64_t due = 0;
    };

    /// Activity more than this far apart starts a new study session.
    static constexpr std::int64_t sessionGap = 30 * 60;

    Learner() = default;
    explicit Learner(LearnerProfile profile) : profile_(std::move(profile)) {}

    const LearnerProfile& profile() const { return profile_; }
    LearnerProfile& profile() { return profile_; }
    const LearnerSettings& settings() const { return settings_; }
    /// Stores settings, the text size clamped to 100–200 %.
    void setSettings(const LearnerSettings& settings);

    /// Starts a study session at `now` and returns its id.
    int beginSession(std::int64_t now);
    /// The session in progress (0 when none was begun).
    int currentSession() const { return sessions_.empty() ? 0 : sessions_.back().id; }

    /// Keeps the answer and reschedules its fact (right → Good, partial → Hard, wrong → Again).
    /// Answers without a session join the current one (or a new one after a long pause).
    /// Times, the time taken, the share right and the text given are first brought within
    /// what the progress file keeps (ProgressLimits), as are the times of the calls below.
    const MemoryState& recordAnswer(AnswerRecord answer, const FsrsScheduler& scheduler);
    /// Notes that a section of a module was read; the module's fraction only ever grows.
    void markRead(const std::string& moduleId, const std::string& section, double fraction,
                  std::int64_t now);
    void recordQuiz(QuizResult result);

    /// Facts whose review is due at `now`, the longest overdue first (ties by fact id).
    std::vector<DueFact> dueFacts(std::int64_t now) const;
    /// Facts whose latest answer was wrong or partial, the most recent first.
    std::vector<std::string> mistakes() const;
    /// The fact's memory state, or nullptr when it was never asked.
    const MemoryState* memoryOf(const std::string& factId) const;
    /// The reading progress of a module, or nullptr when it was never opened.
    const ReadingProgress* readingOf(const std::string& moduleId) const;

    const std::vector<AnswerRecord>& answers() const { return answers_; }
    const std::vector<StudySession>& sessions() const { return sessions_; }
    const std::vector<ReadingProgress>& reading() const { return reading_; }
    const std::vector<QuizResult>& quizzes() const { return quizzes_; }
    const std::map<std::string, MemoryState>& memory() const { return memory_; }

    // Restoring a saved learner as it was (used by the progress reader; no scheduling).
    void restoreSession(const StudySession& session) { sessions_.push_back(session); }
    void restoreAnswer(AnswerRecord answer) { answers_.push_back(std::move(answer)); }
    void restoreReading(ReadingProgress reading) { reading_.push_back(std::move(reading)); }
    void restoreQuiz(QuizResult quiz) { quizzes_.push_back(std::move(quiz)); }
    void restoreMemory(const std::string& factId, const MemoryState& state) {
        memory_[factId] = state;
    }
    void reserveAnswers(std::size_t count) { answers_.reserve(count); }

private:
    void extendSession(std::int64_t from, std::int64_t to);

    LearnerProfile profile_;
    LearnerSettings settings_;
    std::vector<StudySession> sessions_;
    std::vector<AnswerRecord> answers_;
    std::vector<ReadingProgress> reading_;
    std::vector<QuizResult> quizzes_;
    std::map<std::string, MemoryState> memory_;
};

} // namespace yaddas::core
