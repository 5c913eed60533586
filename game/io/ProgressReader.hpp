#pragma once

#include <core/Diagnostic.hpp>
#include <core/FsrsScheduler.hpp>
#include <core/Learner.hpp>

#include <cstddef>
#include <filesystem>
#include <string>
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

    /// What was found in the journal beside the file (game/io/PROGRESS.md, "The journal").
    struct Journal {
        bool found = false;          ///< a journal file was there
        bool applied = false;        ///< it continued this file, and its records were replayed
        std::size_t records = 0;     ///< records replayed
        bool torn = false;           ///< its last record was cut short (a crash), and dropped
        std::uintmax_t goodSize = 0; ///< bytes up to the end of its last whole line
        std::string ignored;         ///< why it was not replayed (it was folded already, …)
    };

    struct Result {
        Status status = Status::Broken;
        core::Learner learner;
        core::Diagnostics diagnostics;
        int fileVersion = 0; ///< the schema version found in the file (0 when unknown)
        /// The generation of the journal that continues the file (`journal` on <learner>).
        std::uint64_t journalBase = 0;
        Journal journal;
        bool migrated() const { return status == Status::Ok && fileVersion < schemaVersion; }
    };

    /// Reads the file, then replays its journal (journalOf(path)) when it continues it.
    static Result read(const std::filesystem::path& path,
                       const core::FsrsScheduler& scheduler = core::FsrsScheduler());
    /// Parses text already in memory; `fileName` is used in messages.
    static Result parse(std::string_view text, const std::string& fileName,
                        const core::FsrsScheduler& scheduler = core::FsrsScheduler());

    /// The journal of a progress file: `name.xml.journal`.
    static std::filesystem::path journalOf(const std::filesystem::path& file);
    /// Replays the journal `journal` onto a file read as `result` (status Ok) when the journal
    /// continues it: the same learner and the generation the file names. Bad records are
    /// skipped with a file:line warning; a torn last record is dropped.
    static void applyJournal(Result& result, const std::filesystem::path& journal,
                             const core::FsrsScheduler& scheduler = core::FsrsScheduler());
    /// The same for a journal's text already in memory; `fileName` is used in messages.
    static void replayJournal(Result& result, std::string_view text, const std::string& fileName,
                              const core::FsrsScheduler& scheduler = core::FsrsScheduler());
};

} // namespace yaddas::io
