#pragma once

#include <core/SpokenText.hpp>

#include <chrono>
#include <memory>
#include <string>
#include <vector>

namespace yaddas::app {

/// Who speaks, and how fast.
struct Voice {
    std::string language = "en"; ///< "en", "az", "ru": the learner's language
    std::string variant;         ///< an espeak-ng variant ("f2", "m3"); empty: the default
    int ratePercent = 100;       ///< of the normal rate, 50 … 250

    friend bool operator==(const Voice& a, const Voice& b) {
        return a.language == b.language && a.variant == b.variant && a.ratePercent == b.ratePercent;
    }
};

/// Self-voicing: says what the screens ask, synthesised off the main thread (espeak-ng) and
/// played through SFML's audio, or written to a WAV file for tests. No call here waits for
/// synthesis or audio: a frame never stalls on speech.
///
/// Every utterance is written to the log as its audio starts, one line each, in the words the
/// listener hears ("en: Option two of four, selected").
class Speech {
public:
    struct Options {
        std::string logFile; ///< the speech log; empty: none
        std::string wavFile; ///< the audio goes into this WAV file, not the device; empty: device
        /// No device even when there is one: the audio is taken at the pace it would be played,
        /// and dropped (benchmarks, tests). wavFile comes first.
        bool silent = false;
    };

    explicit Speech(Options options);
    ~Speech();
    Speech(const Speech&) = delete;
    Speech& operator=(const Speech&) = delete;

    /// Off: stops at once and says nothing until turned on again. A new Speech starts off.
    void setEnabled(bool on);
    bool enabled() const;
    void setVoice(const Voice& voice);
    const Voice& voice() const;
    /// Names the content marks as Azerbaijani: read by that voice inside other languages.
    void setNames(std::vector<core::ForeignName> names);

    /// Interrupts whatever is being said or waits, then says `text` (a focus change, a verdict).
    void say(const std::string& text, const std::string& tag = {});
    /// Says `text` after everything already waiting (a lesson, sentence by sentence).
    void queue(const std::string& text, const std::string& tag = {});
    /// Stops speaking and forgets what waits.
    void stop();
    /// Something is being said or waits to be.
    bool speaking() const;
    /// The tag of the utterance being heard now; empty when none.
    std::string playingTag() const;
    /// A sentence for the learner about a problem (no audio device, no voice), once; else empty.
    std::string takeNotice();
    /// Waits until nothing is being said or waits (tests and benchmarks only).
    bool waitIdle(std::chrono::milliseconds timeout);
    /// The time from the latest say() to its first sample handed to the output (waiting for the
    /// worker, synthesis, and for the first utterance starting espeak-ng and the output); zero
    /// until that sample is there (benchmarks).
    std::chrono::microseconds lastLatency() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace yaddas::app
