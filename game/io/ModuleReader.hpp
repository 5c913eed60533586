#pragma once

#include <core/Diagnostic.hpp>
#include <core/Module.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace yaddas::io {

/// Reads one lesson module from its XML file (format: lessons/README.md, lessons/module.xsd).
/// Never throws: every problem becomes a diagnostic with file and line.
class ModuleReader {
public:
    struct Result {
        std::optional<core::Module> module; ///< empty when the file could not be used at all
        core::Diagnostics diagnostics;
    };

    static Result readFile(const std::filesystem::path& file);
    /// `fileName` is only used in messages.
    static Result readString(std::string_view xml, const std::string& fileName);
};

} // namespace yaddas::io
