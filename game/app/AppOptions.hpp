#pragma once

#include <filesystem>
#include <string>

namespace yaddas::app {

/// How the window is started: interactive, replaying a script, or measuring itself.
struct AppOptions {
    std::filesystem::path script;        ///< --script: replay these input events, then quit
    std::filesystem::path screenshotDir; ///< --screenshot-dir: where `screenshot` and `dump` write
    unsigned width = 1280;               ///< --size WxH: the first window size
    unsigned height = 800;
    std::filesystem::path assignment; ///< a teacher's assignment file to open (positional)
    std::string learner;              ///< --learner: open this learner's module map at once
    bool benchmark = false;    ///< --benchmark: time the first frame and frame times, then quit
    long long startedAtNs = 0; ///< wall clock at exec, for the benchmark (0: unknown)
    /// --speech, or YADDAS_SPEECH=1: read aloud from the first screen on (a learner's own
    /// setting takes over once she is chosen, but never silences speech that is on)
    bool speech = false;
    std::filesystem::path speechLog; ///< --speech-log: every utterance, one line each
    std::filesystem::path speechWav; ///< --speech-wav: the audio into this file, not the device
};

} // namespace yaddas::app
