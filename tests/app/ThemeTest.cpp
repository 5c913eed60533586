#include <app/Theme.hpp>

#include <catch2/catch.hpp>

using namespace yaddas::app;

TEST_CASE("contrast ratio matches the WCAG formula", "[app][theme]") {
    CHECK(contrastRatio(sf::Color::Black, sf::Color::White) == Approx(21.0));
    CHECK(contrastRatio(sf::Color::White, sf::Color::White) == Approx(1.0));
}

TEST_CASE("every theme keeps body text at 7:1 and the rest at 4.5:1", "[app][theme]") {
    for (ThemeKind kind : {ThemeKind::Light, ThemeKind::Dark, ThemeKind::HighContrast}) {
        const Theme t = Theme::make(kind);
        INFO("theme " << toString(kind));
        CHECK(contrastRatio(t.ink, t.paper) >= 7.0);
        CHECK(contrastRatio(t.ink, t.panel) >= 7.0);
        CHECK(contrastRatio(t.secondary, t.paper) >= 4.5);
        CHECK(contrastRatio(t.secondary, t.panel) >= 4.5);
        CHECK(contrastRatio(t.accent, t.paper) >= 4.5);
        CHECK(contrastRatio(t.onAccent, t.accent) >= 4.5);
        CHECK(contrastRatio(t.right, t.paper) >= 4.5);
        CHECK(contrastRatio(t.wrong, t.paper) >= 4.5);
        CHECK(contrastRatio(t.right, t.panel) >= 4.5);
        CHECK(contrastRatio(t.wrong, t.panel) >= 4.5);
    }
}

TEST_CASE("theme names read back", "[app][theme]") {
    for (ThemeKind kind : {ThemeKind::Light, ThemeKind::Dark, ThemeKind::HighContrast}) {
        CHECK(themeFromString(toString(kind)) == kind);
    }
    CHECK_FALSE(themeFromString("sepia"));
}
