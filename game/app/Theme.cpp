#include <app/Theme.hpp>

#include <cmath>

namespace yaddas::app {

std::string_view toString(ThemeKind kind) {
    switch (kind) {
    case ThemeKind::Light:
        return "light";
    case ThemeKind::Dark:
        return "dark";
    case ThemeKind::HighContrast:
        return "high-contrast";
    }
    return "light";
}

std::optional<ThemeKind> themeFromString(std::string_view text) {
    for (ThemeKind k : {ThemeKind::Light, ThemeKind::Dark, ThemeKind::HighContrast}) {
        if (toString(k) == text) {
            return k;
        }
    }
    return std::nullopt;
}

Theme Theme::make(ThemeKind kind) {
    Theme t;
    t.kind = kind;
    switch (kind) {
    case ThemeKind::Light:
        t.paper = sf::Color(0xF4, 0xEF, 0xE6);
        t.panel = sf::Color(0xE8, 0xE0, 0xD0);
        t.ink = sf::Color(0x2A, 0x28, 0x25);
        t.secondary = sf::Color(0x5A, 0x56, 0x4F);
        t.accent = sf::Color(0x1F, 0x5F, 0x66);
        t.onAccent = sf::Color(0xFF, 0xFF, 0xFF);
        t.right = sf::Color(0x2E, 0x6B, 0x3A);
        t.wrong = sf::Color(0x9E, 0x3A, 0x2B);
        t.tint = sf::Color(0x3F, 0x82, 0x89);
        t.rule = sf::Color(0x85, 0x7B, 0x6B);
        t.highlight = sf::Color(0xCF, 0xE4, 0xE5);
        t.hover = sf::Color(0xDD, 0xD3, 0xC0);
        t.selected = sf::Color(0xB3, 0xD9, 0xD3);
        t.disabled = sf::Color(0x8C, 0x84, 0x79);
        break;
    case ThemeKind::Dark:
        t.paper = sf::Color(0x1E, 0x1D, 0x1B);
        t.panel = sf::Color(0x2E, 0x2B, 0x27);
        t.ink = sf::Color(0xEC, 0xE6, 0xDA);
        t.secondary = sf::Color(0xB8, 0xB0, 0xA3);
        t.accent = sf::Color(0x7F, 0xC4, 0xCB);
        t.onAccent = sf::Color(0x10, 0x10, 0x10);
        t.right = sf::Color(0x8F, 0xD1, 0x9A);
        t.wrong = sf::Color(0xF0, 0x9A, 0x8A);
        t.tint = sf::Color(0x5D, 0xA3, 0xAA);
        t.rule = sf::Color(0x84, 0x7C, 0x70);
        t.highlight = sf::Color(0x1E, 0x47, 0x4B);
        t.hover = sf::Color(0x3B, 0x37, 0x32);
        t.selected = sf::Color(0x24, 0x46, 0x4A);
        t.disabled = sf::Color(0x80, 0x79, 0x70);
        break;
    case ThemeKind::HighContrast:
        t.paper = sf::Color(0x00, 0x00, 0x00);
        t.panel = sf::Color(0x1A, 0x1A, 0x1A);
        t.ink = sf::Color(0xFF, 0xFF, 0xFF);
        t.secondary = sf::Color(0xE0, 0xE0, 0xE0);
        t.accent = sf::Color(0xFF, 0xE0, 0x40);
        t.onAccent = sf::Color(0x00, 0x00, 0x00);
        t.right = sf::Color(0x7C, 0xFF, 0x9A);
        t.wrong = sf::Color(0xFF, 0x9C, 0x8C);
        // Cyan, not the yellow of the focus ring: an underlined term never looks focused.
        t.tint = sf::Color(0x7F, 0xD7, 0xFF);
        t.rule = sf::Color(0xC0, 0xC0, 0xC0);
        t.highlight = sf::Color(0x00, 0x3C, 0x70);
        t.hover = sf::Color(0x33, 0x33, 0x33);
        t.selected = sf::Color(0x0A, 0x3D, 0x7A);
        t.disabled = sf::Color(0x9A, 0x9A, 0x9A);
        break;
    }
    return t;
}

namespace {

double channel(sf::Uint8 c) {
    const double v = c / 255.0;
    return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
}

double luminance(sf::Color c) {
    return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
}

} // namespace

double contrastRatio(sf::Color a, sf::Color b) {
    double la = luminance(a);
    double lb = luminance(b);
    if (la < lb) {
        std::swap(la, lb);
    }
    return (la + 0.05) / (lb + 0.05);
}

} // namespace yaddas::app
