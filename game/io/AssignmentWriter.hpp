#pragma once

#include <core/Assignment.hpp>
#include <core/Result.hpp>

#include <cstddef>
#include <filesystem>
#include <string>

namespace yaddas::io {

/// Writes an assignment file (format: game/io/ASSIGNMENTS.md).
class AssignmentWriter {
public:
    static std::string toXml(const core::Assignment& assignment);
    /// Writes atomically (io::AtomicFile).
    static core::Result<std::size_t> save(const core::Assignment& assignment,
                                          const std::filesystem::path& path);
};

} // namespace yaddas::io
