#pragma once
// Invariants every reader keeps on any input, checked by the fuzz targets: a reader may reject
// a file, but each complaint names the file and a line that exists in it, and says something.

#include <core/Diagnostic.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace yaddas::fuzz {

/// The input as text, exactly as the reader sees it (embedded NULs and invalid UTF-8 kept).
inline std::string_view asText(const std::uint8_t* data, std::size_t size) {
    return size == 0 ? std::string_view()
                     : std::string_view(reinterpret_cast<const char*>(data), size);
}

/// Aborts (so the fuzzer records the input) with a readable reason.
[[noreturn]] inline void broken(const char* what, const core::Diagnostic& d) {
    std::fprintf(stderr, "fuzz invariant broken: %s\n  diagnostic: %s\n", what, d.format().c_str());
    std::abort();
}

/// Checks each diagnostic: it names `fileName`, has a message, and its line is 0 (whole file)
/// or a line of `text` (a final line without a newline counts; one past the end is tolerated
/// for "unexpected end of file").
inline void checkDiagnostics(const core::Diagnostics& diagnostics, const std::string& fileName,
                             std::string_view text) {
    const auto lines = static_cast<long>(std::count(text.begin(), text.end(), '\n')) + 1;
    for (const auto& d : diagnostics) {
        if (d.file != fileName) {
            broken("the diagnostic names another file", d);
        }
        if (d.message.empty()) {
            broken("the diagnostic has no message", d);
        }
        if (d.line < 0 || d.line > lines + 1) {
            broken("the diagnostic's line is not a line of the input", d);
        }
        if (d.format().empty()) {
            broken("the diagnostic formats to nothing", d);
        }
    }
}

} // namespace yaddas::fuzz
