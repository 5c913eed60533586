#pragma once

#include <core/AssignmentResult.hpp>
#include <core/Result.hpp>

#include <filesystem>
#include <string>

namespace yaddas::io {

/// Writes a learner's results file (format: game/io/ASSIGNMENTS.md), atomically.
class ResultsWriter {
public:
    static std::string toXml(const core::AssignmentResult& result);
    /// "ASSIGNMENT--LEARNER.results.xml": one file per learner and assignment.
    static std::string fileName(const core::AssignmentResult& result);
    /// Writes `folder`/fileName(result) through io::AtomicFile (a crash leaves the old file or
    /// the new one, never half of one); returns the path written or why it failed.
    static core::Result<std::filesystem::path> save(const core::AssignmentResult& result,
                                                    const std::filesystem::path& folder);
};

} // namespace yaddas::io
