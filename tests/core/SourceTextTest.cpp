#include <core/SourceText.hpp>

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using yaddas::core::SourceText;

TEST_CASE("The source text is read without a web page's escaped apostrophes", "[core][source]") {
    const SourceText text = SourceText::fromText(
        "  First.  \n\nkilled with the label of people\\'s enemy, coup d\\'état attempter\n");
    REQUIRE(text.paragraphCount() == 2);
    CHECK(text.paragraph(1) == "First.");
    CHECK(text.paragraph(2) == "killed with the label of people's enemy, coup d'état attempter");
    // An excerpt quoted in the escaped form by an older module still matches its paragraph.
    CHECK(text.paragraph(2).find(SourceText::withoutEscapes("people\\'s enemy")) !=
          std::string::npos);
}

TEST_CASE("No paragraph of the shipped source text shows a backslash", "[core][source]") {
    std::ifstream in(std::string(YADDAS_SOURCE_DIR) + "/lessons/source-text.txt");
    std::stringstream all;
    all << in.rdbuf();
    const SourceText text = SourceText::fromText(all.str());
    REQUIRE(text.paragraphCount() > 10);
    for (int n = 1; n <= static_cast<int>(text.paragraphCount()); ++n) {
        INFO(n);
        CHECK(text.paragraph(n).find('\\') == std::string_view::npos);
    }
}
