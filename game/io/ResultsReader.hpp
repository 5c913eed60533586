#pragma once

#include <core/AssignmentResult.hpp>
#include <core/Diagnostic.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace yaddas::io {

/// Reads a learner's results file (format: game/io/ASSIGNMENTS.md). Never throws; a damaged,
/// foreign or hostile file gives file:line errors and no result.
class ResultsReader {
public:
    static constexpr std::size_t maxBytes = 4u * 1024u * 1024u;
    static constexpr std::size_t maxAttempts = 1000;
    static constexpr std::size_t maxAnswers = 1000; ///< per attempt

    struct Result {
        std::optional<core::AssignmentResult> result; ///< empty when there was any error
        core::Diagnostics diagnostics;
    };

    static Result readFile(const std::filesystem::path& file);
    /// `fileName` is only used in messages.
    static Result readString(std::string_view xml, const std::string& fileName);

    /// Every results file of one assignment in a folder.
    struct Folder {
        std::vector<core::AssignmentResult> results;
        core::Diagnostics warnings; ///< one per file skipped (malformed or foreign), naming it
        std::size_t files = 0;      ///< *.xml files looked at
        std::string assignmentId;   ///< the assignment reported on
    };
    /// Reads every *.xml file of `folder` (not recursive, hidden files skipped). The assignment
    /// is `assignmentId`, or when empty the one most files belong to; files of other
    /// assignments, and files that cannot be read, are skipped with a warning each.
    static Folder readFolder(const std::filesystem::path& folder,
                             const std::string& assignmentId = {});
};

} // namespace yaddas::io
