#include <core/NameMatcher.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using yaddas::core::NameMatcher;

TEST_CASE("Typed names are accepted in either spelling", "[core][quiz][names]") {
    const std::vector<std::string> javid{"Huseyn Javid", "H\u00fcseyn Cavid", "Javid"};
    CHECK(NameMatcher::matches("huseyn javid", javid));
    CHECK(NameMatcher::matches("H\u00dcSEYN CAVID", javid));
    CHECK(NameMatcher::matches("Huseyn Cavid", javid));
    CHECK(NameMatcher::matches("Javid", javid));
    CHECK(NameMatcher::matches("  Hüseyn   Javid  ", javid));
    CHECK_FALSE(NameMatcher::matches("Ahmad Javad", javid));
    CHECK_FALSE(NameMatcher::matches("Javad", javid));

    const std::vector<std::string> mushfig{"Mikayil Mushfig", "Mikay\u0131l M\u00fc\u015ffiq"};
    CHECK(NameMatcher::matches("Mikay\u0131l Mushfig", mushfig));
    CHECK(NameMatcher::matches("mikayil musfiq", mushfig)); // one letter off in 14
}

TEST_CASE("The typo allowance is one edit per six letters", "[core][quiz][names]") {
    CHECK(NameMatcher::allowance(5) == 0);
    CHECK(NameMatcher::allowance(12) == 2);
    CHECK(NameMatcher::matches("Sultanva", "Sultanova"));      // 9 letters: one edit
    CHECK_FALSE(NameMatcher::matches("Sultnva", "Sultanova")); // two edits
    CHECK_FALSE(NameMatcher::matches("Javix", "Javid"));       // 5 letters: none
    // a and e stand for the same ə: half an edit.
    CHECK(NameMatcher::matches("Qambay Vezirov", "Gambay Vazirov"));
    CHECK(NameMatcher::matches("Abbas Mirza Sharifzade", "Abbas Mirza Sharifzadeh"));
}

TEST_CASE("Empty and absurd names are rejected quickly", "[core][quiz][names]") {
    const std::vector<std::string> accepted{"Ayna Sultanova"};
    CHECK_FALSE(NameMatcher::matches("", accepted));
    CHECK_FALSE(NameMatcher::matches("   ", accepted));
    CHECK_FALSE(NameMatcher::matches(std::string(10000, 'a'), accepted));
    CHECK_FALSE(NameMatcher::matches(std::string(10000, 'a'), "Ayna Sultanova"));
    CHECK_FALSE(NameMatcher::matches("Ayna Sultanova", std::vector<std::string>{}));
    CHECK_FALSE(NameMatcher::matches("\xFF\xFE", accepted));
}

TEST_CASE("Weighted edit distance counts half edits", "[core][quiz][names]") {
    CHECK(NameMatcher::halfEdits("javid", "javid", 10) == 0);
    CHECK(NameMatcher::halfEdits("vazirov", "vezirov", 10) == 1);
    CHECK(NameMatcher::halfEdits("javid", "jvid", 10) == 2);
    CHECK(NameMatcher::halfEdits("abc", "xyzxyzxyz", 2) > 2);
}
