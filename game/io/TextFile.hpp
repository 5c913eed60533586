#pragma once

#include <core/Diagnostic.hpp>

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace yaddas::io {

/// Reads a text file defensively: a file that is too large, not a regular file, binary (NUL bytes)
/// or not valid UTF-8 is refused with a message naming the file and, where it helps, the line.
class TextFile {
public:
    /// Files larger than this are refused before a byte is read (lesson modules are a few KiB).
    static constexpr std::size_t defaultMaxBytes = 8u * 1024u * 1024u;

    struct Result {
        std::optional<std::string> text; ///< the bytes, without a UTF-8 byte order mark
        core::Diagnostics diagnostics;
    };

    /// `fileName` is used in messages (usually `file.string()`).
    static Result read(const std::filesystem::path& file, const std::string& fileName,
                       std::size_t maxBytes = defaultMaxBytes);

    /// Checks bytes already in memory: no NUL byte, no UTF-16, valid UTF-8, no control
    /// characters XML forbids. Returns the first problem found, if any.
    static std::optional<core::Diagnostic> check(std::string_view text,
                                                 const std::string& fileName);

    /// Removes a leading UTF-8 byte order mark, if there is one.
    static std::string_view withoutBom(std::string_view text);
};

} // namespace yaddas::io
