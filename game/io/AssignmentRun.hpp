#pragma once

#include <core/Assignment.hpp>
#include <core/AssignmentResult.hpp>
#include <core/Grade.hpp>
#include <core/Question.hpp>
#include <core/QuizSession.hpp>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace yaddas::io {

/// One assignment taken by a learner: the assignment, the learner's results (read back from the
/// chosen folder, so attempts already made count), and the results file written after every
/// answer. An attempt left before its end stays open in the file and is resumed by the next
/// begin() while its time lasts.
class AssignmentRun : public core::QuizSession::Attempt {
public:
    /// An assignment file found in <data>/assignments/.
    struct Entry {
        std::filesystem::path file;
        core::Assignment assignment;
        std::string checksum;
    };

    /// Every readable assignment of <data>/assignments/, sorted by file name.
    static std::vector<Entry> list(const std::filesystem::path& dataDir);
    /// Reads `file` and copies it into <data>/assignments/ (so it stays on the module map).
    /// Returns "" or a sentence for the learner with the reader's file:line message.
    static std::string import(const std::filesystem::path& file,
                              const std::filesystem::path& dataDir);

    /// The folder last chosen for `what` ("results" or "assignments"), if it still exists.
    static std::optional<std::filesystem::path> lastFolder(const std::filesystem::path& dataDir,
                                                           const std::string& what);
    static void rememberFolder(const std::filesystem::path& dataDir, const std::string& what,
                               const std::filesystem::path& folder);
    /// Where results go: the last folder chosen, else <data>/results/.
    static std::filesystem::path defaultResultsFolder(const std::filesystem::path& dataDir);

    /// `learnerUid`: the profile's uid (core::LearnerUid); it names the results file, so two
    /// learners with the same name never write the same one. Empty: the name older versions
    /// used.
    AssignmentRun(Entry entry, std::string learnerId, std::string learnerName,
                  std::string learnerUid = {});

    /// The learner's id on the assignment's class list (picked before begin()); empty keeps the
    /// one her results file already has.
    void setRosterId(std::string rosterId) { rosterId_ = std::move(rosterId); }
    /// The class list id her results file in `folder` keeps (her pick at an earlier attempt),
    /// or empty.
    std::string rememberedRosterId(const std::filesystem::path& folder) const;

    /// Attempts the results file in `folder` already holds (0 when there is none yet).
    int attemptsUsed(const std::filesystem::path& folder) const;
    /// Reads what `folder` already holds for this learner and resumes the attempt left open
    /// there (while its time lasts), else opens a new one at `now`. Returns "" or a sentence
    /// saying why not (no attempt left, a damaged results file).
    std::string begin(const std::filesystem::path& folder, std::int64_t now);
    /// The ids of the questions the current attempt has answered (a resumed one's earlier
    /// answers).
    std::set<std::string> answeredIds() const;
    /// True when begin() went on with an attempt left open before.
    bool resumed() const { return resumed_; }
    /// True when the last attempt in the results file of `folder` was left open and its time
    /// lasts: begin() would resume it rather than use another attempt.
    bool canResume(const std::filesystem::path& folder, std::int64_t now) const;
    /// Keeps one answer and writes the results file; returns "" or why the file was not written
    /// (the answer stays in memory and the next save writes it too).
    std::string record(const core::Question& question, const std::string& given,
                       const core::Grade& grade, std::int64_t now);
    /// Ends the attempt at `now` and writes the results file; returns "" or why not.
    std::string finish(std::int64_t now);

    // core::QuizSession::Attempt
    std::string answer(const core::Question& question, const std::string& given,
                       const core::Grade& grade, std::int64_t now) override {
        return record(question, given, grade, now);
    }
    /// Leaves the attempt open in the results file (its answers written already).
    std::string pause(std::int64_t now) override;
    std::string end(std::int64_t now) override { return finish(now); }
    std::optional<std::int64_t> deadline() const override { return deadline_; }

    const core::Assignment& assignment() const { return entry_.assignment; }
    const core::AssignmentResult& result() const { return result_; }
    const std::filesystem::path& written() const { return written_; }
    const std::filesystem::path& folder() const { return folder_; }
    bool started() const { return started_; }
    bool finished() const { return finished_; }
    const std::string& learnerId() const { return learnerId_; }

private:
    /// What `folder` holds for this learner: her results file, or (for a learner with a uid) one
    /// an older version wrote under the old name, to be continued and then replaced.
    struct Found {
        std::filesystem::path file;
        std::optional<core::AssignmentResult> result;
        std::string problem; ///< a sentence for the learner: the file cannot be used
        bool legacy = false; ///< found under ResultsWriter::legacyFileName()
    };
    Found find(const std::filesystem::path& folder) const;
    std::string save();

    Entry entry_;
    std::string learnerId_;
    std::string learnerName_;
    std::string learnerUid_;
    std::string rosterId_;
    core::AssignmentResult result_;
    /// An old-name results file whose attempts this run carries: removed once the new file is
    /// written, so the report never counts them twice.
    std::filesystem::path legacy_;
    std::filesystem::path folder_;
    std::filesystem::path written_;
    std::optional<std::int64_t> deadline_;
    bool started_ = false;
    bool finished_ = false;
    bool resumed_ = false;
};

} // namespace yaddas::io
