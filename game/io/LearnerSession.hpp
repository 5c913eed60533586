#pragma once

#include <core/Diagnostic.hpp>
#include <core/FsrsScheduler.hpp>
#include <core/Learner.hpp>
#include <core/LearnerStatistics.hpp>
#include <io/LockFile.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace yaddas::io {

/// One open learner: the in-memory Learner, the lock that keeps other copies of the app out,
/// and saving after every change. A failed save (read-only or full disk) loses nothing: the
/// learner stays in memory, the caller gets a sentence to show, and the next save() retries.
/// Opened without its lock (a folder that cannot be written to), it is read-only: a save first
/// tries to take the lock, so it works again once the folder can be written.
class LearnerSession {
public:
    /// What happened to a change on disk.
    struct SaveStatus {
        bool saved = true;
        std::string message; ///< for the learner when not saved, else empty
        std::string detail;  ///< the technical reason, for the log
    };

    LearnerSession(core::Learner learner, LockFile lock, std::filesystem::path file,
                   core::FsrsScheduler scheduler = core::FsrsScheduler());
    LearnerSession(LearnerSession&&) noexcept = default;
    LearnerSession& operator=(LearnerSession&&) noexcept = default;
    ~LearnerSession() = default;

    const core::Learner& learner() const { return learner_; }
    const std::filesystem::path& file() const { return file_; }
    const core::FsrsScheduler& scheduler() const { return scheduler_; }

    /// A sentence for the learner about how the file was opened (recovered from the backup,
    /// migrated from an older version), or empty when there is nothing to say.
    const std::string& notice() const { return notice_; }
    /// Warnings about skipped elements when the file was read ("file:line: …").
    const core::Diagnostics& diagnostics() const { return diagnostics_; }

    /// Starts a study session (the app calls it when the learner is chosen).
    SaveStatus beginSession(std::int64_t now);
    /// Records an answer, reschedules its fact and saves at once.
    SaveStatus recordAnswer(const core::AnswerRecord& answer);
    SaveStatus markRead(const std::string& moduleId, const std::string& section, double fraction,
                        std::int64_t now);
    SaveStatus recordQuiz(const core::QuizResult& result);
    SaveStatus setSettings(const core::LearnerSettings& settings);

    std::vector<core::Learner::DueFact> dueFacts(std::int64_t now) const {
        return learner_.dueFacts(now);
    }
    std::vector<std::string> mistakes() const { return learner_.mistakes(); }
    core::LearnerStatistics statistics(const core::LearnerStatistics::FactIndex& index,
                                       std::int64_t now) const {
        return core::LearnerStatistics::compute(learner_, index, now, scheduler_);
    }

    /// Writes the learner now; also retries a save that failed before.
    SaveStatus save();
    /// True when the last save failed and changes wait in memory.
    bool unsaved() const { return unsaved_; }
    /// True when the learner was opened without its lock: nothing is written until it is taken.
    bool readOnly() const { return !lock_.held(); }
    /// The sentence of every failed save, so that the banner showing it can be found again.
    static std::string unsavedMessage();

private:
    core::Learner learner_;
    LockFile lock_;
    std::filesystem::path lockPath_; ///< set when opened without the lock, to take it later
    std::filesystem::path file_;
    core::FsrsScheduler scheduler_;
    std::string notice_;
    core::Diagnostics diagnostics_;
    bool unsaved_ = false;

    friend class ProgressStore;
};

} // namespace yaddas::io
