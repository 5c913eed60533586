#include <app/Theme.hpp>

#include <catch2/catch.hpp>

#include <cstdlib>

using namespace yaddas::app;

namespace {

const ThemeKind kThemes[] = {ThemeKind::Light, ThemeKind::Dark, ThemeKind::HighContrast};

/// One colour that must stand out from another by `minimum`:1.
struct Pair {
    const char* what;
    sf::Color Theme::*front;
    sf::Color Theme::*back;
    double minimum;
};

// Text: 4.5:1 (WCAG 2.1 SC 1.4.3) on every face it is drawn on.
const Pair kText[] = {
    {"body text on paper", &Theme::ink, &Theme::paper, 4.5},
    {"body text on a panel", &Theme::ink, &Theme::panel, 4.5},
    {"body text on a hovered control", &Theme::ink, &Theme::hover, 4.5},
    {"body text on a chosen option", &Theme::ink, &Theme::selected, 4.5},
    {"body text on a highlighted term", &Theme::ink, &Theme::highlight, 4.5},
    {"captions on paper", &Theme::secondary, &Theme::paper, 4.5},
    {"captions on a panel", &Theme::secondary, &Theme::panel, 4.5},
    {"captions on a hovered control", &Theme::secondary, &Theme::hover, 4.5},
    {"captions on a chosen option", &Theme::secondary, &Theme::selected, 4.5},
    {"links on paper", &Theme::accent, &Theme::paper, 4.5},
    {"links on a panel", &Theme::accent, &Theme::panel, 4.5},
    {"text of the primary button", &Theme::onAccent, &Theme::accent, 4.5},
    {"a right answer on paper", &Theme::right, &Theme::paper, 4.5},
    {"a right answer on a panel", &Theme::right, &Theme::panel, 4.5},
    {"a wrong answer on paper", &Theme::wrong, &Theme::paper, 4.5},
    {"a wrong answer on a panel", &Theme::wrong, &Theme::panel, 4.5},
};

// What shows where a control is or what state it is in: 3:1 (WCAG 2.1 SC 1.4.11) against what
// it sits on.
const Pair kNonText[] = {
    {"card and button edges on paper", &Theme::rule, &Theme::paper, 3.0},
    {"card and button edges on a panel (the top bar's line)", &Theme::rule, &Theme::panel, 3.0},
    {"text field border on paper", &Theme::secondary, &Theme::paper, 3.0},
    {"term underline on paper", &Theme::tint, &Theme::paper, 3.0},
    {"term underline in a boxed note", &Theme::tint, &Theme::panel, 3.0},
    {"focus ring on paper", &Theme::accent, &Theme::paper, 3.0},
    {"focus ring on the top bar", &Theme::accent, &Theme::panel, 3.0},
    {"hover line on a hovered control", &Theme::accent, &Theme::hover, 3.0},
    {"edge of a chosen option on its face", &Theme::ink, &Theme::selected, 3.0},
    {"progress bar fill on its track", &Theme::accent, &Theme::paper, 3.0},
    {"dashed edge of a disabled control on paper", &Theme::disabled, &Theme::paper, 3.0},
    {"notice banner edge on paper", &Theme::wrong, &Theme::paper, 3.0},
};

/// Colours a learner can tell apart without comparing ratios: 40 or more on some channel.
bool distinct(sf::Color a, sf::Color b) {
    return std::abs(int(a.r) - int(b.r)) >= 40 || std::abs(int(a.g) - int(b.g)) >= 40 ||
           std::abs(int(a.b) - int(b.b)) >= 40;
}

/// Visibly different faces: the fills of two states side by side.
bool differentFace(sf::Color a, sf::Color b) {
    return a != b && (contrastRatio(a, b) >= 1.1 || distinct(a, b));
}

} // namespace

TEST_CASE("contrast ratio matches the WCAG formula", "[app][theme]") {
    CHECK(contrastRatio(sf::Color::Black, sf::Color::White) == Approx(21.0));
    CHECK(contrastRatio(sf::Color::White, sf::Color::White) == Approx(1.0));
    // A value from the WCAG examples: #767676 on white is just above 4.5:1.
    CHECK(contrastRatio(sf::Color(0x76, 0x76, 0x76), sf::Color::White) ==
          Approx(4.54).epsilon(0.01));
    CHECK(contrastRatio(sf::Color(0x77, 0x77, 0x77), sf::Color::White) < 4.5);
}

TEST_CASE("body text stays at 7:1 in every theme", "[app][theme]") {
    for (ThemeKind kind : kThemes) {
        const Theme t = Theme::make(kind);
        INFO("theme " << toString(kind));
        CHECK(contrastRatio(t.ink, t.paper) >= 7.0);
        CHECK(contrastRatio(t.ink, t.panel) >= 7.0);
    }
}

TEST_CASE("text is at least 4.5:1 on everything it is drawn on", "[app][theme]") {
    for (ThemeKind kind : kThemes) {
        const Theme t = Theme::make(kind);
        for (const Pair& p : kText) {
            const double ratio = contrastRatio(t.*p.front, t.*p.back);
            INFO("theme " << toString(kind) << ": " << p.what << " is " << ratio << ":1");
            CHECK(ratio >= p.minimum);
        }
    }
}

TEST_CASE("edges, underlines and the focus ring are at least 3:1 (projectors)", "[app][theme]") {
    for (ThemeKind kind : kThemes) {
        const Theme t = Theme::make(kind);
        for (const Pair& p : kNonText) {
            const double ratio = contrastRatio(t.*p.front, t.*p.back);
            INFO("theme " << toString(kind) << ": " << p.what << " is " << ratio << ":1");
            CHECK(ratio >= p.minimum);
        }
    }
}

TEST_CASE("hover, focus, chosen and disabled look different", "[app][theme]") {
    for (ThemeKind kind : kThemes) {
        const Theme t = Theme::make(kind);
        INFO("theme " << toString(kind));
        // Faces: a plain control, one under the pointer, a chosen one.
        CHECK(differentFace(t.hover, t.panel));
        CHECK(differentFace(t.selected, t.panel));
        CHECK(differentFace(t.selected, t.hover));
        CHECK(differentFace(t.selected, t.paper));
        // A chosen option's edge (ink) is not the focus ring's colour.
        CHECK(distinct(t.ink, t.accent));
        // A disabled control's text is neither body text nor a caption.
        CHECK(distinct(t.disabled, t.ink));
        CHECK(distinct(t.disabled, t.secondary));
        CHECK(contrastRatio(t.disabled, t.paper) < contrastRatio(t.secondary, t.paper));
    }
}

TEST_CASE("theme names read back", "[app][theme]") {
    for (ThemeKind kind : kThemes) {
        CHECK(themeFromString(toString(kind)) == kind);
    }
    CHECK_FALSE(themeFromString("sepia"));
}
