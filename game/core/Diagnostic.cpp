#include <core/Diagnostic.hpp>

#include <algorithm>

namespace yaddas::core {

std::string Diagnostic::format() const {
    std::string out = file;
    if (line > 0) {
        out += ':' + std::to_string(line);
    }
    out += ": ";
    if (severity == Severity::Warning) {
        out += "warning: ";
    }
    out += message;
    return out;
}

bool hasErrors(const Diagnostics& diagnostics) {
    return std::any_of(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& d) {
        return d.severity == Diagnostic::Severity::Error;
    });
}

} // namespace yaddas::core
