#include <io/AssignmentRun.hpp>

#include <core/I18n.hpp>
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
using core::I18n;

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
        return I18n::format(
            I18n::tr("This assignment file could not be opened; show this to your teacher: {1}"),
            {firstError(read.diagnostics, file)});
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
        return I18n::format(
            I18n::tr("This assignment file changed while it was opened; try again ({1}: {2})."),
            {file.string(), copy.message()});
    }
    auto written = AtomicFile::write(target, copy.bytes);
    if (!written) {
        return I18n::format(I18n::tr("The assignment could not be kept in {1}: {2}"),
                            {folder.string(), written.error().message});
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

AssignmentRun::AssignmentRun(Entry entry, std::string learnerId, std::string learnerName,
                             std::string learnerUid)
    : entry_(std::move(entry)), learnerId_(std::move(learnerId)),
      learnerName_(std::move(learnerName)), learnerUid_(std::move(learnerUid)) {
    result_ =
        core::AssignmentResult::start(entry_.assignment, entry_.checksum, learnerId_, learnerName_);
    result_.learnerUid = learnerUid_;
}

AssignmentRun::Found AssignmentRun::find(const fs::path& folder) const {
    Found found;
    std::error_code ec;
    found.file = folder / ResultsWriter::fileName(result_);
    if (fs::is_symlink(found.file, ec)) {
        found.problem = "The results file " + found.file.string() +
                        " in this folder is a link to somewhere else, so it is neither followed "
                        "nor replaced; choose another folder or show this to your teacher.";
        return found;
    }
    if (fs::exists(found.file, ec)) {
        const auto read = ResultsReader::readFile(found.file);
        if (!read.result) {
            found.problem = "The results file already in this folder could not be read, so it is "
                            "left as it is; choose another folder or show this to your teacher: " +
                            firstError(read.diagnostics, found.file);
        } else if (read.result->learnerId != learnerId_ ||
                   read.result->assignmentId != entry_.assignment.id ||
                   read.result->learnerUid != learnerUid_) {
            // Never appended to: another learner's work (the same name, another computer) or a
            // file put there under this learner's name.
            found.problem = "The results file " + found.file.string() +
                            " belongs to someone else, so it is left as it is; choose another "
                            "folder or show this to your teacher.";
        } else {
            found.result = read.result;
        }
        return found;
    }
    if (learnerUid_.empty()) {
        return found;
    }
    // Written by an older version, before results files carried the uid: continued when it is
    // this learner's (same id, and no uid or hers). A file that cannot be read, or that has
    // another uid, is not hers to take over: it is left alone.
    const fs::path legacy = folder / ResultsWriter::legacyFileName(result_);
    if (fs::is_regular_file(fs::symlink_status(legacy, ec))) {
        const auto read = ResultsReader::readFile(legacy);
        if (read.result && read.result->learnerId == learnerId_ &&
            read.result->assignmentId == entry_.assignment.id &&
            (read.result->learnerUid.empty() || read.result->learnerUid == learnerUid_)) {
            found.result = read.result;
            found.legacy = true;
            found.file = legacy;
        }
    }
    return found;
}

std::string AssignmentRun::rememberedRosterId(const fs::path& folder) const {
    const Found found = find(folder);
    return found.result ? found.result->rosterId : std::string();
}

int AssignmentRun::attemptsUsed(const fs::path& folder) const {
    const Found found = find(folder);
    return found.result ? static_cast<int>(found.result->attempts.size()) : 0;
}

std::string AssignmentRun::begin(const fs::path& folder, std::int64_t now) {
    std::error_code ec;
    fs::create_directories(folder, ec);
    if (!fs::is_directory(folder, ec)) {
        return I18n::format(I18n::tr("The folder {1} cannot be used for results; choose another."),
                            {folder.string()});
    }
    const fs::path file = folder / ResultsWriter::fileName(result_);
    result_ =
        core::AssignmentResult::start(entry_.assignment, entry_.checksum, learnerId_, learnerName_);
    result_.learnerUid = learnerUid_;
    legacy_.clear();
    const Found found = find(folder);
    if (!found.problem.empty()) {
        return found.problem;
    }
    if (found.result) {
        // Earlier attempts are kept in the same file, so the teacher sees them all.
        result_.attempts = found.result->attempts;
        result_.rosterId = found.result->rosterId;
        if (found.legacy) {
            legacy_ = found.file;
        }
    }
    if (!rosterId_.empty()) {
        result_.rosterId = rosterId_;
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
        return I18n::format(
            I18n::trn("You have used the one attempt this assignment allows. Your results are in "
                      "{2}.",
                      "You have used all {1} attempts this assignment allows. Your results are in "
                      "{2}.",
                      allowed),
            {std::to_string(allowed), (!written_.empty() ? written_
                                       : found.result    ? found.file
                                                         : file)
                                          .string()});
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
    const Found found = find(folder);
    if (!found.result || found.result->attempts.empty() || !found.result->attempts.back().open) {
        return false;
    }
    const auto limit = entry_.assignment.deadline(found.result->attempts.back().start);
    return !limit || now < *limit;
}

std::string AssignmentRun::save() {
    auto saved = ResultsWriter::save(result_, folder_);
    if (!saved) {
        return I18n::format(I18n::tr("Your answers could not be written to {1} ({2}); they are "
                                     "kept and the next answer tries again."),
                            {folder_.string(), saved.error().message});
    }
    written_ = saved.value();
    if (!legacy_.empty()) {
        // Its attempts are in the new file now, written durably: the old one would count them
        // twice. A failure leaves it for the next save to remove.
        std::error_code ec;
        if (fs::remove(legacy_, ec) || !fs::exists(fs::symlink_status(legacy_, ec))) {
            legacy_.clear();
        }
    }
    return {};
}

} // namespace yaddas::io
