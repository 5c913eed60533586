#pragma once

#include <core/Diagnostic.hpp>
#include <core/Library.hpp>

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace yaddas::io {

/// Loads every module from folders and files into a Library, checking each module and the
/// library as a whole; modules with errors are reported and left out, the rest are kept.
class LibraryLoader {
public:
    struct Result {
        core::Library library;          ///< the modules that loaded without errors
        core::Diagnostics diagnostics;  ///< every problem, grouped by file
        std::vector<std::string> files; ///< every module file that was read, in reading order
        /// Those of `files` that hold a shared bibliography rather than a module.
        std::vector<std::string> bibliographies;
    };

    /// `paths` holds folders (every *.xml inside, not recursive, hidden files skipped) and single
    /// files; a missing folder is skipped silently (the user lessons folder need not exist). A
    /// file named twice is read once. `sourceText` is the text facts point into: when it cannot
    /// be read, that is reported and paragraph numbers and excerpts go unchecked.
    static Result load(const std::vector<std::filesystem::path>& paths,
                       const std::filesystem::path& sourceText);
    /// Checks a module's text before it is written, as load() checks each file on its own:
    /// TextFile::check, the reader, then core::ModuleValidator's checks that need no other
    /// module. Clashes with other modules (ids) are load()'s to find; so is a source text that
    /// cannot be read (its excerpts then go unchecked).
    static core::Diagnostics checkText(std::string_view xml, const std::string& fileName,
                                       const std::filesystem::path& sourceText);
    /// The module files `paths` name, as load() reads them: in order, each once.
    static std::vector<std::filesystem::path>
    moduleFiles(const std::vector<std::filesystem::path>& paths);
    /// The same, adding to `skipped` a warning for each *.xml in a folder that is not a regular
    /// file (a FIFO, a device, a folder): those are left out unread.
    static std::vector<std::filesystem::path>
    moduleFiles(const std::vector<std::filesystem::path>& paths, core::Diagnostics& skipped);
    /// The shipped lessons and the user's lessons folder.
    static Result loadDefault();
};

} // namespace yaddas::io
