#pragma once

#include <core/Diagnostic.hpp>
#include <core/FsrsScheduler.hpp>
#include <core/Learner.hpp>
#include <core/LearnerStatistics.hpp>
#include <io/LockFile.hpp>
#include <io/ProgressJournal.hpp>

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace yaddas::io {

/// One open learner: the in-memory Learner, the lock that keeps other copies of the app out,
/// and saving after every change. Each change is appended to the learner's journal (one line,
/// fdatasync); the journal is folded into the progress file past `journalLimit` bytes and when
/// the session closes. A failed save (read-only or full disk) loses nothing: the learner stays
/// in memory, the caller gets a sentence to show, and the next save() retries, writing it all.
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

    /// Past this size (about 7,000 answers) the journal is folded into the file.
    static constexpr std::uintmax_t defaultJournalLimit = 1024 * 1024;

    /// `journal`: the journal beside `file`, as the reader found it.
    LearnerSession(core::Learner learner, LockFile lock, std::filesystem::path file,
                   core::FsrsScheduler scheduler = core::FsrsScheduler(),
                   ProgressJournal journal = ProgressJournal());
    LearnerSession(LearnerSession&&) noexcept = default;
    LearnerSession& operator=(LearnerSession&&) noexcept = default;
    /// Folds the journal into the file (close()).
    ~LearnerSession();

    const core::Learner& learner() const { return learner_; }
    const std::filesystem::path& file() const { return file_; }
    const core::FsrsScheduler& scheduler() const { return scheduler_; }

    /// A sentence for the learner about how the file was opened (recovered from the backup,
    /// migrated from an older version), or empty when there is nothing to say.
    const std::string& notice() const { return notice_; }
    /// Warnings about skipped elements when the file was read ("file:line: …").
    const core::Diagnostics& diagnostics() const { return diagnostics_; }

    /// Starts a study session (the app calls it when the learner is chosen). Nothing is
    /// written for it: opening a learner never writes; the session is recorded with the next
    /// change.
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

    /// Writes the whole learner now, folding the journal into the file; also retries a save
    /// that failed before.
    SaveStatus save();
    /// Folds the journal into the file when it holds anything (the end of a session).
    SaveStatus close();
    /// Folds the journal into the file once it is past `bytes` (tests make it small).
    void setJournalLimit(std::uintmax_t bytes) { journalLimit_ = bytes; }
    const ProgressJournal& journal() const { return journal_; }
    /// True when the last save failed and changes wait in memory.
    bool unsaved() const { return unsaved_; }
    /// True when the learner was opened without its lock: nothing is written until it is taken.
    bool readOnly() const { return !lock_.held(); }
    /// The sentence of every failed save, so that the banner showing it can be found again.
    static std::string unsavedMessage();

private:
    /// Appends a change's record (after the session's <begin>, when it is still unwritten).
    SaveStatus append(std::string record);
    bool takeLock(SaveStatus& status);

    core::Learner learner_;
    LockFile lock_;
    std::filesystem::path lockPath_; ///< set when opened without the lock, to take it later
    std::filesystem::path file_;
    core::FsrsScheduler scheduler_;
    std::string notice_;
    core::Diagnostics diagnostics_;
    ProgressJournal journal_;
    std::uintmax_t journalLimit_ = defaultJournalLimit;
    std::string unwrittenBegins_; ///< <begin> records of sessions not yet in the journal
    bool unsaved_ = false;

    friend class ProgressStore;
};

} // namespace yaddas::io
