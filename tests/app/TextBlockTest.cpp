#include <app/Fonts.hpp>
#include <app/TextBlock.hpp>
#include <app/widgets/Label.hpp>

#include <catch2/catch.hpp>

using namespace yaddas::app;

namespace {

const Fonts& fonts() {
    static Fonts f;
    static const bool loaded = f.load();
    REQUIRE(loaded);
    return f;
}

TextBlock::Style style() {
    return {&fonts().regular(), &fonts().bold(), 20, 1.5f, sf::Color::Black,
            sf::Color::Black,   sf::Color::Black};
}

} // namespace

TEST_CASE("a font with the Azerbaijani letters is found", "[app][font]") {
    const Fonts& f = fonts();
    CHECK_FALSE(f.regularFile().empty());
    for (sf::Uint32 c : {0x0259u, 0x018Fu, 0x0131u, 0x015Fu, 0x011Fu, 0x2014u, 0x201Cu}) {
        // A missing glyph has no advance; every needed letter must have one.
        CHECK(f.regular().getGlyph(c, 20, false).advance > 0.f);
    }
}

TEST_CASE("text wraps to the width and keeps every word", "[app][layout]") {
    const std::string text = "Mikayıl Müşfiq was shot in Baku in 1938; Hüseyn Cavid died in exile "
                             "in 1941 – “enemies of the people” …";
    TextBlock block;
    block.layout(text, style(), 200.f);
    CHECK(block.lineCount() > 2);
    CHECK(block.widestLine() <= 200.f);
    CHECK(block.height() == Approx(static_cast<float>(block.lineCount()) * 30.f));

    TextBlock wide;
    wide.layout(text, style(), 5000.f);
    CHECK(wide.lineCount() == 1);
}

TEST_CASE("a word wider than the line is broken inside, never overflows", "[app][layout]") {
    TextBlock block;
    block.layout(std::string(200, 'W'), style(), 150.f);
    CHECK(block.lineCount() > 5);
    CHECK(block.widestLine() <= 150.f);
}

TEST_CASE("line breaks are kept and terms give hot areas", "[app][layout]") {
    TextBlock block;
    block.layout({{"Members of ", RunStyle::Plain, {}},
                  {"Musavat", RunStyle::Term, "t-musavat"},
                  {"\nwere sent to ", RunStyle::Plain, {}},
                  {"Solovki", RunStyle::Term, "t-solovki"}},
                 style(), 1000.f);
    CHECK(block.lineCount() == 2);
    REQUIRE(block.hots().size() == 2);
    CHECK(block.hots()[0].ref == "t-musavat");
    CHECK(block.hots()[0].line == 0);
    CHECK(block.hots()[1].line == 1);
    CHECK(block.hots()[1].rect.left > 0.f);
}

TEST_CASE("single-line labels shrink, then end with an ellipsis", "[app][layout]") {
    const sf::Font& font = fonts().regular();
    sf::Text fits = fittedText("Start", font, 20, 500.f);
    CHECK(fits.getCharacterSize() == 20);
    CHECK(std::string(fits.getString().toAnsiString()) == "Start");
    sf::Text cut =
        fittedText("The Great Terror in Azerbaijan, 1937–1938, and what followed", font, 20, 120.f);
    CHECK(cut.getLocalBounds().width <= 120.f);
    const sf::String s = cut.getString();
    CHECK(s[s.getSize() - 1] == 0x2026);
}

TEST_CASE("numbers are grouped with thin spaces", "[app][layout]") {
    CHECK(groupThousands(1575259) == "1\u2009575\u2009259");
    CHECK(groupThousands(681) == "681");
    CHECK(groupThousands(-1500) == "-1\u2009500");
}

TEST_CASE("a code point's line is known, for the sentence being read aloud", "[app][layout]") {
    TextBlock block;
    block.layout(std::vector<StyledRun>{{"First words of the paragraph, ", RunStyle::Plain, {}},
                                        {"then more words on the next lines", RunStyle::Strong, {}},
                                        {"\nAfter a break.", RunStyle::Plain, {}}},
                 style(), 160.f);
    REQUIRE(block.lineCount() >= 3);
    CHECK(block.lineOf(0) == 0);
    // The text after the forced break starts the last line.
    const std::size_t afterBreak = std::string("First words of the paragraph, ").size() +
                                   std::string("then more words on the next lines").size() + 1;
    CHECK(block.lineOf(afterBreak) == block.lineCount() - 1);
    CHECK(block.lineOf(afterBreak - 2) < block.lineCount() - 1);
    // Past the end: the last line, not a crash.
    CHECK(block.lineOf(100000) == block.lineCount() - 1);
}
