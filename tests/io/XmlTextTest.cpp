#include <io/TextFile.hpp>
#include <io/XmlText.hpp>

#include <catch2/catch.hpp>

#include <string>

using yaddas::io::TextFile;
using yaddas::io::XmlText;

namespace {

/// The text after XmlText::clean, and how many characters it replaced.
std::pair<std::string, int> cleaned(std::string text) {
    const int replaced = XmlText::clean(text);
    return {text, replaced};
}

const std::string fffd = "\xEF\xBF\xBD";

} // namespace

TEST_CASE("XmlText::clean replaces what an XML file cannot hold with U+FFFD", "[io][xml]") {
    CHECK(cleaned("plain Məmmədova\ttab\nline\rcr") ==
          std::pair<std::string, int>("plain Məmmədova\ttab\nline\rcr", 0));
    CHECK(cleaned("\x1b[2J\x07") == std::pair<std::string, int>(fffd + "[2J" + fffd, 2));
    CHECK(cleaned("a\xEF\xBF\xBE"
                  "b\xEF\xBF\xBF") == std::pair<std::string, int>("a" + fffd + "b" + fffd, 2));
    // A surrogate, a value past U+10FFFF and an overlong '/' are one character each.
    CHECK(cleaned("\xED\xA0\x80|\xF4\x90\x80\x80|\xC0\xAF") ==
          std::pair<std::string, int>(fffd + "|" + fffd + "|" + fffd, 3));
    // Bytes that start no character, and a character cut short.
    CHECK(cleaned("\x80\xFF|\xE2\x82") == std::pair<std::string, int>(fffd + fffd + "|" + fffd, 3));
    CHECK(cleaned("\xF0\x9F\x98\x80 \xC2\x9B") ==
          std::pair<std::string, int>("\xF0\x9F\x98\x80 \xC2\x9B", 0));
}

TEST_CASE("What XmlText::clean leaves passes TextFile::check", "[io][xml]") {
    std::string text;
    for (int b = 0; b < 256; ++b) {
        text += static_cast<char>(b);
        text += "\xEF\xBF";
        text += static_cast<char>(b);
    }
    text += "\xED\xBF\xBF\xF7\xBF\xBF\xBF";
    XmlText::clean(text);
    const auto problem = TextFile::check(text, "t");
    CHECK_FALSE(problem.has_value());
}
