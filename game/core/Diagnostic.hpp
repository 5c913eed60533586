#pragma once

#include <string>
#include <vector>

namespace yaddas::core {

/// One problem found in an input file, located by file and line so a person can fix it.
struct Diagnostic {
    enum class Severity { Error, Warning };

    std::string file;
    int line = 0; ///< 1-based; 0 when the problem concerns the whole file
    std::string message;
    Severity severity = Severity::Error;

    /// "file:line: message" (warnings say so), the form compilers use, so editors can jump to it.
    std::string format() const;
};

using Diagnostics = std::vector<Diagnostic>;

/// True when any diagnostic in the list is an error (not only warnings).
bool hasErrors(const Diagnostics& diagnostics);

} // namespace yaddas::core
