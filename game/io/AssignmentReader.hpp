#pragma once

#include <core/Assignment.hpp>
#include <core/Diagnostic.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace yaddas::io {

/// Reads an assignment file (format: game/io/ASSIGNMENTS.md). Never throws: a hostile file
/// (huge numbers, 10 MB titles, a wrong root, binary bytes) gives file:line errors and no
/// assignment.
class AssignmentReader {
public:
    /// Assignment files are a few hundred bytes; anything above this is refused unread.
    static constexpr std::size_t maxBytes = 256u * 1024u;

    struct Result {
        std::optional<core::Assignment> assignment; ///< empty when there was any error
        core::Diagnostics diagnostics;
        std::string checksum; ///< FNV-1a of the file's bytes, hex: results files quote it
    };

    static Result readFile(const std::filesystem::path& file);
    /// `fileName` is only used in messages.
    static Result readString(std::string_view xml, const std::string& fileName);
};

} // namespace yaddas::io
