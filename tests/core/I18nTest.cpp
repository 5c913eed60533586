#include <core/I18n.hpp>

#include <catch2/catch.hpp>

using yaddas::core::I18n;

TEST_CASE("Placeholders are filled in the translation's own order", "[i18n]") {
    CHECK(I18n::format("Your score: {1} of {2}", {"3", "4"}) == "Your score: 3 of 4");
    CHECK(I18n::format("{2}-dən {1}", {"3", "4"}) == "4-dən 3");
    // A placeholder without a value, and braces that are not one, stay as they are.
    CHECK(I18n::format("{3} {x} {", {"a"}) == "{3} {x} {");
    CHECK(I18n::format("{1}{1}", {"ab"}) == "abab");
}
