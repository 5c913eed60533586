#pragma once

#include <core/Diagnostic.hpp>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace yaddas::io {

/// Reads a file only when it is a regular file, never waiting: a FIFO, socket or device named
/// like a lesson or a learner's file would otherwise block the reader or feed it without end.
/// The file is opened non-blocking and checked with fstat, so a swap after a first look is caught.
class RegularFile {
public:
    enum class Status { Ok, Missing, NotRegular, TooLarge, Unreadable, Changed };

    struct Contents {
        Status status = Status::Unreadable;
        std::string bytes; ///< the file's bytes when status is Ok (read() and readHead())
        std::shared_ptr<const char> large; ///< the file's bytes from readLarge()
        std::size_t largeSize = 0;
        std::uintmax_t size = 0; ///< the size fstat gave (for TooLarge messages)
        std::string detail;      ///< "a FIFO" for NotRegular, the system's reason for Unreadable
        std::size_t maxBytes = 0;
        int error = 0; ///< errno when opening failed (EACCES: no permission, not damage)

        bool ok() const { return status == Status::Ok; }
        /// The file's bytes, from whichever call read them.
        std::string_view text() const {
            return large ? std::string_view(large.get(), largeSize) : std::string_view(bytes);
        }
        /// A sentence for a diagnostic: "no such file", "not a regular file (a FIFO)", …
        std::string message() const;
    };

    /// The whole file, refused (TooLarge) when it holds more than `maxBytes`.
    static Contents read(const std::filesystem::path& file, std::size_t maxBytes);
    /// The same for a file that may be large (a learner's progress: 13 MB with 100,000 answers):
    /// its bytes go to memory of their own, in huge pages where the system offers them, which
    /// saves thousands of page faults, and is given back whole when `large` is released.
    static Contents readLarge(const std::filesystem::path& file, std::size_t maxBytes);
    /// At most the first `maxBytes` of the file; a longer file is not an error.
    static Contents readHead(const std::filesystem::path& file, std::size_t maxBytes);

    /// What `file` is when it exists but is not a regular file ("a FIFO", "a folder", …), looked
    /// up without opening it; nullopt for a regular file (links followed) or a missing one.
    static std::optional<std::string> notRegular(const std::filesystem::path& file);
    /// "a FIFO", "a folder", "a character device", … for a stat(2) st_mode.
    static std::string kindOf(unsigned mode);
    /// For folder scans: the warning "skipped: not a regular file (a FIFO)" naming `file`, or
    /// nullopt when `file` may be read.
    static std::optional<core::Diagnostic> skipped(const std::filesystem::path& file);
};

} // namespace yaddas::io
