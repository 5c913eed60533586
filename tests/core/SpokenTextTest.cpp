#include <core/SpokenText.hpp>

#include <catch2/catch.hpp>

#include <chrono>
#include <random>
#include <string>

using yaddas::core::ForeignName;
using yaddas::core::SpokenPart;
using yaddas::core::SpokenText;

namespace {

std::string say(const char* language, std::string_view text) {
    const SpokenText spoken(language);
    std::string out;
    for (const SpokenPart& part : spoken.parts(text)) {
        out += part.text;
    }
    return out;
}

} // namespace

TEST_CASE("The static cardinal is the number in words", "[spoken]") {
    CHECK(SpokenText::cardinal(1575259, "en") ==
          "one million five hundred seventy-five thousand two hundred fifty-nine");
    CHECK(SpokenText::cardinal(-7, "ru") == "минус семь");
}

TEST_CASE("Grouped numbers are read as one number", "[spoken]") {
    CHECK(say("en", "1 575 259 people") ==
          "one million five hundred seventy-five thousand two hundred fifty-nine people");
    CHECK(say("en", "1\u00a0575\u00a0259") == say("en", "1 575 259"));
    CHECK(say("en", "1\u2009575\u2009259") == say("en", "1 575 259"));
    CHECK(say("en", "1\u202f575\u202f259") == say("en", "1 575 259"));
    CHECK(say("en", "100,000 deported") == "one hundred thousand deported");
    CHECK(say("en", "1, 2, 3") == "one, two, three");
    CHECK(say("az", "1 575 259 nəfər") ==
          "bir milyon beş yüz yetmiş beş min iki yüz əlli doqquz nəfər");
    CHECK(say("az", "70.000 nəfər") == "yetmiş min nəfər");
    CHECK(say("ru", "1 575 259 человек") ==
          "один миллион пятьсот семьдесят пять тысяч двести пятьдесят девять человек");
    CHECK(say("ru", "100 000") == "сто тысяч");
    CHECK(say("en", "0 and 100") == "zero and one hundred");
    CHECK(say("en", "1 000 000 and 1 001") == "one million and one thousand one");
    CHECK(say("en", "1001") == "ten oh one"); // a year in a history text
    CHECK(say("az", "1 000 000 və 1001") == "bir milyon və min bir");
    CHECK(say("ru", "1 000 000 и 15") == "один миллион и пятнадцать");
    CHECK(say("en", "12345678901234567890") ==
          "one two three four five six seven eight nine zero one two three four five six seven "
          "eight nine zero");
    // A four-digit year is not the head of a group.
    CHECK(say("en", "in 1937 500 people") == "in nineteen thirty-seven five hundred people");
}

TEST_CASE("Decimals and percentages", "[spoken]") {
    CHECK(say("en", "2.5 times") == "two point five times");
    CHECK(say("az", "2,5 dəfə") == "iki tam onda beş dəfə");
    CHECK(say("ru", "2,5 раза") == "две целых пять десятых раза");
    CHECK(say("en", "28 %") == "twenty-eight percent");
    CHECK(say("en", "28%.") == "twenty-eight percent.");
    CHECK(say("az", "28%") == "iyirmi səkkiz faiz");
    CHECK(say("ru", "28 %") == "двадцать восемь процентов");
    CHECK(say("ru", "21%") == "двадцать один процент");
    CHECK(say("ru", "3%") == "три процента");
    CHECK(say("ru", "11%") == "одиннадцать процентов");
    CHECK(say("ru", "2,5%") == "две целых пять десятых процента");
}

TEST_CASE("English dates, years, decades and ranges", "[spoken]") {
    CHECK(say("en", "On 28 April 1920 the army entered Baku.") ==
          "On the twenty-eighth of April, nineteen twenty the army entered Baku.");
    CHECK(say("en", "April 1920") == "April nineteen twenty");
    CHECK(say("en", "April 28, 1920") == "April twenty-eighth, nineteen twenty");
    CHECK(say("en", "in 1937") == "in nineteen thirty-seven");
    CHECK(say("en", "1905") == "nineteen oh five");
    CHECK(say("en", "2000") == "two thousand");
    CHECK(say("en", "the 1920s") == "the nineteen twenties");
    CHECK(say("en", "1900s") == "nineteen hundreds");
    CHECK(say("en", "1937–1938") == "nineteen thirty-seven to nineteen thirty-eight");
    CHECK(say("en", "1937-1938") == "nineteen thirty-seven to nineteen thirty-eight");
    CHECK(say("en", "1937 – 1938") == "nineteen thirty-seven to nineteen thirty-eight");
    CHECK(say("en", "the 1st, 2nd, 3rd and 20th") == "the first, second, third and twentieth");
    CHECK(say("en", "28.04.1920") == "the twenty-eighth of April, nineteen twenty");
    CHECK(say("en", "c. 1937") == "circa nineteen thirty-seven");
}

TEST_CASE("Azerbaijani dates, years and ordinals", "[spoken]") {
    CHECK(say("az", "28 aprel 1920") == "iyirmi səkkiz aprel min doqquz yüz iyirmi");
    CHECK(say("az", "1920-ci il") == "min doqquz yüz iyirminci il");
    CHECK(say("az", "1920-ci illər") == "min doqquz yüz iyirminci illər");
    CHECK(say("az", "1930-cu illərdə") == "min doqquz yüz otuzuncu illərdə");
    CHECK(say("az", "1-ci, 2-ci, 3-cü, 20-ci") == "birinci, ikinci, üçüncü, iyirminci");
    CHECK(say("az", "1937-də") == "min doqquz yüz otuz yeddidə");
    CHECK(say("az", "aprelin 28-i") == "aprelin iyirmi səkkizi");
    CHECK(say("az", "1937–1938") == "min doqquz yüz otuz yeddi – min doqquz yüz otuz səkkiz");
    CHECK(say("az", "aprel 1920") == "aprel min doqquz yüz iyirmi");
}

TEST_CASE("Russian dates and years agree in case", "[spoken]") {
    CHECK(say("ru", "28 апреля 1920 года") ==
          "двадцать восьмого апреля тысяча девятьсот двадцатого года");
    CHECK(say("ru", "в 1937 году") == "в тысяча девятьсот тридцать седьмом году");
    CHECK(say("ru", "1937 год") == "тысяча девятьсот тридцать седьмой год");
    CHECK(say("ru", "к 1940 году") == "к тысяча девятьсот сороковому году");
    CHECK(say("ru", "в апреле 1920 года") == "в апреле тысяча девятьсот двадцатого года");
    CHECK(say("ru", "в апреле 1920") == "в апреле тысяча девятьсот двадцатого");
    CHECK(say("ru", "в 1937 г. было") == "в тысяча девятьсот тридцать седьмом году было");
    CHECK(say("ru", "в 1937 г. Потом") == "в тысяча девятьсот тридцать седьмом году. Потом");
    CHECK(say("ru", "1937") == "тысяча девятьсот тридцать семь");
    CHECK(say("ru", "1920-е годы") == "двадцатые годы");
    CHECK(say("ru", "1920-х годов") == "двадцатых годов");
    CHECK(say("ru", "1-й, 2-го") == "первый, второго");
    CHECK(say("ru", "1937–1938") ==
          "тысяча девятьсот тридцать седьмой — тысяча девятьсот тридцать восьмой");
    CHECK(say("ru", "в 1937–1938 годах") ==
          "в тысяча девятьсот тридцать седьмом — тысяча девятьсот тридцать восьмом годах");
    CHECK(say("ru", "28.04.1920") == "двадцать восьмого апреля тысяча девятьсот двадцатого года");
    CHECK(say("ru", "на 5 мая") == "на пятое мая");
    CHECK(say("ru", "С 1 по 5 мая 1937 г. прошли аресты.") ==
          "С первого по пятое мая тысяча девятьсот тридцать седьмого года прошли аресты.");
    CHECK(say("ru", "перепись 1939 г., итоги") ==
          "перепись тысяча девятьсот тридцать девятого года, итоги");
    CHECK(say("ru", "в XX веке, ХХ в. и XIX века") ==
          "в двадцатом веке, двадцатого века и девятнадцатого века");
}

TEST_CASE("Order numbers and article parts are not ranges", "[spoken]") {
    CHECK(say("ru", "Приказ № 00447") == "Приказ № ноль ноль четыреста сорок семь");
    CHECK(say("ru", "Статья 58-10") == "Статья пятьдесят восемь-десять");
    CHECK(say("en", "Article 58-10") == "Article fifty-eight-ten");
    CHECK(say("en", "In 1937–38") == "In nineteen thirty-seven to thirty-eight");
    CHECK(say("en", "the XX century") == "the twentieth century");
    CHECK(say("az", "XX əsrin 30-cu illərində") == "iyirminci əsrin otuzuncu illərində");
}

TEST_CASE("Abbreviations are said as listeners expect", "[spoken]") {
    CHECK(say("en", "the NKVD of the USSR") == "the en kay vee dee of the you ess ess ar");
    CHECK(say("en", "OGPU, KGB") == "oh gee pee you, kay gee bee");
    CHECK(say("az", "NKVD və XDİK") == "en-ka-ve-de və xe-de-i-ka");
    CHECK(say("az", "KQB, SSRİ-də") == "ka-qe-be, es-es-er-i-də");
    CHECK(say("ru", "НКВД СССР") == "эн-ка-вэ-дэ эс-эс-эс-эр");
    CHECK(say("ru", "ГПУ, ОГПУ, КГБ") == "гэ-пэ-у, о-гэ-пэ-у, ка-гэ-бэ");
    // Only whole words: a longer word holding the letters stays.
    CHECK(say("en", "NKVDX") == "NKVDX");
}

TEST_CASE("Foreign names are read by their own voice", "[spoken]") {
    const SpokenText spoken("en", {{"Bekir", "az", "Bəkir"},
                                   {"Bekir Chobanzade", "az", "Bəkir Çobanzadə"},
                                   {"Baku", "en", "Baku"}});
    const std::vector<SpokenPart> parts =
        spoken.parts("In 1937 Bekir Chobanzade was arrested in Baku.");
    REQUIRE(parts.size() == 3);
    CHECK(parts[0] == SpokenPart{"en", "In nineteen thirty-seven "});
    CHECK(parts[1] == SpokenPart{"az", "Bəkir Çobanzadə"});
    CHECK(parts[2] == SpokenPart{"en", " was arrested in Baku."});
    CHECK(spoken.forLog("Bekir Chobanzade, 1937") ==
          "[az: Bəkir Çobanzadə], nineteen thirty-seven");
    // Not inside a longer word.
    CHECK(spoken.parts("Bekirov") == std::vector<SpokenPart>{{"en", "Bekirov"}});
    // Two names side by side make one part.
    CHECK(spoken.parts("Bekir Bekir") == std::vector<SpokenPart>{{"az", "Bəkir Bəkir"}});
    // The Azerbaijani voice leaves an Azerbaijani name where it is.
    const SpokenText az("az", {{"Bəkir Çobanzadə", "az", "Bəkir Çobanzadə"}});
    CHECK(az.parts("Bəkir Çobanzadə 1937-ci ildə") ==
          std::vector<SpokenPart>{{"az", "Bəkir Çobanzadə min doqquz yüz otuz yeddinci ildə"}});
}

TEST_CASE("Other text is left as it is", "[spoken]") {
    CHECK(say("en", "Hello, world! (A test.)") == "Hello, world! (A test.)");
    CHECK(say("ru", "«Враг народа» — ярлык.") == "«Враг народа» — ярлык.");
    CHECK(say("en", "") == "");
    CHECK(SpokenText("en").parts("").empty());
}

TEST_CASE("Invalid UTF-8 and long random input finish", "[spoken]") {
    CHECK(say("en", std::string("a\xff"
                                "b \xc3 1\xe2\x80 2")) == "a b   one  two");
    const std::string broken("\xf0\x9f\x98 1 575\xed\xa0\x80 259 \xc0\xaf");
    for (const char* language : {"en", "az", "ru"}) {
        CHECK_NOTHROW(SpokenText(language).parts(broken));
    }

    std::mt19937 random(20261202);
    const std::string pieces[] = {
        "1",  "937", " ",     "-",      "–",    ".",    ",",    "%",      "года",  "г",  "в",
        "ci", "s",   "April", "апреля", "\xd0", "\xff", "NKVD", "\u00a0", "Bekir", "th", "’"};
    std::string text;
    while (text.size() < 100000) {
        text += pieces[random() % (sizeof pieces / sizeof pieces[0])];
    }
    std::string bytes;
    while (bytes.size() < 100000) {
        bytes += static_cast<char>(random() % 256);
    }
    for (const char* language : {"en", "az", "ru"}) {
        const SpokenText spoken(language, {{"Bekir", "az", "Bəkir"}});
        const auto start = std::chrono::steady_clock::now();
        CHECK_NOTHROW(spoken.parts(text));
        CHECK_NOTHROW(spoken.parts(bytes));
        CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(2));
    }
}

TEST_CASE("A key name with a digit is not read as a number", "[spoken]") {
    CHECK(say("en", "F2 turns it off, F3 reads on") == "F2 turns it off, F3 reads on");
    CHECK(say("az", "F2 düyməsi") == "F2 düyməsi");
}
