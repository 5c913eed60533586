#pragma once

#include <core/Diagnostic.hpp>
#include <core/FsrsScheduler.hpp>
#include <core/Learner.hpp>

#include <cstddef>
#include <filesystem>
#include <string_view>

namespace yaddas::io {

/// Reads a learner's progress file (format in game/io/PROGRESS.md), migrating older schema
/// versions. Hostile input is expected: every attribute is validated, and a bad element is
/// skipped with a file:line warning rather than loaded.
class ProgressReader {
public:
    /// Schema version this build writes; it reads this and every older one.
    static constexpr int schemaVersion = 2;
    /// Files larger than this are refused unread (100,000 answers take about 12 MB).
    static constexpr std::uintmax_t maxFileSize = 256u * 1024u * 1024u;

    enum class Status {
        Ok,         ///< loaded (diagnostics may hold warnings about skipped elements)
        Missing,    ///< no such file
        Broken,     ///< unreadable, not XML, or not a learner file: it may be set aside
        TooNew,     ///< written by a newer version: it must be left alone
        Unreadable, ///< not allowed to open it (EACCES, EPERM): it must be left where it is
    };

    struct Result {
        Status status = Status::Broken;
        core::Learner learner;
        core::Diagnostics diagnostics;
        int fileVersion = 0; ///< the schema version found in the file (0 when unknown)
        bool migrated() const { return status == Status::Ok && fileVersion < schemaVersion; }
    };

    static Result read(const std::filesystem::path& path,
                       const core::FsrsScheduler& scheduler = core::FsrsScheduler());
    /// Parses text already in memory; `fileName` is used in messages.
    static Result parse(std::string_view text, const std::string& fileName,
                        const core::FsrsScheduler& scheduler = core::FsrsScheduler());
};

} // namespace yaddas::io
