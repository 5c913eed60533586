#pragma once

#include <core/Result.hpp>

#include <cstddef>
#include <filesystem>
#include <string_view>

namespace yaddas::io {

/// Replaces a file so that a crash at any moment leaves either the old or the new version:
/// write a temporary file in the same folder, fsync it, keep the old version as `name.bak`
/// (a hard link, so the file itself is never missing), rename the temporary over the file and
/// fsync the folder.
class AtomicFile {
public:
    /// Writes `content` to `path`; returns the bytes written or why it failed (the old file
    /// and its backup are then untouched).
    static core::Result<std::size_t> write(const std::filesystem::path& path,
                                           std::string_view content);
    /// `path` with ".bak" appended: the previous version.
    static std::filesystem::path backupOf(const std::filesystem::path& path);
};

} // namespace yaddas::io
