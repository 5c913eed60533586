#pragma once

#include <core/Diagnostic.hpp>
#include <core/Module.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace yaddas::io {

/// Reads one lesson module from its XML file (format: lessons/README.md, lessons/module.xsd).
/// Never throws: every problem becomes a diagnostic with file and line.
///
/// The format is closed: unknown, misplaced, repeated or missing elements, unknown attributes,
/// values that do not parse and empty text are all reported, each with its line, and reading
/// goes on so that one run lists every problem (up to 100 per file). Hostile input is refused
/// before parsing: files over 8 MiB, devices, NUL bytes, UTF-16, invalid UTF-8, elements with
/// dozens of attributes; TinyXML-2 refuses nesting deeper than 100.
///
/// Checks that need the model rather than the XML (ids, references, dates in order, excerpts,
/// answer keys) are core::ModuleValidator's; io::LibraryLoader runs both.
class ModuleReader {
public:
    struct Result {
        /// The module as far as it could be read; empty when the file could not be used at all.
        /// Use it only when `diagnostics` holds no error.
        std::optional<core::Module> module;
        core::Diagnostics diagnostics;
        /// A shared bibliography file (`<bibliography>`, such as lessons/sources.xml) holds no
        /// module, only sources.
        bool isBibliography = false;
        std::vector<core::Source> bibliography;
    };

    static Result readFile(const std::filesystem::path& file);
    /// `fileName` is only used in messages.
    static Result readString(std::string_view xml, const std::string& fileName);
};

} // namespace yaddas::io
