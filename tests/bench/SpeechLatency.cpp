// Times speech latency as a learner moving the focus hears it: say("Option 2 of 4, selected")
// again and again, each one interrupting the last, measuring the time from say() to the first
// sample of that utterance handed to the output (synthesis with espeak-ng and the hand-over to
// the worker thread; the sound device's own buffering comes after). Prints the median, the 95th
// percentile and the maximum over RUNS focus changes (default 50), for the WAV output (consumed
// at once) and for the silent output (consumed at the pace of playing, as a device would).
// A benchmark, not a test: it never fails on timing.
// Usage: yaddas_bench_speech [RUNS]
#include <app/speech/Speech.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include <unistd.h>

using namespace yaddas;
using namespace std::chrono_literals;

namespace {

/// Focus changes every 120 ms, a quick arrow-key pace: the next one interrupts this one.
constexpr auto kBetweenChanges = 120ms;

bool measure(const char* name, app::Speech::Options options, int runs) {
    app::Speech speech(std::move(options));
    speech.setEnabled(true);
    // The first utterance starts espeak-ng and the output: counted apart.
    speech.say("Welcome");
    if (!speech.waitIdle(10s) && speech.lastLatency().count() == 0) {
        std::printf("%s: no speech (%s)\n", name, speech.takeNotice().c_str());
        return false;
    }
    const auto first = speech.lastLatency();
    std::vector<double> micros;
    for (int i = 0; i < runs; ++i) {
        speech.say("Option " + std::to_string(i % 4 + 1) + " of 4, selected");
        const auto asked = std::chrono::steady_clock::now();
        while (speech.lastLatency().count() == 0 && std::chrono::steady_clock::now() - asked < 5s) {
            std::this_thread::sleep_for(200us);
        }
        if (speech.lastLatency().count() == 0) {
            std::printf("%s: no audio within 5 s\n", name);
            return false;
        }
        micros.push_back(static_cast<double>(speech.lastLatency().count()));
        std::this_thread::sleep_until(asked + kBetweenChanges);
    }
    speech.stop();
    std::sort(micros.begin(), micros.end());
    const auto at = [&](double q) {
        return micros[std::min(micros.size() - 1,
                               static_cast<std::size_t>(q * static_cast<double>(micros.size())))];
    };
    std::printf("%-7s %d focus changes: median %.2f ms, p95 %.2f ms, max %.2f ms (the first "
                "utterance, starting the output: %.2f ms)\n",
                name, runs, at(0.5) / 1000, at(0.95) / 1000, micros.back() / 1000,
                static_cast<double>(first.count()) / 1000);
    return true;
}

} // namespace

int main(int argc, char** argv) {
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 50;
    const auto dir = std::filesystem::temp_directory_path() /
                     ("yaddas-bench-speech-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    app::Speech::Options wav;
    wav.wavFile = (dir / "speech.wav").string();
    app::Speech::Options silent;
    silent.silent = true;
    const bool ok = measure("wav", wav, runs) && measure("silent", silent, runs);
    std::filesystem::remove_all(dir);
    return ok ? 0 : 1;
}
