// Fuzz target: io::AssignmentReader::readString on arbitrary bytes (an assignment from anywhere).
#include "support/FuzzCheck.hpp"

#include <io/AssignmentReader.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string fileName = "fuzz.assignment.xml";
    const auto text = yaddas::fuzz::asText(data, size);
    const auto result = yaddas::io::AssignmentReader::readString(text, fileName);
    yaddas::fuzz::checkDiagnostics(result.diagnostics, fileName, text);
    // Either an assignment within its limits, or a reason why not.
    if (result.assignment) {
        const auto& a = *result.assignment;
        if (a.count < 1 || a.count > yaddas::core::Assignment::maxCount || a.attempts < 1 ||
            a.passMark < 0 || a.passMark > 100) {
            std::fprintf(stderr, "fuzz invariant broken: assignment out of its limits\n");
            std::abort();
        }
    } else if (result.diagnostics.empty()) {
        std::fprintf(stderr, "fuzz invariant broken: no assignment and no diagnostic\n");
        std::abort();
    }
    return 0;
}
