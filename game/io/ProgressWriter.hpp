#pragma once

#include <core/Learner.hpp>
#include <core/Result.hpp>

#include <cstddef>
#include <filesystem>
#include <string>

namespace yaddas::io {

/// Writes a learner's progress file in the current schema (game/io/PROGRESS.md), atomically.
class ProgressWriter {
public:
    static std::string toXml(const core::Learner& learner);
    /// Saves through AtomicFile: the old version stays as `name.xml.bak`.
    static core::Result<std::size_t> save(const core::Learner& learner,
                                          const std::filesystem::path& path);
};

} // namespace yaddas::io
