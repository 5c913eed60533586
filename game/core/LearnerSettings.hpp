#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace yaddas::core {

/// A learner's display preferences, kept in their progress file (several learners share a
/// computer).
struct LearnerSettings {
    enum class Theme { Light, Dark, HighContrast };

    static constexpr int minTextSize = 100;
    static constexpr int maxTextSize = 200;
    static constexpr int minSpeechRate = 50;
    static constexpr int maxSpeechRate = 250;

    int textSizePercent = 100; ///< 100 … 200
    Theme theme = Theme::Light;
    bool fullScreen = false;
    /// The interface's and the lessons' language ("en", "az", "ru"); empty: the system's.
    std::string language;
    bool speech = false;         ///< the app reads aloud
    int speechRatePercent = 100; ///< minSpeechRate … maxSpeechRate
    std::string voice;           ///< a synthesiser voice variant ("f2"); empty: the default

    friend bool operator==(const LearnerSettings& a, const LearnerSettings& b) {
        return a.textSizePercent == b.textSizePercent && a.theme == b.theme &&
               a.fullScreen == b.fullScreen && a.language == b.language && a.speech == b.speech &&
               a.speechRatePercent == b.speechRatePercent && a.voice == b.voice;
    }
};

std::string_view toString(LearnerSettings::Theme theme);
std::optional<LearnerSettings::Theme> themeFromString(std::string_view text);
/// Whether `name` may name a synthesiser voice variant: empty (the default), or 1 to 40 ASCII
/// letters, digits, '-' and '_' (the synthesiser takes it as a file name: no '/' nor "..").
bool isVoiceName(std::string_view name);

} // namespace yaddas::core
