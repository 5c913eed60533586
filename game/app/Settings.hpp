#pragma once

#include <app/Theme.hpp>

#include <string>

namespace yaddas::app {

/// What a learner chose on the settings screen; kept in their progress file.
struct Settings {
    static constexpr int kMinTextPercent = 100;
    static constexpr int kMaxTextPercent = 200;
    static constexpr int kMinSpeechRate = 50;
    static constexpr int kMaxSpeechRate = 250;

    int textPercent = 100;
    ThemeKind theme = ThemeKind::Light;
    bool fullscreen = false;
    std::string language; ///< "en", "az", "ru"; empty: the system's
    bool speech = false;  ///< the app reads aloud (app/speech/Speech)
    int speechRate = 100; ///< percent of the normal rate, kMinSpeechRate … kMaxSpeechRate
    std::string voice;    ///< an espeak-ng variant ("f2"); empty: the language's default

    friend bool operator==(const Settings& a, const Settings& b) {
        return a.textPercent == b.textPercent && a.theme == b.theme &&
               a.fullscreen == b.fullscreen && a.language == b.language && a.speech == b.speech &&
               a.speechRate == b.speechRate && a.voice == b.voice;
    }
};

} // namespace yaddas::app
