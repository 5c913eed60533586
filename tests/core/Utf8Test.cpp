#include <core/Utf8.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using yaddas::core::Utf8;

TEST_CASE("Utf8 decodes every length and tells the ways a sequence is wrong", "[core][utf8]") {
    struct Case {
        std::string bytes;
        Utf8::Status status;
        char32_t code;
        std::size_t length;
    };
    const std::vector<Case> cases{
        {"A", Utf8::Status::Valid, U'A', 1},
        {"\xC9\x99", Utf8::Status::Valid, 0x0259, 2},          // ə
        {"\xE2\x80\x99", Utf8::Status::Valid, 0x2019, 3},      // ’
        {"\xF0\x9F\x95\xAF", Utf8::Status::Valid, 0x1F56F, 4}, // a candle
        {"\xEF\xBF\xBE", Utf8::Status::Valid, 0xFFFE, 3},      // valid UTF-8; XML's rule
        {"\xC0\xAF", Utf8::Status::Overlong, U'/', 2},
        {"\xE0\x80\xAF", Utf8::Status::Overlong, U'/', 3},
        {"\xED\xA0\x80", Utf8::Status::Surrogate, 0xD800, 3},
        {"\xF4\x90\x80\x80", Utf8::Status::BeyondUnicode, 0x110000, 4},
        {"\x80", Utf8::Status::Malformed, 0xFFFD, 1}, // a lone continuation byte
        {"\xFF", Utf8::Status::Malformed, 0xFFFD, 1},
        {"\xE2\x80", Utf8::Status::Malformed, 0xFFFD, 2}, // cut short at the end
        {"\xE2(x", Utf8::Status::Malformed, 0xFFFD, 1},   // a continuation missing
    };
    for (const auto& c : cases) {
        CAPTURE(c.bytes);
        const auto s = Utf8::decode(c.bytes, 0);
        CHECK(s.status == c.status);
        CHECK(s.length == c.length);
        if (c.status != Utf8::Status::Malformed) {
            CHECK(s.code == c.code);
        }
    }
}

TEST_CASE("Utf8 lengths of lead bytes and code points", "[core][utf8]") {
    CHECK(Utf8::lengthOf('a') == 1);
    CHECK(Utf8::lengthOf(0xC3) == 2);
    CHECK(Utf8::lengthOf(0xE2) == 3);
    CHECK(Utf8::lengthOf(0xF0) == 4);
    CHECK(Utf8::lengthOf(0x80) == 0);
    CHECK(Utf8::lengthOf(0xF8) == 0);
    CHECK(Utf8::shortestLength(0x7F) == 1);
    CHECK(Utf8::shortestLength(0x80) == 2);
    CHECK(Utf8::shortestLength(0xFFFF) == 3);
    CHECK(Utf8::shortestLength(0x10000) == 4);
}
