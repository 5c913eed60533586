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

} // namespace yaddas::core
