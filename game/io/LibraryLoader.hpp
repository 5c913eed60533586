#pragma once

#include <core/Diagnostic.hpp>
#include <core/Library.hpp>

#include <filesystem>
#include <string>
#include <string_view>
#include <utility>
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
        /// Those of `files` that hold a translation, with its language (kept or left out).
        std::vector<std::pair<std::string, std::string>> translationFiles;
    };

    /// `paths` holds folders (every *.xml inside, hidden files skipped, then those of the
    /// subfolders named for a language we offer other than English: az/, ru/) and single
    /// files; a missing folder is skipped silently (the user lessons folder need not exist). A
    /// file named twice is read once. `sourceText` is the text facts point into: when it cannot
    /// be read, that is reported and paragraph numbers and excerpts go unchecked.
    /// A module whose `lang` is not "en" is a translation: it is checked against the English
    /// module with its id (core::ModuleValidator::checkTranslation) and kept with
    /// core::Library::addTranslation; one that does not match is reported and left out.
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
