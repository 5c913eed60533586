#pragma once

#include <core/Result.hpp>

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string_view>

namespace yaddas::io {

/// Replaces a file so that a crash at any moment leaves either the old or the new version:
/// write a temporary file in the same folder, fsync it, keep the old version as `name.bak`
/// (a hard link, so the file itself is never missing), rename the temporary over the file and
/// fsync the folder.
///
/// Folders such as a class's results folder may be writable by others, so nothing is written
/// through a name someone else could have planted: the temporary `.name.tmp-XXXXXXXX` has a
/// random suffix and is created with O_EXCL|O_NOFOLLOW, and a target that is a symbolic link
/// (or not a regular file) is refused.
class AtomicFile {
public:
    /// Whether write() keeps the previous version as `name.bak`. Learner progress keeps it;
    /// files in a folder others read (results, reports) do not, so no stray copy is left there.
    enum class Backup { Keep, None };

    /// Writes `content` to `path`; returns the bytes written or why it failed (the old file
    /// and its backup are then untouched).
    static core::Result<std::size_t> write(const std::filesystem::path& path,
                                           std::string_view content,
                                           Backup backup = Backup::Keep);
    /// Replaces `target` with a copy of the regular file `source`, the same way as write() but
    /// without a backup of `target`.
    static core::Result<std::size_t> copy(const std::filesystem::path& source,
                                          const std::filesystem::path& target);
    /// Writes `content` as a new file `path` that must not exist yet, durably, never opening,
    /// following or replacing anything already under that name (a planted link included).
    /// When the name is taken it fails with `*taken` set. `mode`: 0600 keeps a copy in a
    /// shared folder private.
    static core::Result<std::size_t> create(const std::filesystem::path& path,
                                            std::string_view content, bool* taken = nullptr,
                                            unsigned mode = 0644);
    /// Renames `from` to `to` only when nothing is called `to`; 0, or the errno (EEXIST when
    /// the name is taken).
    static int renameNoReplace(const std::filesystem::path& from, const std::filesystem::path& to);
    /// `path` with ".bak" appended: the previous version.
    static std::filesystem::path backupOf(const std::filesystem::path& path);
    /// Why `path` may not be written: it is a symbolic link, or exists and is not a regular
    /// file. nullopt when it may.
    static std::optional<core::Error> refusal(const std::filesystem::path& path);
    /// The prefix of the temporary files write() makes for `path` (".name.tmp-"), so that
    /// leftovers of a killed process can be found.
    static std::string temporaryPrefix(const std::filesystem::path& path);
};

} // namespace yaddas::io
