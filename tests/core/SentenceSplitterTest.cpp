#include <core/SentenceSplitter.hpp>

#include <catch2/catch.hpp>

#include <string>

using yaddas::core::SentenceSplitter;

namespace {

std::vector<std::u32string> sentences(const std::u32string& text, std::vector<bool> skipped = {}) {
    const std::vector<char32_t> cps(text.begin(), text.end());
    std::vector<std::u32string> out;
    for (const auto& s : SentenceSplitter::split(cps, skipped)) {
        out.push_back(text.substr(s.begin, s.end - s.begin));
    }
    return out;
}

} // namespace

TEST_CASE("prose splits into sentences at full stops, questions and exclamations",
          "[core][speech]") {
    CHECK(sentences(U"Soviet rule came in 1920. Was it an invasion? Historians say so!") ==
          std::vector<std::u32string>{U"Soviet rule came in 1920.", U"Was it an invasion?",
                                      U"Historians say so!"});
}

TEST_CASE("a closing quote stays with its sentence and a line break ends one", "[core][speech]") {
    CHECK(sentences(U"He called it \u201Cthe mother of the Gulag.\u201D Then more\nA caption") ==
          std::vector<std::u32string>{U"He called it \u201Cthe mother of the Gulag.\u201D",
                                      U"Then more", U"A caption"});
}

TEST_CASE("initials, decimals and a lower-case word after a stop do not end a sentence",
          "[core][speech]") {
    CHECK(sentences(U"The writer A. Solzhenitsyn wrote it. It was 1.5 km away, c. 1930 or so. "
                    U"\u0412 1937 \u0433. \u0438\u0445 \u0440\u0430\u0441\u0441\u0442\u0440"
                    U"\u0435\u043B\u044F\u043B\u0438.") ==
          std::vector<std::u32string>{
              U"The writer A. Solzhenitsyn wrote it.", U"It was 1.5 km away, c. 1930 or so.",
              U"\u0412 1937 \u0433. \u0438\u0445 \u0440\u0430\u0441\u0441\u0442\u0440\u0435"
              U"\u043B\u044F\u043B\u0438."});
}

TEST_CASE("a decade ends a sentence, though its last letter stands alone", "[core][speech]") {
    CHECK(sentences(U"It began in the 1920s. In those years people were arrested.") ==
          std::vector<std::u32string>{U"It began in the 1920s.",
                                      U"In those years people were arrested."});
}

TEST_CASE("a skipped sources marker ends no sentence and is kept inside the span",
          "[core][speech]") {
    const std::u32string text = U"First one.[1] Second one.[2]";
    std::vector<bool> skipped(text.size(), false);
    for (const std::size_t i : {10u, 11u, 12u, 25u, 26u, 27u}) {
        skipped[i] = true;
    }
    const auto got = sentences(text, skipped);
    REQUIRE(got.size() == 2);
    CHECK(got[0] == U"First one.[1]");
    CHECK(got[1] == U"Second one.[2]");
    // A span of nothing but a marker or punctuation is not a sentence.
    CHECK(sentences(U"[1]", std::vector<bool>(3, true)).empty());
    CHECK(sentences(U" \u2026 . ").empty());
}
