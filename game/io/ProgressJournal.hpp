#pragma once

#include <core/Result.hpp>

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace yaddas::io {

/// The journal beside a learner's progress file (`name.xml.journal`, game/io/PROGRESS.md): each
/// change is appended to it as one line and made durable with fdatasync, so an answer costs the
/// same whatever the length of the learner's history. The file itself is rewritten only when
/// the journal is folded into it (LearnerSession::save), which starts a new generation.
///
/// Like every writer of the app, it never writes through a name someone could have planted: a
/// journal is created under a random temporary name and renamed into place without replacing
/// anything, and reopened with O_NOFOLLOW, only when it is a regular file of ours with one link.
class ProgressJournal {
public:
    ProgressJournal() = default;
    /// The journal `path` of learner `learnerId`, continuing the file of generation `base`.
    /// `continuing`: the journal on disk continues that file and ends, whole, at `goodSize`
    /// bytes (what the reader found); otherwise whatever is on disk is stale and is replaced
    /// at the first append.
    ProgressJournal(std::filesystem::path path, std::string learnerId, std::uint64_t base,
                    bool continuing, std::uintmax_t goodSize, std::size_t records);
    ProgressJournal(ProgressJournal&& other) noexcept;
    ProgressJournal& operator=(ProgressJournal&& other) noexcept;
    ProgressJournal(const ProgressJournal&) = delete;
    ProgressJournal& operator=(const ProgressJournal&) = delete;
    ~ProgressJournal();

    /// Appends whole lines, durably; on failure nothing counts as written (a partial line is
    /// cut off before the next append).
    core::Result<std::size_t> append(std::string_view lines);
    /// The file was rewritten as generation `base`, holding every record: the journal starts
    /// over. The old one becomes previousOf(path), beside the file's backup that it continues
    /// (if renaming it fails it is stale, and ignored by the reader).
    void restart(std::uint64_t base);
    /// `name.xml.journal.bak`: the journal folded last, which continues `name.xml.bak`.
    static std::filesystem::path previousOf(const std::filesystem::path& journal);

    std::uint64_t base() const { return base_; }
    /// Records appended since the file was last written (those replayed at opening included).
    std::size_t records() const { return records_; }
    /// Bytes of the journal on disk (0 when there is none).
    std::uintmax_t size() const { return size_; }
    const std::filesystem::path& path() const { return path_; }

private:
    core::Result<int> openForAppend();
    /// Does the path still name the file open for appending?
    bool stillThere() const;
    void closeFile();

    std::filesystem::path path_;
    std::string learnerId_;
    std::uint64_t base_ = 0;
    bool continuing_ = false; ///< the file on disk continues generation base_
    std::uintmax_t size_ = 0; ///< its whole records end here
    std::size_t records_ = 0;
    int fd_ = -1;
};

} // namespace yaddas::io
