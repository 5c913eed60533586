#include <core/NumberWords.hpp>

#include <catch2/catch.hpp>

#include <climits>

using yaddas::core::NumberWords;
using Case = NumberWords::Case;
using Gender = NumberWords::Gender;

TEST_CASE("English cardinals", "[spoken]") {
    CHECK(NumberWords::cardinal(0, "en") == "zero");
    CHECK(NumberWords::cardinal(11, "en") == "eleven");
    CHECK(NumberWords::cardinal(15, "en") == "fifteen");
    CHECK(NumberWords::cardinal(19, "en") == "nineteen");
    CHECK(NumberWords::cardinal(28, "en") == "twenty-eight");
    CHECK(NumberWords::cardinal(100, "en") == "one hundred");
    CHECK(NumberWords::cardinal(105, "en") == "one hundred five");
    CHECK(NumberWords::cardinal(1000, "en") == "one thousand");
    CHECK(NumberWords::cardinal(1001, "en") == "one thousand one");
    CHECK(NumberWords::cardinal(1000000, "en") == "one million");
    CHECK(NumberWords::cardinal(1575259, "en") ==
          "one million five hundred seventy-five thousand two hundred fifty-nine");
    CHECK(NumberWords::cardinal(1000000000000LL, "en") == "one trillion");
    CHECK(NumberWords::cardinal(-5, "en") == "minus five");
    CHECK(NumberWords::cardinal(LLONG_MIN, "en").rfind("minus nine quintillion", 0) == 0);
    CHECK(NumberWords::cardinal(LLONG_MAX, "en").rfind("nine quintillion", 0) == 0);
}

TEST_CASE("Azerbaijani cardinals say min and yüz without bir", "[spoken]") {
    CHECK(NumberWords::cardinal(0, "az") == "sıfır");
    CHECK(NumberWords::cardinal(11, "az") == "on bir");
    CHECK(NumberWords::cardinal(19, "az") == "on doqquz");
    CHECK(NumberWords::cardinal(100, "az") == "yüz");
    CHECK(NumberWords::cardinal(1000, "az") == "min");
    CHECK(NumberWords::cardinal(1001, "az") == "min bir");
    CHECK(NumberWords::cardinal(1920, "az") == "min doqquz yüz iyirmi");
    CHECK(NumberWords::cardinal(2000, "az") == "iki min");
    CHECK(NumberWords::cardinal(100000, "az") == "yüz min");
    CHECK(NumberWords::cardinal(1000000, "az") == "bir milyon");
    CHECK(NumberWords::cardinal(1575259, "az") ==
          "bir milyon beş yüz yetmiş beş min iki yüz əlli doqquz");
    CHECK(NumberWords::cardinal(-3, "az") == "mənfi üç");
}

TEST_CASE("Russian cardinals agree with thousands and millions", "[spoken]") {
    CHECK(NumberWords::cardinal(0, "ru") == "ноль");
    CHECK(NumberWords::cardinal(11, "ru") == "одиннадцать");
    CHECK(NumberWords::cardinal(19, "ru") == "девятнадцать");
    CHECK(NumberWords::cardinal(100, "ru") == "сто");
    CHECK(NumberWords::cardinal(1000, "ru") == "одна тысяча");
    CHECK(NumberWords::cardinal(1001, "ru") == "одна тысяча один");
    CHECK(NumberWords::cardinal(2000, "ru") == "две тысячи");
    CHECK(NumberWords::cardinal(5000, "ru") == "пять тысяч");
    CHECK(NumberWords::cardinal(21000, "ru") == "двадцать одна тысяча");
    CHECK(NumberWords::cardinal(1000000, "ru") == "один миллион");
    CHECK(NumberWords::cardinal(3000000, "ru") == "три миллиона");
    CHECK(NumberWords::cardinal(1575259, "ru") ==
          "один миллион пятьсот семьдесят пять тысяч двести пятьдесят девять");
    CHECK(NumberWords::cardinal(-1, "ru") == "минус один");
    CHECK(NumberWords::cardinal(2, "ru", Gender::Feminine) == "две");
}

TEST_CASE("Ordinals in the three languages", "[spoken]") {
    CHECK(NumberWords::ordinal(1, "en") == "first");
    CHECK(NumberWords::ordinal(2, "en") == "second");
    CHECK(NumberWords::ordinal(12, "en") == "twelfth");
    CHECK(NumberWords::ordinal(20, "en") == "twentieth");
    CHECK(NumberWords::ordinal(28, "en") == "twenty-eighth");
    CHECK(NumberWords::ordinal(1, "az") == "birinci");
    CHECK(NumberWords::ordinal(3, "az") == "üçüncü");
    CHECK(NumberWords::ordinal(6, "az") == "altıncı");
    CHECK(NumberWords::ordinal(9, "az") == "doqquzuncu");
    CHECK(NumberWords::ordinal(20, "az") == "iyirminci");
    CHECK(NumberWords::ordinal(30, "az") == "otuzuncu");
    CHECK(NumberWords::ordinal(1920, "az") == "min doqquz yüz iyirminci");
    CHECK(NumberWords::ordinal(1937, "ru") == "тысяча девятьсот тридцать седьмой");
    CHECK(NumberWords::ordinal(1937, "ru", Case::Prepositional) ==
          "тысяча девятьсот тридцать седьмом");
    CHECK(NumberWords::ordinal(1920, "ru", Case::Genitive) == "тысяча девятьсот двадцатого");
    CHECK(NumberWords::ordinal(28, "ru", Case::Genitive, Gender::Neuter) == "двадцать восьмого");
    CHECK(NumberWords::ordinal(3, "ru", Case::Genitive) == "третьего");
    CHECK(NumberWords::ordinal(40, "ru") == "сороковой");
    CHECK(NumberWords::ordinal(20, "ru", Case::Nominative, Gender::Plural) == "двадцатые");
    CHECK(NumberWords::ordinal(1900, "ru") == "тысяча девятисотый");
    CHECK(NumberWords::ordinal(2000, "ru", Case::Prepositional) == "двухтысячном");
    CHECK(NumberWords::ordinal(1000000, "ru") == "миллионный");
}

TEST_CASE("English years are said in pairs", "[spoken]") {
    CHECK(NumberWords::year(1937, "en") == "nineteen thirty-seven");
    CHECK(NumberWords::year(1905, "en") == "nineteen oh five");
    CHECK(NumberWords::year(1900, "en") == "nineteen hundred");
    CHECK(NumberWords::year(2000, "en") == "two thousand");
    CHECK(NumberWords::year(2004, "en") == "two thousand four");
    CHECK(NumberWords::year(2024, "en") == "twenty twenty-four");
    CHECK(NumberWords::year(1937, "ru") == "тысяча девятьсот тридцать семь");
    CHECK(NumberWords::year(1937, "az") == "min doqquz yüz otuz yeddi");
}

TEST_CASE("Decimals", "[spoken]") {
    CHECK(NumberWords::decimal(2, "5", "en") == "two point five");
    CHECK(NumberWords::decimal(2, "5", "az") == "iki tam onda beş");
    CHECK(NumberWords::decimal(2, "25", "az") == "iki tam yüzdə iyirmi beş");
    CHECK(NumberWords::decimal(2, "5", "ru") == "две целых пять десятых");
    CHECK(NumberWords::decimal(1, "1", "ru") == "одна целая одна десятая");
    CHECK(NumberWords::decimal(0, "25", "ru") == "ноль целых двадцать пять сотых");
}
