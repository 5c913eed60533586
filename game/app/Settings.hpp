#pragma once

#include <app/Theme.hpp>

#include <string>

namespace yaddas::app {

/// What a learner chose on the settings screen; kept in their progress file.
struct Settings {
    static constexpr int kMinTextPercent = 100;
    static constexpr int kMaxTextPercent = 200;

    int textPercent = 100;
    ThemeKind theme = ThemeKind::Light;
    bool fullscreen = false;
    std::string language; ///< "en", "az", "ru"; empty: the system's

    friend bool operator==(const Settings& a, const Settings& b) {
        return a.textPercent == b.textPercent && a.theme == b.theme &&
               a.fullscreen == b.fullscreen && a.language == b.language;
    }
};

} // namespace yaddas::app
