#include <app/speech/EspeakSynth.hpp>

#include <espeak-ng/speak_lib.h>

#include <algorithm>
#include <cctype>
#include <mutex>

namespace yaddas::app {

namespace {

std::mutex& engineMutex() {
    static std::mutex m;
    return m;
}

/// What the current synthesis hands its chunks to (under engineMutex()).
const EspeakSynth::Chunk* g_chunk = nullptr;
bool g_stopped = false;
/// The voice and rate espeak-ng has now, so unchanged ones are not loaded again.
std::string g_voice;
int g_rate = 0;

int onSynth(short* wav, int count, espeak_EVENT* /*events*/) {
    if (g_chunk == nullptr || g_stopped) {
        return 1;
    }
    if (wav != nullptr && count > 0 &&
        !(*g_chunk)(reinterpret_cast<const std::int16_t*>(wav), static_cast<std::size_t>(count))) {
        g_stopped = true;
        return 1;
    }
    return 0;
}

int initialise() {
    // Synchronous: samples come back through onSynth on the calling thread; chunks of about
    // 30 ms, so the first one is ready soon and a stop takes effect soon. Without DONT_EXIT,
    // espeak-ng ends the whole program when its data is missing.
    const int rate =
        espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 30, nullptr, espeakINITIALIZE_DONT_EXIT);
    if (rate > 0) {
        espeak_SetSynthCallback(onSynth);
    }
    return rate;
}

/// Letters, digits and '-' only: the variant comes from the learner's settings file.
std::string cleanVariant(const std::string& variant) {
    std::string out;
    for (char c : variant) {
        if (std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-' || c == '_') {
            out += c;
        }
    }
    return out;
}

bool useVoice(const std::string& language, const std::string& variant) {
    const std::string clean = cleanVariant(variant);
    const std::string name = clean.empty() ? language : language + "+" + clean;
    if (name == g_voice) {
        return true;
    }
    bool ok = espeak_SetVoiceByName(name.c_str()) == EE_OK;
    if (!ok && !clean.empty()) {
        ok = espeak_SetVoiceByName(language.c_str()) == EE_OK;
    }
    if (!ok) {
        espeak_VOICE wanted{};
        wanted.languages = language.c_str();
        ok = espeak_SetVoiceByProperties(&wanted) == EE_OK;
    }
    g_voice = ok ? name : std::string();
    // A new voice brings its own rate.
    g_rate = 0;
    return ok;
}

} // namespace

EspeakSynth::EspeakSynth() {
    const std::lock_guard<std::mutex> lock(engineMutex());
    static const int rate = initialise();
    sampleRate_ = rate;
}

int EspeakSynth::wordsPerMinute(int ratePercent) {
    const long wpm = 175L * ratePercent / 100;
    return static_cast<int>(std::clamp<long>(wpm, espeakRATE_MINIMUM, espeakRATE_MAXIMUM));
}

bool EspeakSynth::speak(const std::string& text, const std::string& language,
                        const std::string& variant, int ratePercent, const Chunk& chunk) {
    if (!ready()) {
        return false;
    }
    const std::lock_guard<std::mutex> lock(engineMutex());
    if (!useVoice(language, variant)) {
        return false;
    }
    const int wpm = wordsPerMinute(ratePercent);
    if (wpm != g_rate && espeak_SetParameter(espeakRATE, wpm, 0) == EE_OK) {
        g_rate = wpm;
    }
    g_chunk = &chunk;
    g_stopped = false;
    espeak_Synth(text.c_str(), text.size() + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, nullptr,
                 nullptr);
    g_chunk = nullptr;
    return !g_stopped;
}

} // namespace yaddas::app
