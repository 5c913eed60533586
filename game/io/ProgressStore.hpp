#pragma once

#include <core/Diagnostic.hpp>
#include <core/FsrsScheduler.hpp>
#include <core/Result.hpp>
#include <io/LearnerSession.hpp>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace yaddas::io {

/// The learners of one computer: one progress file each in `<dataDir>/learners/`.
///
///     io::ProgressStore store(options.effectiveDataDir());
///     auto session = store.open(store.listLearners().front().id);
///     if (!session) show(session.error().message);
///     session.value().recordAnswer(answer);     // saved at once
class ProgressStore {
public:
    /// Seconds since the epoch; injected so that tests control time.
    using Clock = std::function<std::int64_t()>;
    /// 64 random bits for a new learner's uid; injected so that tests control them.
    using Random = std::function<std::uint64_t()>;

    /// A learner as listed on the "who is learning?" screen.
    struct Entry {
        std::string id;
        std::string displayName;
        std::filesystem::path file;
    };

    explicit ProgressStore(std::filesystem::path dataDir, Clock clock = systemClock(),
                           Random random = systemRandom());

    /// Every learner with a readable profile, by display name. Damaged files are listed by id.
    std::vector<Entry> listLearners() const;
    /// The same, adding to `skipped` a warning for each `*.xml` that is not a regular file
    /// (a FIFO, a socket, a device, a folder): those are left out, never opened.
    std::vector<Entry> listLearners(core::Diagnostics& skipped) const;
    /// The learner whose display name (case-insensitive) or id is `nameOrId`, if any.
    std::optional<Entry> find(const std::string& nameOrId) const;
    /// Creates a learner with a new id derived from the name and a new random uid, saves it and
    /// opens it.
    core::Result<LearnerSession> create(const std::string& displayName);
    /// Opens a learner: takes the lock, reads the file, recovers from the backup when the file
    /// is damaged (setting it aside as `name.xml.broken-YYYYMMDDTHHMMSS`) and refuses a file
    /// from a newer version, or one it is not allowed to read, without touching it. When the
    /// lock cannot be created (a read-only folder) the learner opens read-only, with a notice.
    core::Result<LearnerSession> open(const std::string& learnerId);

    /// Sessions opened from now on fold their journal into the file past `bytes`.
    void setJournalLimit(std::uintmax_t bytes) { journalLimit_ = bytes; }

    std::filesystem::path learnersDir() const { return dataDir_ / "learners"; }
    std::filesystem::path fileOf(const std::string& learnerId) const;
    std::filesystem::path lockOf(const std::string& learnerId) const;

    /// Is this a valid learner id ([a-z0-9-], 1 to 64 characters)?
    static bool validId(const std::string& id);
    /// A readable id from a display name: "Aysel Məmmədova" → "aysel-memmedova".
    static std::string slugOf(const std::string& displayName);
    static Clock systemClock();
    /// std::random_device: two learners with the same name on two computers get different uids.
    static Random systemRandom();
    /// "20261125T150000" for a time (UTC).
    static std::string stamp(std::int64_t time);

private:
    std::filesystem::path dataDir_;
    Clock clock_;
    Random random_;
    core::FsrsScheduler scheduler_;
    std::uintmax_t journalLimit_ = LearnerSession::defaultJournalLimit;
};

} // namespace yaddas::io
