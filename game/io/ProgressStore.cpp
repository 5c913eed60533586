#include <io/ProgressStore.hpp>

#include <core/I18n.hpp>
#include <core/LearnerUid.hpp>
#include <core/Slug.hpp>

#include <io/AtomicFile.hpp>
#include <io/ProgressReader.hpp>
#include <io/ProgressWriter.hpp>
#include <io/RegularFile.hpp>

#include <spdlog/spdlog.h>
#include <tinyxml2.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <random>
#include <string_view>
#include <system_error>
#include <unistd.h>

namespace yaddas::io {
namespace {

// Case folding for comparing names: ASCII and the capitals of the Azerbaijani alphabet.
std::string lowerAscii(std::string text) {
    static const std::array<std::pair<std::string_view, std::string_view>, 7> capitals{{
        {"Ə", "ə"},
        {"Ü", "ü"},
        {"Ö", "ö"},
        {"Ğ", "ğ"},
        {"Ç", "ç"},
        {"Ş", "ş"},
        {"İ", "i"},
    }};
    std::string folded;
    folded.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const char c = text[i];
        if (c >= 'A' && c <= 'Z') {
            folded += static_cast<char>(c - 'A' + 'a');
            ++i;
            continue;
        }
        bool replaced = false;
        for (const auto& [upper, lower] : capitals) {
            if (text.compare(i, upper.size(), upper) == 0) {
                folded += lower;
                i += upper.size();
                replaced = true;
                break;
            }
        }
        if (!replaced) {
            folded += c;
            ++i;
        }
    }
    return folded;
}

std::string trim(const std::string& text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) {
        return {};
    }
    const auto last = text.find_last_not_of(" \t\r\n");
    return text.substr(first, last - first + 1);
}

// The display name from the start of a progress file, without reading its (long) answers.
std::string nameFromHead(const std::filesystem::path& file) {
    // Never an ifstream here: on a FIFO it would wait for a writer, and hang the learner list.
    const std::string head = RegularFile::readHead(file, 4096).bytes;
    const auto start = head.find("<learner");
    if (start == std::string::npos) {
        return {};
    }
    const auto end = head.find('>', start);
    if (end == std::string::npos) {
        return {};
    }
    std::string tag = head.substr(start, end - start);
    if (!tag.empty() && tag.back() == '/') {
        tag.pop_back();
    }
    tag += "/>";
    tinyxml2::XMLDocument document;
    if (document.Parse(tag.c_str(), tag.size()) != tinyxml2::XML_SUCCESS ||
        document.RootElement() == nullptr) {
        return {};
    }
    const char* name = document.RootElement()->Attribute("name");
    return name != nullptr ? name : "";
}

// Moves a damaged file to `file.broken-STAMP` without replacing anything already there (a link
// planted under that name included): the next free `-2`, `-3`, … is taken instead.
core::Result<std::filesystem::path> setAsideName(const std::filesystem::path& file,
                                                 const std::string& stamp) {
    int error = EEXIST;
    for (int n = 1; n <= 100 && error == EEXIST; ++n) {
        const std::filesystem::path aside(file.string() + ".broken-" + stamp +
                                          (n == 1 ? std::string() : "-" + std::to_string(n)));
        error = AtomicFile::renameNoReplace(file, aside);
        if (error == 0) {
            return aside;
        }
    }
    return core::Error{std::strerror(error)};
}

std::string firstMessage(const core::Diagnostics& diagnostics) {
    for (const auto& d : diagnostics) {
        if (d.severity == core::Diagnostic::Severity::Error) {
            return d.format();
        }
    }
    return "unknown problem";
}

core::Error unreadable(const std::filesystem::path& file) {
    // Not damaged: the computer refuses to let us open it. Moving it aside would not help.
    return core::Error{core::I18n::format(
        core::I18n::tr("Your progress file {1} cannot be read: this computer does not allow "
                       "Yaddaş to open it. It was left where it is. Ask the person who looks "
                       "after this computer to check who may read the file."),
        {file.string()})};
}

/// What the reader skipped would be gone from the next save, and a save later from the backup
/// too: when the loaded file (the one the warnings name) had skipped entries, a verbatim copy
/// is kept as `NAME.xml.skipped-STAMP`. Returns the sentence for the learner, or empty.
std::string keepSkipped(const std::filesystem::path& file, const core::Diagnostics& diagnostics,
                        const std::string& stamp) {
    const auto isWarning = [](const core::Diagnostic& d) {
        return d.severity == core::Diagnostic::Severity::Warning;
    };
    const auto first = std::find_if(diagnostics.begin(), diagnostics.end(), isWarning);
    if (first == diagnostics.end()) {
        return {};
    }
    const auto skipped = std::count_if(first, diagnostics.end(), isWarning);
    const std::filesystem::path source = first->file;
    // Skipped records of the journal are kept as the journal was, under its own name.
    const bool journal = source == ProgressReader::journalOf(file);
    const std::filesystem::path kept((journal ? source : file).string() + ".skipped-" + stamp);
    // Through AtomicFile: a link planted under the copy's name is never written through.
    auto copied = AtomicFile::copy(source, kept);
    const std::string what = std::to_string(skipped) +
                             (skipped == 1 ? " entry in " : " entries in ") +
                             source.filename().string() +
                             (skipped == 1 ? " could not be read and was left out"
                                           : " could not be read and were left out");
    if (!copied) {
        return "Warning: " + what + "; the file could not be copied aside (" +
               copied.error().message + "), so they will be missing after the next save.";
    }
    return what + "; the file was kept as it was, as " + kept.filename().string() + ".";
}

} // namespace

ProgressStore::ProgressStore(std::filesystem::path dataDir, Clock clock, Random random)
    : dataDir_(std::move(dataDir)), clock_(std::move(clock)), random_(std::move(random)) {}

ProgressStore::Random ProgressStore::systemRandom() {
    return [] {
        std::random_device device;
        const auto high = static_cast<std::uint64_t>(device());
        const auto low = static_cast<std::uint64_t>(device());
        return (high << 32) ^ low;
    };
}

ProgressStore::Clock ProgressStore::systemClock() {
    return [] {
        return static_cast<std::int64_t>(std::chrono::duration_cast<std::chrono::seconds>(
                                             std::chrono::system_clock::now().time_since_epoch())
                                             .count());
    };
}

std::string ProgressStore::stamp(std::int64_t time) {
    const std::time_t t = static_cast<std::time_t>(time);
    std::tm parts{};
    gmtime_r(&t, &parts);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y%m%dT%H%M%S", &parts);
    return buffer;
}

bool ProgressStore::validId(const std::string& id) {
    if (id.empty() || id.size() > 64) {
        return false;
    }
    return std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    });
}

std::string ProgressStore::slugOf(const std::string& displayName) {
    return core::Slug::of(displayName, 48, "learner");
}

std::filesystem::path ProgressStore::fileOf(const std::string& learnerId) const {
    return learnersDir() / (learnerId + ".xml");
}

std::filesystem::path ProgressStore::lockOf(const std::string& learnerId) const {
    return learnersDir() / (learnerId + ".lock");
}

std::vector<ProgressStore::Entry> ProgressStore::listLearners() const {
    core::Diagnostics skipped;
    return listLearners(skipped);
}

std::vector<ProgressStore::Entry> ProgressStore::listLearners(core::Diagnostics& skipped) const {
    std::vector<Entry> entries;
    std::error_code ec;
    for (const auto& item : std::filesystem::directory_iterator(learnersDir(), ec)) {
        const auto& path = item.path();
        if (path.extension() != ".xml" || !validId(path.stem().string())) {
            continue;
        }
        if (auto notFile = RegularFile::skipped(path)) {
            skipped.push_back(std::move(*notFile));
            continue;
        }
        Entry entry{path.stem().string(), nameFromHead(path), path};
        if (entry.displayName.empty()) {
            entry.displayName = entry.id;
        }
        entries.push_back(std::move(entry));
    }
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        return lowerAscii(a.displayName) < lowerAscii(b.displayName);
    });
    return entries;
}

std::optional<ProgressStore::Entry> ProgressStore::find(const std::string& nameOrId) const {
    const std::string wanted = lowerAscii(trim(nameOrId));
    const auto entries = listLearners();
    for (const auto& entry : entries) {
        if (lowerAscii(entry.displayName) == wanted) {
            return entry;
        }
    }
    for (const auto& entry : entries) {
        if (entry.id == wanted) {
            return entry;
        }
    }
    return std::nullopt;
}

core::Result<LearnerSession> ProgressStore::create(const std::string& displayName) {
    const std::string name = trim(displayName);
    if (name.empty()) {
        return core::Error{core::I18n::tr("Please type a name.")};
    }
    if (name.size() > 100) {
        return core::Error{
            core::I18n::tr("Please choose a shorter name (at most 100 characters).")};
    }
    for (const auto& entry : listLearners()) {
        if (lowerAscii(entry.displayName) == lowerAscii(name)) {
            return core::Error{core::I18n::format(
                core::I18n::tr("There is already a learner called {1}; please choose another "
                               "name."),
                {entry.displayName})};
        }
    }
    std::error_code ec;
    std::filesystem::create_directories(learnersDir(), ec);
    if (ec) {
        return core::Error{core::I18n::format(core::I18n::tr("Cannot create the folder {1}: {2}"),
                                              {learnersDir().string(), ec.message()})};
    }
    const std::string base = slugOf(name);
    std::string id = base;
    for (int n = 2; std::filesystem::exists(fileOf(id), ec) ||
                    std::filesystem::exists(AtomicFile::backupOf(fileOf(id)), ec);
         ++n) {
        id = base + "-" + std::to_string(n);
    }
    auto lock = LockFile::acquire(lockOf(id));
    if (!lock) {
        return lock.error();
    }
    const std::int64_t created = clock_();
    core::Learner learner(
        core::LearnerProfile{id, name, created, core::LearnerUid::fromBits(random_())});
    LearnerSession session(
        std::move(learner), std::move(lock).value(), fileOf(id), scheduler_,
        ProgressJournal(ProgressReader::journalOf(fileOf(id)), id, 0, false, 0, 0));
    session.journalLimit_ = journalLimit_;
    auto status = session.save();
    if (!status.saved) {
        return core::Error{
            core::I18n::format(core::I18n::tr("Cannot create the learner: {1}"), {status.detail})};
    }
    return session;
}

core::Result<LearnerSession> ProgressStore::open(const std::string& learnerId) {
    if (!validId(learnerId)) {
        return core::Error{
            core::I18n::format(core::I18n::tr("There is no learner \"{1}\"."), {learnerId})};
    }
    const std::filesystem::path file = fileOf(learnerId);
    const std::filesystem::path backup = AtomicFile::backupOf(file);
    std::error_code ec;
    if (!std::filesystem::exists(file, ec) && !std::filesystem::exists(backup, ec)) {
        return core::Error{
            core::I18n::format(core::I18n::tr("There is no learner \"{1}\"."), {learnerId})};
    }
    bool busy = false;
    auto lock = LockFile::acquire(lockOf(learnerId), &busy);
    // A folder that cannot be written to (a read-only disk, a shared folder) still shows the
    // learner's progress; nothing is written there until the lock can be taken. Any other
    // failure (another copy holds the lock, a planted link under its name) is refused.
    const bool readOnly = !lock && !busy && ::access(learnersDir().c_str(), W_OK) != 0;
    if (!lock && !readOnly) {
        return lock.error();
    }

    if (!readOnly) {
        // With the lock held no one else writes this learner: temporary files are left from a
        // copy of the app that was killed while saving.
        const std::string temporary = AtomicFile::temporaryPrefix(file);
        const std::string journalTemporary =
            AtomicFile::temporaryPrefix(ProgressReader::journalOf(file));
        for (const auto& item : std::filesystem::directory_iterator(learnersDir(), ec)) {
            const std::string name = item.path().filename().string();
            if (name.rfind(temporary, 0) == 0 || name.rfind(journalTemporary, 0) == 0) {
                std::filesystem::remove(item.path(), ec);
            }
        }
    }

    ProgressReader::Result read = ProgressReader::read(file, scheduler_);
    std::string notice;
    bool saveNow = false;
    switch (read.status) {
    case ProgressReader::Status::Ok:
        if (read.migrated()) {
            // Keep the old file as it was, then write the current format.
            const std::filesystem::path old(file.string() + ".v" +
                                            std::to_string(read.fileVersion));
            // A fresh copy renamed into place: a link planted under the name is refused, and
            // nothing is written through it.
            auto kept = AtomicFile::copy(file, old);
            notice = kept ? core::I18n::format(
                                core::I18n::tr("Your progress came from an older version of "
                                               "Yaddaş and was converted; the old file was kept "
                                               "as {1}."),
                                {old.filename().string()})
                          : core::I18n::format(
                                core::I18n::tr("Your progress came from an older version of "
                                               "Yaddaş and was converted; the old file could not "
                                               "be kept ({1}), its backup copy is {2}."),
                                {kept.error().message, backup.filename().string()});
            saveNow = true;
        }
        break;
    case ProgressReader::Status::TooNew:
        return core::Error{firstMessage(read.diagnostics)};
    case ProgressReader::Status::Unreadable:
        return unreadable(file);
    case ProgressReader::Status::Missing:
    case ProgressReader::Status::Broken: {
        std::string setAside;
        if (read.status == ProgressReader::Status::Broken && readOnly) {
            return core::Error{
                core::I18n::tr("Your progress file is damaged, and its folder cannot "
                               "be written to, so it cannot be repaired now; it "
                               "was left unchanged.")};
        }
        if (read.status == ProgressReader::Status::Broken) {
            // Never overwrite a file we cannot read: it is moved aside for a person to look at.
            auto aside = setAsideName(file, stamp(clock_()));
            if (!aside) {
                return core::Error{core::I18n::format(
                    core::I18n::tr("Your progress file is damaged and could not be set aside "
                                   "({1}); it was left unchanged."),
                    {aside.error().message})};
            }
            setAside = aside.value().filename().string();
        }
        const core::Diagnostics problems = read.diagnostics;
        read = ProgressReader::read(backup, scheduler_);
        if (read.status == ProgressReader::Status::Ok) {
            // The backup and the journal folded last make the damaged file again; the current
            // journal continues that.
            const auto journal = ProgressReader::journalOf(file);
            ProgressReader::applyJournal(read, ProgressJournal::previousOf(journal), scheduler_);
            if (read.journal.applied) {
                ++read.journalBase;
            }
            ProgressReader::applyJournal(read, journal, scheduler_);
        }
        if (read.status == ProgressReader::Status::TooNew) {
            return core::Error{firstMessage(read.diagnostics)};
        }
        if (read.status == ProgressReader::Status::Unreadable) {
            return unreadable(backup);
        }
        if (read.status == ProgressReader::Status::Ok) {
            notice = setAside.empty()
                         ? std::string(core::I18n::tr("Your progress file was missing, so the "
                                                      "last backup copy was loaded."))
                         : core::I18n::format(
                               core::I18n::tr("Your progress file was damaged, so it was set "
                                              "aside as {1} and the previous copy was loaded; "
                                              "your last answer may be missing."),
                               {setAside});
        } else {
            if (setAside.empty()) {
                return core::Error{core::I18n::format(
                    core::I18n::tr("There is no learner \"{1}\"."), {learnerId})};
            }
            read.status = ProgressReader::Status::Ok;
            const std::int64_t created = clock_();
            read.learner = core::Learner(core::LearnerProfile{
                learnerId, learnerId, created, core::LearnerUid::derived(learnerId, created)});
            notice = core::I18n::format(
                core::I18n::tr("Your progress file was damaged and no backup could be read, so "
                               "it was set aside as {1} and your progress starts afresh."),
                {setAside});
        }
        read.diagnostics.insert(read.diagnostics.begin(), problems.begin(), problems.end());
        saveNow = true;
        break;
    }
    }

    // A read-only folder takes no copy; its file stays as it is until it can be written again.
    if (std::string kept =
            readOnly ? std::string() : keepSkipped(file, read.diagnostics, stamp(clock_()));
        !kept.empty()) {
        notice += (notice.empty() ? "" : " ") + kept;
    }

    if (read.journal.found) {
        spdlog::info("{}: {} record(s) replayed{}{}", ProgressReader::journalOf(file).string(),
                     read.journal.records,
                     read.journal.torn ? ", a last record cut short was dropped" : "",
                     read.journal.ignored.empty() ? "" : "; not replayed: " + read.journal.ignored);
    }
    ProgressJournal journal(ProgressReader::journalOf(file), learnerId, read.journalBase,
                            read.journal.applied, read.journal.goodSize, read.journal.records);
    LearnerSession session(std::move(read.learner), readOnly ? LockFile() : std::move(lock).value(),
                           file, scheduler_, std::move(journal));
    session.journalLimit_ = journalLimit_;
    if (readOnly) {
        session.lockPath_ = lockOf(learnerId);
        const std::string readOnlyNotice =
            "Yaddaş cannot write to the folder where your progress is kept (" +
            learnersDir().string() +
            "), so your progress was opened read-only: you can go on learning, but your answers "
            "are not saved until that folder can be written to again.";
        notice = notice.empty() ? readOnlyNotice : readOnlyNotice + " " + notice;
    }
    session.notice_ = std::move(notice);
    session.diagnostics_ = std::move(read.diagnostics);
    if (saveNow && !readOnly) {
        session.save(); // a failure is retried at the next change, as for any save
    }
    return session;
}

} // namespace yaddas::io
