// yaddas_bench_library: how long loading the shipped lesson library takes (read, parse, check
// every module and the library as a whole). A program, not a test: timings depend on the machine.
// Usage: yaddas_bench_library [RUNS] [LESSONS_FOLDER]
#include <io/LibraryLoader.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <vector>

int main(int argc, char** argv) {
    using namespace yaddas;
    using Clock = std::chrono::steady_clock;
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 50;
    const std::filesystem::path lessons =
        argc > 2 ? std::filesystem::path(argv[2])
                 : std::filesystem::path(YADDAS_SOURCE_DIR) / "lessons";

    std::vector<double> times;
    std::size_t modules = 0;
    std::size_t facts = 0;
    std::size_t diagnostics = 0;
    for (int i = 0; i < runs; ++i) {
        const auto start = Clock::now();
        auto result = io::LibraryLoader::load({lessons}, lessons / "source-text.txt");
        times.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
        modules = result.library.modules().size();
        diagnostics = result.diagnostics.size();
        facts = 0;
        for (const auto& m : result.library.modules()) {
            facts += m.factCount();
        }
    }
    std::sort(times.begin(), times.end());
    std::printf("%zu modules, %zu facts, %zu messages; load over %d runs: median %.2f ms, "
                "min %.2f ms, max %.2f ms\n",
                modules, facts, diagnostics, runs, times[times.size() / 2], times.front(),
                times.back());
    return 0;
}
