// Fuzz target: io::ModuleReader::readString on arbitrary bytes (a lesson module from anywhere).
#include "support/FuzzCheck.hpp"

#include <io/ModuleReader.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string fileName = "fuzz-module.xml";
    const auto text = yaddas::fuzz::asText(data, size);
    const auto result = yaddas::io::ModuleReader::readString(text, fileName);
    yaddas::fuzz::checkDiagnostics(result.diagnostics, fileName, text);
    // A file that could not be used at all must say why.
    if (!result.module && result.diagnostics.empty()) {
        std::fprintf(stderr, "fuzz invariant broken: no module and no diagnostic\n");
        std::abort();
    }
    return 0;
}
