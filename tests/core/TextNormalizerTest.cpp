#include <core/TextNormalizer.hpp>

#include <catch2/catch.hpp>

#include <string>

using yaddas::core::TextNormalizer;

TEST_CASE("Name keys meet across Azerbaijani and English spellings", "[core][quiz][names]") {
    CHECK(TextNormalizer::nameKey("Mikay\u0131l") == TextNormalizer::nameKey("Mikayil"));
    CHECK(TextNormalizer::nameKey("Cavid") == TextNormalizer::nameKey("Javid"));
    CHECK(TextNormalizer::nameKey("M\u00fc\u015ffiq") == TextNormalizer::nameKey("Mushfig"));
    CHECK(TextNormalizer::nameKey("Nax\u00e7\u0131vanski") ==
          TextNormalizer::nameKey("Nakhchivanski"));
    CHECK(TextNormalizer::nameKey("\u00c7obanzad\u0259") == TextNormalizer::nameKey("Chobanzada"));
    CHECK(TextNormalizer::nameKey("Sharifzadeh") == "sharifzade");
    CHECK(TextNormalizer::nameKey("\u018fHM\u018fD CAVAD") == "ahmad javad");
    CHECK(TextNormalizer::nameKey("\u0130smay\u0131l") == "ismayil");
}

TEST_CASE("Name keys fold case, strip diacritics and punctuation", "[core][quiz][names]") {
    CHECK(TextNormalizer::nameKey("  HUSEYN   Javid ") == "huseyn javid");
    CHECK(TextNormalizer::nameKey("Jos\u00e9") == "jose");
    CHECK(TextNormalizer::nameKey("O'Neill") == "oneill");
    CHECK(TextNormalizer::nameKey("Molla-Nasraddin") == "molla nasraddin");
    CHECK(TextNormalizer::nameKey("").empty());
    CHECK(TextNormalizer::nameKey("!!!").empty());
}

TEST_CASE("Name keys survive invalid UTF-8", "[core][quiz][names]") {
    const std::string broken = std::string("Ja") + '\xC3' + "vid" + '\xFF' + '\xE2' + '\x80';
    CHECK(TextNormalizer::nameKey(broken) == "ja vid");
}

TEST_CASE("Plain keys compare option texts without transliteration", "[core][quiz][names]") {
    CHECK(TextNormalizer::plainKey("Shot in Baku, 1938") ==
          TextNormalizer::plainKey("shot in baku 1938"));
    CHECK(TextNormalizer::plainKey("Cavid") == "cavid");
}

TEST_CASE("Name keys write Russian letters in Latin", "[core][quiz][names]") {
    CHECK(TextNormalizer::nameKey("Гусейн Джавид") == "guseyn javid");
    CHECK(TextNormalizer::nameKey("МИКАИЛ МУШФИГ") == "mikail mushfig");
    CHECK(TextNormalizer::nameKey("Нахичеванский") == "nakhichevanski");
    CHECK(TextNormalizer::nameKey("Юсиф Чеменземинли") == "yusif chemenzeminli");
    CHECK(TextNormalizer::nameKey("Чобан-заде") == "choban zade");
    // A plain key keeps Russian words, in lower case, so Russian options stay apart.
    CHECK(TextNormalizer::plainKey("Расстрелян в Баку") == "расстрелян в баку");
    CHECK(TextNormalizer::plainKey("Ёлка") == "елка");
}

TEST_CASE("The first letter is capitalised as the language writes it", "[text][i18n]") {
    CHECK(TextNormalizer::capitalised("poet and playwright", "en") == "Poet and playwright");
    CHECK(TextNormalizer::capitalised("şair və dramaturq", "az") == "Şair və dramaturq");
    CHECK(TextNormalizer::capitalised("ilk qadın xalq komissarı", "az") ==
          "İlk qadın xalq komissarı");
    CHECK(TextNormalizer::capitalised("расстреляна в 1938 году", "ru") ==
          "Расстреляна в 1938 году");
    CHECK(TextNormalizer::capitalised("", "ru").empty());
}
