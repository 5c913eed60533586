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
    /// "ASSIGNMENT--LEARNER--7f3a9c.results.xml" (the first six digits of the learner's uid):
    /// one file per learner and assignment, and two learners with the same name never share
    /// one. Without a uid, legacyFileName().
    static std::string fileName(const core::AssignmentResult& result);
    /// "ASSIGNMENT--LEARNER.results.xml", the name older versions wrote.
    static std::string legacyFileName(const core::AssignmentResult& result);
    /// Writes `folder`/fileName(result) through io::AtomicFile (a crash leaves the old file or
    /// the new one, never half of one; no `.bak` is left in the shared folder, and a link
    /// planted under the name is refused); returns the path written or why it failed.
    static core::Result<std::filesystem::path> save(const core::AssignmentResult& result,
                                                    const std::filesystem::path& folder);
};

} // namespace yaddas::io
