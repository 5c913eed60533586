// Fuzz target: io::MoodleReader::readString and the import into a module, on arbitrary bytes.
#include "support/FuzzCheck.hpp"

#include <core/MoodleImport.hpp>
#include <io/MoodleReader.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string fileName = "fuzz.moodle.xml";
    const auto text = yaddas::fuzz::asText(data, size);
    const auto result = yaddas::io::MoodleReader::readString(text, fileName);
    yaddas::fuzz::checkDiagnostics(result.diagnostics, fileName, text);
    if (!result.ok && result.diagnostics.empty()) {
        std::fprintf(stderr, "fuzz invariant broken: refused without a diagnostic\n");
        std::abort();
    }
    // Every question is either kept or skipped with a reason.
    const auto imported =
        yaddas::core::MoodleImport::convert(result.questions, "fuzz", "Fuzz", fileName);
    for (const auto& s : imported.skipped) {
        if (s.reason.empty()) {
            std::fprintf(stderr, "fuzz invariant broken: a question skipped without a reason\n");
            std::abort();
        }
    }
    return 0;
}
