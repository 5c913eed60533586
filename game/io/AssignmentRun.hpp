#pragma once

#include <core/Assignment.hpp>
#include <core/AssignmentResult.hpp>
#include <core/Grade.hpp>
#include <core/Question.hpp>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace yaddas::io {

/// One assignment taken in the window: the assignment, the learner's results (read back from
/// the chosen folder, so attempts already made count), and the results file written after
/// every answer.
class AssignmentRun {
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

    AssignmentRun(Entry entry, std::string learnerId, std::string learnerName);

    /// Attempts the results file in `folder` already holds (0 when there is none yet).
    int attemptsUsed(const std::filesystem::path& folder) const;
    /// Reads what `folder` already holds for this learner and opens a new attempt at `now`.
    /// Returns "" or a sentence saying why not (no attempt left, a damaged results file).
    std::string begin(const std::filesystem::path& folder, std::int64_t now);
    /// Keeps one answer and writes the results file; returns "" or why the file was not written
    /// (the answer stays in memory and the next save writes it too).
    std::string record(const core::Question& question, const std::string& given,
                       const core::Grade& grade, std::int64_t now);
    /// Ends the attempt at `now` and writes the results file; returns "" or why not.
    std::string finish(std::int64_t now);

    const core::Assignment& assignment() const { return entry_.assignment; }
    const core::AssignmentResult& result() const { return result_; }
    const std::filesystem::path& written() const { return written_; }
    const std::filesystem::path& folder() const { return folder_; }
    bool started() const { return started_; }
    bool finished() const { return finished_; }
    /// Seconds since the epoch when the attempt must end, if there is a time limit.
    std::optional<std::int64_t> deadline() const { return deadline_; }
    const std::string& learnerId() const { return learnerId_; }

private:
    std::string save();

    Entry entry_;
    std::string learnerId_;
    std::string learnerName_;
    core::AssignmentResult result_;
    std::filesystem::path folder_;
    std::filesystem::path written_;
    std::optional<std::int64_t> deadline_;
    bool started_ = false;
    bool finished_ = false;
};

} // namespace yaddas::io
