// Fuzz target: io::ResultsReader::readString on arbitrary bytes (a results file from a learner).
#include "support/FuzzCheck.hpp"

#include <io/ResultsReader.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string fileName = "fuzz.results.xml";
    const auto text = yaddas::fuzz::asText(data, size);
    const auto result = yaddas::io::ResultsReader::readString(text, fileName);
    yaddas::fuzz::checkDiagnostics(result.diagnostics, fileName, text);
    if (result.result) {
        for (const auto& attempt : result.result->attempts) {
            for (const auto& answer : attempt.answers) {
                if (!(answer.score >= 0.0 && answer.score <= 1.0)) {
                    std::fprintf(stderr, "fuzz invariant broken: score outside 0 to 1\n");
                    std::abort();
                }
            }
        }
    } else if (result.diagnostics.empty()) {
        std::fprintf(stderr, "fuzz invariant broken: no result and no diagnostic\n");
        std::abort();
    }
    return 0;
}
