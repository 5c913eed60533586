#include <io/AssignmentRun.hpp>

#include <io/AssignmentReader.hpp>
#include <io/AtomicFile.hpp>
#include <io/RegularFile.hpp>
#include <io/ResultsReader.hpp>
#include <io/ResultsWriter.hpp>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <sstream>
#include <system_error>

namespace yaddas::io {
namespace fs = std::filesystem;

namespace {

std::string firstError(const core::Diagnostics& diagnostics, const fs::path& file) {
    for (const auto& d : diagnostics) {
        if (d.severity == core::Diagnostic::Severity::Error) {
            return d.format();
        }
    }
    return file.string() + ": could not be read";
}

fs::path folderFile(const fs::path& dataDir, const std::string& what) {
    return dataDir / ("last-" + what + "-folder.txt");
}

} // namespace

std::vector<AssignmentRun::Entry> AssignmentRun::list(const fs::path& dataDir) {
    std::vector<fs::path> files;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dataDir / "assignments", ec)) {
        if (entry.path().extension() != ".xml") {
            continue;
        }
        if (auto skipped = RegularFile::skipped(entry.path())) {
            spdlog::warn("{}", skipped->format());
            continue;
        }
        files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    std::vector<Entry> out;
    for (const fs::path& file : files) {
        auto read = AssignmentReader::readFile(file);
        if (read.assignment) {
            out.push_back({file, std::move(*read.assignment), read.checksum});
        }
    }
    return out;
}

std::string AssignmentRun::import(const fs::path& file, const fs::path& dataDir) {
    const auto read = AssignmentReader::readFile(file);
    if (!read.assignment) {
        return "This assignment file could not be opened; show this to your teacher: " +
               firstError(read.diagnostics, file);
    }
    const fs::path folder = dataDir / "assignments";
    fs::path name = file.filename();
    if (name.extension() != ".xml") {
        name += ".xml"; // the module map lists *.xml files only
    }
    const fs::path target = folder / name;
    std::error_code ec;
    if (fs::exists(target, ec) && fs::equivalent(file, target, ec)) {
        return {};
    }
    fs::create_directories(folder, ec);
    // Read again for the copy: the reader checked these bytes' size limit already.
    const auto copy = RegularFile::read(file, AssignmentReader::maxBytes);
    if (!copy.ok()) {
        return "This assignment file changed while it was opened; try again (" + file.string() +
               ": " + copy.message() + ").";
    }
    auto written = AtomicFile::write(target, copy.bytes);
    if (!written) {
        return "The assignment could not be kept in " + folder.string() + ": " +
               written.error().message;
    }
    return {};
}

std::optional<fs::path> AssignmentRun::lastFolder(const fs::path& dataDir,
                                                  const std::string& what) {
    const auto remembered = RegularFile::read(folderFile(dataDir, what), 8192);
    std::istringstream in(remembered.bytes);
    std::string line;
    if (!std::getline(in, line) || line.empty() || line.size() > 4096) {
        return std::nullopt;
    }
    std::error_code ec;
    if (!fs::is_directory(line, ec)) {
        return std::nullopt;
    }
    return fs::path(line);
}

void AssignmentRun::rememberFolder(const fs::path& dataDir, const std::string& what,
                                   const fs::path& folder) {
    // Only a convenience: a failure leaves the default folder next time.
    (void)AtomicFile::write(folderFile(dataDir, what), folder.string() + "\n");
}

fs::path AssignmentRun::defaultResultsFolder(const fs::path& dataDir) {
    if (auto last = lastFolder(dataDir, "results")) {
        return *last;
    }
    return dataDir / "results";
}

AssignmentRun::AssignmentRun(Entry entry, std::string learnerId, std::string learnerName)
    : entry_(std::move(entry)), learnerId_(std::move(learnerId)),
      learnerName_(std::move(learnerName)) {
    result_ =
        core::AssignmentResult::start(entry_.assignment, entry_.checksum, learnerId_, learnerName_);
}

int AssignmentRun::attemptsUsed(const fs::path& folder) const {
    const fs::path file = folder / ResultsWriter::fileName(result_);
    std::error_code ec;
    if (!fs::exists(file, ec)) {
        return 0;
    }
    const auto read = ResultsReader::readFile(file);
    if (!read.result || read.result->learnerId != learnerId_) {
        return 0;
    }
    return static_cast<int>(read.result->attempts.size());
}

std::string AssignmentRun::begin(const fs::path& folder, std::int64_t now) {
    std::error_code ec;
    fs::create_directories(folder, ec);
    if (!fs::is_directory(folder, ec)) {
        return "The folder " + folder.string() + " cannot be used for results; choose another.";
    }
    const fs::path file = folder / ResultsWriter::fileName(result_);
    result_ =
        core::AssignmentResult::start(entry_.assignment, entry_.checksum, learnerId_, learnerName_);
    if (fs::exists(file, ec)) {
        // Earlier attempts are kept in the same file, so the teacher sees them all.
        const auto read = ResultsReader::readFile(file);
        if (!read.result) {
            return "The results file already in this folder could not be read, so it is left as "
                   "it is; choose another folder or show this to your teacher: " +
                   firstError(read.diagnostics, file);
        }
        if (read.result->learnerId != learnerId_ ||
            read.result->assignmentId != entry_.assignment.id) {
            return "The results file " + file.string() +
                   " belongs to someone else; choose another folder.";
        }
        result_.attempts = read.result->attempts;
    }
    resumed_ = false;
    if (!result_.attempts.empty() && result_.attempts.back().open) {
        // An attempt left before its end: resumed while its time lasts, else closed where its
        // time ran out (its unanswered questions count as wrong).
        core::AssignmentResult::Attempt& open = result_.attempts.back();
        const auto limit = entry_.assignment.deadline(open.start);
        if (!limit || now < *limit) {
            folder_ = folder;
            deadline_ = limit;
            started_ = true;
            finished_ = false;
            resumed_ = true;
            return save();
        }
        open.end = std::max(open.end, std::min(now, *limit));
        open.open = false;
        folder_ = folder;
        (void)save(); // the file says so even when no attempt is left to begin
    }
    if (!result_.beginAttempt(now, entry_.assignment.attempts)) {
        const int allowed = entry_.assignment.attempts;
        return "You have used " +
               (allowed == 1 ? std::string("the one attempt")
                             : "all " + std::to_string(allowed) + " attempts") +
               " this assignment allows. Your results are in " + file.string() + ".";
    }
    folder_ = folder;
    deadline_ = entry_.assignment.deadline(now);
    started_ = true;
    finished_ = false;
    return save();
}

std::string AssignmentRun::record(const core::Question& question, const std::string& given,
                                  const core::Grade& grade, std::int64_t now) {
    if (!started_ || finished_) {
        return {};
    }
    result_.record(question, given, grade, now);
    return save();
}

std::string AssignmentRun::finish(std::int64_t now) {
    if (!started_ || finished_) {
        return {};
    }
    if (!result_.attempts.empty()) {
        result_.attempts.back().end = now;
        result_.attempts.back().open = false;
    }
    finished_ = true;
    return save();
}

std::string AssignmentRun::pause(std::int64_t now) {
    (void)now; // the attempt stays open: no end time until it is handed in or its time is up
    if (!started_ || finished_) {
        return {};
    }
    return save();
}

std::set<std::string> AssignmentRun::answeredIds() const {
    std::set<std::string> out;
    if (started_ && !result_.attempts.empty()) {
        for (const auto& a : result_.attempts.back().answers) {
            out.insert(a.questionId);
        }
    }
    return out;
}

bool AssignmentRun::canResume(const fs::path& folder, std::int64_t now) const {
    const fs::path file = folder / ResultsWriter::fileName(result_);
    std::error_code ec;
    if (!fs::exists(file, ec)) {
        return false;
    }
    const auto read = ResultsReader::readFile(file);
    if (!read.result || read.result->learnerId != learnerId_ || read.result->attempts.empty() ||
        !read.result->attempts.back().open) {
        return false;
    }
    const auto limit = entry_.assignment.deadline(read.result->attempts.back().start);
    return !limit || now < *limit;
}

std::string AssignmentRun::save() {
    auto saved = ResultsWriter::save(result_, folder_);
    if (!saved) {
        return "Your answers could not be written to " + folder_.string() + " (" +
               saved.error().message + "); they are kept and the next answer tries again.";
    }
    written_ = saved.value();
    return {};
}

} // namespace yaddas::io
