#pragma once

#include <core/Diagnostic.hpp>
#include <core/Library.hpp>

#include <filesystem>
#include <vector>

namespace yaddas::io {

/// Loads every module from folders and files into a Library, checking each module and the
/// library as a whole; modules with errors are reported and left out, the rest are kept.
class LibraryLoader {
public:
    struct Result {
        core::Library library;
        core::Diagnostics diagnostics;
    };

    /// `paths` holds folders (every *.xml inside, not recursive) and single files; a missing
    /// folder is skipped silently (the user lessons folder need not exist).
    static Result load(const std::vector<std::filesystem::path>& paths,
                       const std::filesystem::path& sourceText);
    /// The shipped lessons and the user's lessons folder.
    static Result loadDefault();
};

} // namespace yaddas::io
