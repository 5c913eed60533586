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
///
/// For classroom projectors, which wash out pale colours, every scheme keeps text at 4.5:1 or
/// more against what it sits on and every line that shows where a control is (card edges, field
/// borders, term underlines, the focus ring) at 3:1 or more (WCAG 2.1, SC 1.4.3 and 1.4.11);
/// tests/app/ThemeTest.cpp checks each pair.
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
    sf::Color tint;      ///< the underline of glossary terms (a line: 3:1 on paper and panel)
    sf::Color rule;      ///< thin lines and the edges of cards and buttons (3:1 on both)
    sf::Color highlight; ///< behind a focused or hovered term: ink stays legible on it
    sf::Color hover;     ///< the face of a control under the pointer
    sf::Color selected;  ///< the face of a chosen option or card (its edge is ink)
    sf::Color disabled;  ///< text and dashed edge of a control that cannot be used now

    static Theme make(ThemeKind kind);
};

/// WCAG contrast ratio between two opaque colours (1 to 21).
double contrastRatio(sf::Color a, sf::Color b);

} // namespace yaddas::app
