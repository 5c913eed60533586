#include <io/LearnerSession.hpp>

#include <core/I18n.hpp>

#include <io/ProgressWriter.hpp>

namespace yaddas::io {

LearnerSession::LearnerSession(core::Learner learner, LockFile lock, std::filesystem::path file,
                               core::FsrsScheduler scheduler)
    : learner_(std::move(learner)), lock_(std::move(lock)), file_(std::move(file)),
      scheduler_(std::move(scheduler)) {}

std::string LearnerSession::unsavedMessage() {
    // In the language of the moment: the banner that shows it is found by it again.
    return core::I18n::tr(
        "Your answers could not be saved just now (the disk may be full, or the folder cannot "
        "be written to). They are kept while Yaddaş stays open, and saving is tried again in a "
        "moment and when you leave.");
}

LearnerSession::SaveStatus LearnerSession::save() {
    if (!lock_.held()) {
        // Without the lock another copy of the app could be writing the same file.
        auto lock = LockFile::acquire(lockPath_);
        if (!lock) {
            unsaved_ = true;
            return {false, unsavedMessage(), lock.error().message};
        }
        lock_ = std::move(lock).value();
    }
    auto written = ProgressWriter::save(learner_, file_);
    if (written) {
        unsaved_ = false;
        return {};
    }
    // Nothing is lost: the learner stays in memory and every later save writes it whole.
    unsaved_ = true;
    return {false, unsavedMessage(), written.error().message};
}

LearnerSession::SaveStatus LearnerSession::beginSession(std::int64_t now) {
    learner_.beginSession(now);
    if (readOnly() && !unsaved_) {
        // Opened read-only: a session start alone is not worth a warning at quit; it is written
        // with the first change that can be saved.
        return {};
    }
    return save();
}

LearnerSession::SaveStatus LearnerSession::recordAnswer(const core::AnswerRecord& answer) {
    learner_.recordAnswer(answer, scheduler_);
    return save();
}

LearnerSession::SaveStatus LearnerSession::markRead(const std::string& moduleId,
                                                    const std::string& section, double fraction,
                                                    std::int64_t now) {
    learner_.markRead(moduleId, section, fraction, now);
    return save();
}

LearnerSession::SaveStatus LearnerSession::recordQuiz(const core::QuizResult& result) {
    learner_.recordQuiz(result);
    return save();
}

LearnerSession::SaveStatus LearnerSession::setSettings(const core::LearnerSettings& settings) {
    learner_.setSettings(settings);
    return save();
}

} // namespace yaddas::io
