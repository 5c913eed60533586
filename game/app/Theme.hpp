#pragma once

#include <SFML/Graphics/Color.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace yaddas::app {

/// The three colour schemes the learner can choose from.
enum class ThemeKind { Light, Dark, HighContrast };

std::string_view toString(ThemeKind kind);
std::optional<ThemeKind> themeFromString(std::string_view text);

/// The colours of one scheme, by role; screens never pick raw colours.
struct Theme {
    ThemeKind kind = ThemeKind::Light;
    sf::Color paper;     ///< the page background
    sf::Color panel;     ///< boxes, cards, the top bar
    sf::Color ink;       ///< body text
    sf::Color secondary; ///< captions, less important text
    sf::Color accent;    ///< focus ring, links, primary buttons
    sf::Color onAccent;  ///< text on an accent background
    sf::Color right;     ///< a right answer (always with ✓ and words)
    sf::Color wrong;     ///< a wrong answer (always with ✕ and words)
    sf::Color tint;      ///< underline tint of glossary terms, bar tracks
    sf::Color rule;      ///< thin lines and borders

    static Theme make(ThemeKind kind);
};

/// WCAG contrast ratio between two opaque colours (1 to 21).
double contrastRatio(sf::Color a, sf::Color b);

} // namespace yaddas::app
