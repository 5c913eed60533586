#pragma once

#include <app/Settings.hpp>

#include <core/Diagnostic.hpp> // before io/LearnerSession.hpp, which uses it
#include <core/Learner.hpp>
#include <core/LearnerSearch.hpp>
#include <core/LearnerStatistics.hpp>
#include <core/LearnerView.hpp>
#include <core/Library.hpp>
#include <core/Module.hpp>
#include <core/QuizSession.hpp>
#include <io/LearnerSession.hpp>
#include <io/ProgressStore.hpp>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace yaddas::app {

/// The learners of this computer and the one using the window now, over the progress store.
/// Every change is saved at once; a failed save returns a sentence for the learner (the change
/// stays in memory and the next save retries), never an exception.
class Learners : public core::QuizSession::Recorder {
public:
    /// Where the learner is in a module's reading.
    struct Reading {
        bool started = false;
        std::size_t section = 0; ///< index of the section last opened
        double fraction = 0.0;   ///< the furthest share read
        bool finished() const { return fraction >= 0.999; }
    };

    /// What the module map shows of one module beside the reading state.
    struct ModuleStats {
        std::optional<std::string> lastScore; ///< "7 of 10"
        std::optional<int> mastery;           ///< per cent of its facts mastered
        int due = 0;                          ///< facts due for review now
    };

    explicit Learners(std::filesystem::path dataDir,
                      io::ProgressStore::Clock clock = io::ProgressStore::systemClock());

    std::vector<std::string> names() const;
    /// Every learner with the time their progress file was last saved: opening a learner saves
    /// it, so this is when they last used the app. Older files need no new field for it.
    std::vector<core::LearnerSearch::Learner> withLastUse() const;
    /// Creates a learner and opens them; returns "" or why not.
    std::string create(const std::string& name);
    /// Opens a learner by name; returns "" or why not (for example, open in another window, or
    /// the learner open now has answers that cannot be saved yet).
    std::string select(const std::string& name);
    /// Saves what is not saved yet, then closes the learner; returns "" or, when the answers
    /// still cannot be saved, why the learner stays open (nothing is dropped).
    std::string close();
    const std::string& current() const { return currentName_; }
    bool hasCurrent() const { return session_.has_value(); }
    /// A sentence about how the progress file was opened (recovered from a backup), or "".
    std::string openingNotice() const;

    Settings settings() const;
    std::string saveSettings(const Settings& settings);

    Reading reading(const core::Module& module) const;
    std::string saveReading(const core::Module& module, std::size_t section, double fraction);

    /// Computed for every module of `library` when first asked after a change (or a minute
    /// later: facts fall due), then kept.
    ModuleStats moduleStats(const core::Module& module, const core::Library& library) const;
    /// "3 facts are due for review." or a sentence saying none are.
    std::string dueSummary(const core::Library& library) const;
    /// The teacher's assignments (files in <data>/assignments/) with their due dates, or a
    /// sentence saying there are none.
    std::string assignmentSummary() const;
    /// After assignmentSummary(): a sentence about assignment files that could not be read.
    const std::string& assignmentProblem() const { return assignmentProblem_; }

    /// What the quiz generator needs: due facts, last mistakes, how often each fact was asked.
    core::LearnerView view() const;
    std::string recordAnswer(core::AnswerRecord answer);
    std::string recordQuiz(core::QuizResult result);
    // core::QuizSession::Recorder: a quiz's answers go to the open learner's progress.
    std::string answer(const core::AnswerRecord& record) override { return recordAnswer(record); }
    std::string quiz(const core::QuizResult& result) override { return recordQuiz(result); }
    std::vector<std::string> mistakes() const;
    /// Computed when first asked after a change, then kept.
    const core::LearnerStatistics& statistics(const core::Library& library) const;
    const core::Learner* learner() const { return session_ ? &session_->learner() : nullptr; }
    /// The open learner's progress file, or an empty path.
    std::filesystem::path file() const {
        return session_ ? session_->file() : std::filesystem::path();
    }
    std::int64_t now() const { return clock_(); }

    /// True when the learner's last save failed and answers wait in memory.
    bool unsaved() const { return session_ && session_->unsaved(); }
    /// The technical reason of the last failed save, for the log and the quit dialog.
    const std::string& saveProblem() const { return saveProblem_; }
    /// Tries again to save answers that could not be saved; returns "" when they are saved now
    /// (or nothing waited), else the sentence for the learner.
    std::string retrySave();
    /// retrySave() when answers wait and the last try is `kRetrySeconds` old; else "".
    std::string retryIfDue();
    static constexpr std::int64_t kRetrySeconds = 30;
    /// Writes a copy of the learner's progress into the first of `folders` that takes it.
    core::Result<std::filesystem::path> saveCopy(const std::vector<std::filesystem::path>& folders);
    const std::filesystem::path& dataDir() const { return dataDir_; }

private:
    std::string report(const io::LearnerSession::SaveStatus& status);

    std::filesystem::path dataDir_;
    io::ProgressStore::Clock clock_;
    io::ProgressStore store_;
    std::optional<io::LearnerSession> session_;
    std::string currentName_;
    mutable std::optional<core::LearnerStatistics> stats_;
    mutable std::optional<std::unordered_map<std::string, ModuleStats>> moduleStats_;
    mutable std::int64_t moduleStatsAt_ = 0; ///< the clock when moduleStats_ was computed
    mutable std::string assignmentProblem_;
    std::string saveProblem_;
    std::int64_t lastSaveTry_ = 0;
};

} // namespace yaddas::app
