#include <core/Slug.hpp>

#include <catch2/catch.hpp>

using yaddas::core::Slug;

TEST_CASE("Slugs keep Azerbaijani words readable", "[slug]") {
    CHECK(Slug::of("Aysel Məmmədova", 48, "learner") == "aysel-memmedova");
    CHECK(Slug::of("Böyük terror: tarixlər və adamlar", 60, "x") ==
          "boyuk-terror-tarixler-ve-adamlar");
    CHECK(Slug::of("  İlqar   Şirinov ", 48, "learner") == "ilqar-sirinov");
    CHECK(Slug::of("日本", 48, "learner") == "learner");
    CHECK(Slug::of("abcdefghij", 4, "x").size() <= 4);
}
