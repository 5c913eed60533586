// Replays fuzz inputs (the seed corpus and the regressions) through a fuzz target without
// libFuzzer, so an ordinary or sanitizer build checks every input that once crashed a reader.
// Usage: fuzz_NAME_replay FILE_OR_FOLDER...
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

bool replay(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        std::cerr << file.string() << ": cannot read\n";
        return false;
    }
    const std::vector<char> bytes((std::istreambuf_iterator<char>(in)),
                                  std::istreambuf_iterator<char>());
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
    return true;
}

} // namespace

int main(int argc, char** argv) {
    namespace fs = std::filesystem;
    int replayed = 0;
    bool ok = true;
    for (int i = 1; i < argc; ++i) {
        const fs::path arg(argv[i]);
        std::error_code ec;
        if (fs::is_directory(arg, ec)) {
            for (const auto& entry : fs::recursive_directory_iterator(arg, ec)) {
                if (entry.is_regular_file(ec) && entry.path().filename().string()[0] != '.') {
                    ok = replay(entry.path()) && ok;
                    ++replayed;
                }
            }
        } else {
            ok = replay(arg) && ok;
            ++replayed;
        }
    }
    // An empty corpus would make this check pass while checking nothing.
    if (replayed == 0) {
        std::cerr << "no inputs replayed\n";
        return 1;
    }
    std::cout << "replayed " << replayed << " inputs\n";
    return ok ? 0 : 1;
}
