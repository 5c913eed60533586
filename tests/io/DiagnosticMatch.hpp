#pragma once
// Helpers the reader and loader tests share to look for an expected message.

#include <core/Diagnostic.hpp>

#include <algorithm>
#include <string>

namespace yaddas::testing {

/// Every diagnostic as "file:line: message", one per line, for failure output.
inline std::string all(const core::Diagnostics& diagnostics) {
    std::string out;
    for (const auto& d : diagnostics) {
        out += d.format() + "\n";
    }
    return out;
}

/// True when some diagnostic is at `line` of a file ending in `file` and contains `words`.
inline bool has(const core::Diagnostics& diagnostics, const std::string& file, int line,
                const std::string& words) {
    return std::any_of(diagnostics.begin(), diagnostics.end(), [&](const core::Diagnostic& d) {
        const bool sameFile = d.file.size() >= file.size() &&
                              d.file.compare(d.file.size() - file.size(), file.size(), file) == 0;
        return sameFile && d.line == line && d.message.find(words) != std::string::npos;
    });
}

} // namespace yaddas::testing
