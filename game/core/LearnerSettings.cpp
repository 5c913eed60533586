#include <core/LearnerSettings.hpp>

namespace yaddas::core {

std::string_view toString(LearnerSettings::Theme theme) {
    switch (theme) {
    case LearnerSettings::Theme::Light:
        return "light";
    case LearnerSettings::Theme::Dark:
        return "dark";
    case LearnerSettings::Theme::HighContrast:
        return "high-contrast";
    }
    return "light";
}

std::optional<LearnerSettings::Theme> themeFromString(std::string_view text) {
    using T = LearnerSettings::Theme;
    for (T t : {T::Light, T::Dark, T::HighContrast}) {
        if (toString(t) == text) {
            return t;
        }
    }
    return std::nullopt;
}

bool isVoiceName(std::string_view name) {
    if (name.size() > 40) {
        return false;
    }
    for (char c : name) {
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                           (c >= '0' && c <= '9') || c == '-' || c == '_';
        if (!plain) {
            return false;
        }
    }
    return true;
}

} // namespace yaddas::core
