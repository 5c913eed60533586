#include <cli/TerminalText.hpp>

#include <catch2/catch.hpp>

using yaddas::cli::TerminalText;

TEST_CASE("Control characters are written as visible escapes", "[cli][terminal]") {
    CHECK(TerminalText::escape("plain, Məmmədova\n") == "plain, Məmmədova\n");
    CHECK(TerminalText::escape("\x1b[2J\x07") == "\\x1b[2J\\x07");
    CHECK(TerminalText::escape("a\tb\rc") == "a\\x09b\\x0dc");
    CHECK(TerminalText::escape(std::string("nul\0", 4)) == "nul\\x00");
    CHECK(TerminalText::escape("del\x7f") == "del\\x7f");
    // C1 controls in UTF-8 (U+009B is CSI), and a lone 0x9B byte an 8-bit terminal would run.
    CHECK(TerminalText::escape("\xC2\x9B"
                               "31m\xC2\x85") == "\\u009b31m\\u0085");
    CHECK(TerminalText::escape("\x9B"
                               "31m") == "\\x9b31m");
    CHECK(TerminalText::escape("\xC2\xA0") == "\xC2\xA0"); // U+00A0 is not a control
    CHECK(TerminalText::escape("cut \xE2\x82") == "cut \\xe2\\x82");
}

TEST_CASE("An incomplete UTF-8 character at the end is found", "[cli][terminal]") {
    CHECK(TerminalText::incompleteTail("abc") == 0);
    CHECK(TerminalText::incompleteTail("ab\xC2") == 1);
    CHECK(TerminalText::incompleteTail("ab\xE2\x82") == 2);
    CHECK(TerminalText::incompleteTail("ab\xE2\x82\xAC") == 0);
    CHECK(TerminalText::incompleteTail("\xF0\x9F\x98") == 3);
    CHECK(TerminalText::incompleteTail("\x80\x80\x80") == 0);
}
