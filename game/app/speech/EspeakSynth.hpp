#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>

namespace yaddas::app {

/// libespeak-ng, synthesising into a callback (16-bit mono). espeak-ng keeps global state and is
/// not thread safe: every call here takes one process-wide lock, and the library is initialised
/// once per process and never terminated (espeak-ng 1.51 hangs in a second espeak_Terminate).
class EspeakSynth {
public:
    /// Receives each chunk as it is made; false stops the synthesis.
    using Chunk = std::function<bool(const std::int16_t* samples, std::size_t count)>;

    EspeakSynth();

    /// espeak-ng started (its data was found).
    bool ready() const { return sampleRate_ > 0; }
    int sampleRate() const { return sampleRate_; }

    /// Synthesises `text` (plain UTF-8, no SSML) in the voice of `language` ("en", "az", "ru")
    /// with an espeak-ng variant ("f2"; empty: the language's own) at `ratePercent` of the normal
    /// rate. False when stopped by `chunk` or when there is no such voice.
    bool speak(const std::string& text, const std::string& language, const std::string& variant,
               int ratePercent, const Chunk& chunk);

    /// Words a minute for a percentage of espeak-ng's normal rate, within what it accepts.
    static int wordsPerMinute(int ratePercent);

private:
    int sampleRate_ = 0;
};

} // namespace yaddas::app
