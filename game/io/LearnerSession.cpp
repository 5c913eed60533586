#include <io/LearnerSession.hpp>

#include <core/I18n.hpp>

#include <io/ProgressWriter.hpp>

#include <spdlog/spdlog.h>

namespace yaddas::io {

LearnerSession::LearnerSession(core::Learner learner, LockFile lock, std::filesystem::path file,
                               core::FsrsScheduler scheduler, ProgressJournal journal)
    : learner_(std::move(learner)), lock_(std::move(lock)), file_(std::move(file)),
      scheduler_(std::move(scheduler)), journal_(std::move(journal)) {}

LearnerSession::~LearnerSession() {
    if (const SaveStatus status = close(); !status.saved) {
        // The journal stays; it is replayed when the learner is opened again.
        spdlog::warn("the journal of {} could not be folded into it: {}", file_.string(),
                     status.detail);
    }
}

std::string LearnerSession::unsavedMessage() {
    // In the language of the moment: the banner that shows it is found by it again.
    return core::I18n::tr(
        "Your answers could not be saved just now (the disk may be full, or the folder cannot "
        "be written to). They are kept while Yaddaş stays open, and saving is tried again in a "
        "moment and when you leave.");
}

bool LearnerSession::takeLock(SaveStatus& status) {
    if (lock_.held()) {
        return true;
    }
    // Without the lock another copy of the app could be writing the same file.
    auto lock = LockFile::acquire(lockPath_);
    if (!lock) {
        unsaved_ = true;
        status = {false, unsavedMessage(), lock.error().message};
        return false;
    }
    lock_ = std::move(lock).value();
    return true;
}

LearnerSession::SaveStatus LearnerSession::save() {
    SaveStatus status;
    if (!takeLock(status)) {
        return status;
    }
    // The file is written as the next generation: a journal left of this one (if removing it
    // fails, or the process stops before) is then known to be in the file already.
    const std::uint64_t next = journal_.base() + 1;
    auto written = ProgressWriter::save(learner_, file_, next);
    if (written) {
        journal_.restart(next);
        unwrittenBegins_.clear();
        unsaved_ = false;
        return {};
    }
    // Nothing is lost: the learner stays in memory and every later save writes it whole.
    unsaved_ = true;
    return {false, unsavedMessage(), written.error().message};
}

LearnerSession::SaveStatus LearnerSession::close() {
    // A session moved from has an empty file name (and its journal no records).
    if (file_.empty() || (journal_.records() == 0 && !unsaved_)) {
        return {};
    }
    return save();
}

LearnerSession::SaveStatus LearnerSession::append(std::string record) {
    if (unsaved_ || readOnly()) {
        // What failed before is only in memory: write everything.
        return save();
    }
    record = unwrittenBegins_ + record;
    auto appended = journal_.append(record);
    if (!appended) {
        // Writing the whole file may still work (the journal was removed, or cannot be made);
        // if not, the change stays in memory and the next change or the retry writes it all.
        spdlog::warn("{}; writing the whole file instead", appended.error().message);
        return save();
    }
    unwrittenBegins_.clear();
    if (journal_.size() > journalLimit_) {
        // The change is safe in the journal already; a failed fold is tried again later.
        if (const SaveStatus folded = save(); !folded.saved) {
            spdlog::warn("the journal of {} could not be folded into it: {}", file_.string(),
                         folded.detail);
            unsaved_ = false;
        }
    }
    return {};
}

LearnerSession::SaveStatus LearnerSession::beginSession(std::int64_t now) {
    learner_.beginSession(now);
    unwrittenBegins_ += ProgressWriter::journalBegin(learner_.sessions().back().start);
    return {};
}

LearnerSession::SaveStatus LearnerSession::recordAnswer(const core::AnswerRecord& answer) {
    learner_.recordAnswer(answer, scheduler_);
    return append(ProgressWriter::journalRecord(learner_.answers().back()));
}

LearnerSession::SaveStatus LearnerSession::markRead(const std::string& moduleId,
                                                    const std::string& section, double fraction,
                                                    std::int64_t now) {
    learner_.markRead(moduleId, section, fraction, now);
    return append(ProgressWriter::journalRecord(*learner_.readingOf(moduleId)));
}

LearnerSession::SaveStatus LearnerSession::recordQuiz(const core::QuizResult& result) {
    learner_.recordQuiz(result);
    return append(ProgressWriter::journalRecord(learner_.quizzes().back()));
}

LearnerSession::SaveStatus LearnerSession::setSettings(const core::LearnerSettings& settings) {
    learner_.setSettings(settings);
    return append(ProgressWriter::journalRecord(learner_.settings()));
}

} // namespace yaddas::io
