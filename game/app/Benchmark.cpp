#include <app/Benchmark.hpp>

#include <app/ScreenId.hpp>

#include <core/FsrsScheduler.hpp>
#include <core/Learner.hpp>
#include <io/ProgressStore.hpp>
#include <io/ProgressWriter.hpp>

#include <SFML/Window/Event.hpp>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <random>

namespace yaddas::app {
namespace fs = std::filesystem;

namespace {

long long nowNs() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

long peakResidentKb() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmHWM:", 0) == 0) {
            return std::strtol(line.c_str() + 6, nullptr, 10);
        }
    }
    return -1;
}

/// The shared objects mapped now (the program and what it links, when called at start-up).
std::vector<std::string> mappedObjects() {
    std::ifstream maps("/proc/self/maps");
    std::vector<std::string> out;
    std::string line;
    while (std::getline(maps, line)) {
        const std::size_t slash = line.find('/');
        if (slash != std::string::npos && line.find(".so", slash) != std::string::npos) {
            out.push_back(line.substr(slash));
        }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

/// Resident memory now, in kB: all of it, and the part in the graphics driver's mappings:
/// the shared objects that were not mapped at start-up (the OpenGL implementation loads its
/// driver, Mesa's software renderer with libLLVM here, and the driver's own libraries) and the
/// X server's shared-memory image of the window.
std::pair<long, long> residentSplitKb(const std::vector<std::string>& linked) {
    std::ifstream maps("/proc/self/smaps");
    std::string line;
    long all = 0;
    long driver = 0;
    bool inDriver = false;
    while (std::getline(maps, line)) {
        if (!line.empty() && std::isxdigit(static_cast<unsigned char>(line[0])) &&
            line.find('-') < line.find(' ')) {
            const std::size_t slash = line.find('/');
            const std::string file = slash == std::string::npos ? "" : line.substr(slash);
            inDriver = file.rfind("/SYSV", 0) == 0 ||
                       (file.find(".so") != std::string::npos &&
                        !std::binary_search(linked.begin(), linked.end(), file));
        } else if (line.rfind("Rss:", 0) == 0) {
            const long kb = std::strtol(line.c_str() + 4, nullptr, 10);
            all += kb;
            driver += inDriver ? kb : 0;
        }
    }
    return {all, driver};
}

/// How many answers the benchmark's learner gets: YADDAS_BENCH_ANSWERS, else 10,000.
int learnerAnswers() {
    const char* wanted = std::getenv("YADDAS_BENCH_ANSWERS");
    if (wanted != nullptr && *wanted != '\0') {
        char* end = nullptr;
        const long n = std::strtol(wanted, &end, 10);
        if (*end == '\0' && n >= 0 && n <= 10'000'000) {
            return static_cast<int>(n);
        }
        std::cerr << "benchmark: YADDAS_BENCH_ANSWERS=" << wanted
                  << " is no count of answers; 10000 are written\n";
    }
    return 10000;
}

double percentile(std::vector<double> values, double p) {
    if (values.empty()) {
        return 0.0;
    }
    std::sort(values.begin(), values.end());
    const auto i = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values[std::min(i, values.size() - 1)];
}

} // namespace

Benchmark::Benchmark(bool on)
    : on_(on), linkedObjects_(on ? mappedObjects() : std::vector<std::string>()) {}

void Benchmark::mark(const char* what) {
    if (on_) {
        const std::lock_guard<std::mutex> lock(marksMutex_);
        marks_.emplace_back(what, nowNs());
    }
}

std::string Benchmark::prepareLearner(const core::Library& library, const fs::path& dataDir,
                                      int answers) {
    io::ProgressStore store(dataDir);
    if (store.find("Benchmark")) {
        return {};
    }
    std::vector<std::pair<std::string, std::string>> facts; // fact, module
    for (const auto& m : library.modules()) {
        for (const auto& f : m.factIds()) {
            facts.emplace_back(f, m.id);
        }
    }
    if (facts.empty()) {
        facts.emplace_back("fact", "module");
    }
    std::mt19937_64 rng(20200428);
    const core::FsrsScheduler scheduler;
    const std::int64_t start = io::ProgressStore::systemClock()() - 400LL * 24 * 3600;
    core::Learner learner(core::LearnerProfile{"benchmark", "Benchmark", start});
    learner.reserveAnswers(static_cast<std::size_t>(answers));
    for (int i = 0; i < answers; ++i) {
        core::AnswerRecord a;
        a.at = start + static_cast<std::int64_t>(i) * 3000;
        const auto& [fact, module] = facts[static_cast<std::size_t>(rng() % facts.size())];
        a.factId = fact;
        a.moduleId = module;
        a.questionKind = "single";
        const auto roll = rng() % 10;
        a.outcome = roll < 7   ? core::Outcome::Right
                    : roll < 8 ? core::Outcome::Partial
                               : core::Outcome::Wrong;
        a.fraction = roll < 7 ? 1.0 : roll < 8 ? 0.5 : 0.0;
        a.given = "28 April 1920";
        a.seconds = 12.0;
        learner.recordAnswer(std::move(a), scheduler);
    }
    std::error_code ec;
    fs::create_directories(store.learnersDir(), ec);
    auto saved = io::ProgressWriter::save(learner, store.fileOf("benchmark"));
    return saved ? std::string() : saved.error().message;
}

int Benchmark::run(const Window& w, const fs::path& dataDir, const std::string& learner) {
    using Clock = std::chrono::steady_clock;
    // The learner is written once; the timed start is a later run of the program, so that the
    // timing covers a fresh process reading the file, as a learner starting the app would see.
    std::string learnerError;
    if (!w.learners.hasCurrent()) {
        const std::string error = prepareLearner(w.library, dataDir, learnerAnswers());
        if (!error.empty()) {
            std::cerr << "benchmark: " << error << '\n';
            return 1;
        }
        learnerError = w.learners.select(learner);
    }
    if (std::getenv("YADDAS_BENCH_T0") == nullptr) {
        std::cerr << "benchmark: set YADDAS_BENCH_T0=$(date +%s%N) just before starting yaddas "
                     "(tests/app/bench-startup.sh does)\n";
        return 2;
    }
    const long long t0 = std::atoll(std::getenv("YADDAS_BENCH_T0"));
    if (!w.learners.hasCurrent()) {
        std::cerr << "benchmark: " << learnerError << '\n';
        return 1;
    }
    w.openLearner();
    w.render();
    const double firstFrameMs = static_cast<double>(nowNs() - t0) / 1e6;
    std::sort(marks_.begin(), marks_.end(),
              [](const auto& a, const auto& b) { return a.second < b.second; });
    for (const auto& [what, at] : marks_) {
        std::cout << "  " << what << ": " << std::fixed << std::setprecision(1)
                  << static_cast<double>(at - t0) / 1e6 << " ms\n";
    }

    auto measure = [&](int frames) {
        std::vector<double> times;
        for (int i = 0; i < frames; ++i) {
            sf::Event e;
            while (w.window.pollEvent(e)) {
            }
            const auto start = Clock::now();
            w.render();
            times.push_back(
                std::chrono::duration<double, std::milli>(Clock::now() - start).count());
        }
        return times;
    };
    const auto& modules = w.library.modules();
    std::cout << "modules: " << modules.size() << ", learner answers: "
              << (w.learners.learner() ? w.learners.learner()->answers().size() : 0) << '\n';
    std::cout << std::fixed << std::setprecision(2);
    std::cout << "first frame of the module map: " << firstFrameMs << " ms after exec\n";
    const auto mapTimes = measure(200);
    std::cout << "module map " << w.size.x << "x" << w.size.y << ": frame p50 "
              << percentile(mapTimes, 0.5) << " ms, p99 " << percentile(mapTimes, 0.99) << " ms\n";
    if (!modules.empty()) {
        // The reader draws the most text: the heaviest screen.
        std::size_t longest = 0;
        for (std::size_t i = 0; i < modules.size(); ++i) {
            if (modules[i].sections.size() > modules[longest].sections.size()) {
                longest = i;
            }
        }
        w.nav.moduleId = modules[longest].id;
        w.stack.push(ScreenId::Reader);
        w.stack.applyPending();
        const auto readerTimes = measure(200);
        std::cout << "reader " << w.size.x << "x" << w.size.y << ": frame p50 "
                  << percentile(readerTimes, 0.5) << " ms, p99 " << percentile(readerTimes, 0.99)
                  << " ms\n";
    }
    {
        // The floor of this display: a frame that only clears the window and shows it.
        std::vector<double> empty;
        for (int i = 0; i < 200; ++i) {
            const auto start = Clock::now();
            w.window.clear(w.theme.paper);
            w.window.display();
            empty.push_back(
                std::chrono::duration<double, std::milli>(Clock::now() - start).count());
        }
        std::cout << "empty frame (clear and display only): p50 " << percentile(empty, 0.5)
                  << " ms, p99 " << percentile(empty, 0.99) << " ms\n";
    }
    const auto [all, driver] = residentSplitKb(linkedObjects_);
    std::cout << "resident memory now: " << static_cast<double>(all) / 1024.0
              << " MB, of which the graphics driver " << static_cast<double>(driver) / 1024.0
              << " MB and the rest " << static_cast<double>(all - driver) / 1024.0 << " MB\n";
    std::cout << "peak resident memory: " << static_cast<double>(peakResidentKb()) / 1024.0
              << " MB\n";
    return 0;
}

} // namespace yaddas::app
