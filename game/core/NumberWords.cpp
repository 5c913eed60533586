#include <core/NumberWords.hpp>

#include <array>
#include <cstddef>

namespace yaddas::core {

namespace {

using Words = std::array<const char*, 10>;
using Teens = std::array<const char*, 20>;
using Scales = std::array<const char*, 7>;

constexpr unsigned long long kPowers[7] = {1ULL,
                                           1000ULL,
                                           1000000ULL,
                                           1000000000ULL,
                                           1000000000000ULL,
                                           1000000000000000ULL,
                                           1000000000000000000ULL};

bool isRussian(std::string_view language) {
    return language == "ru";
}
bool isAzerbaijani(std::string_view language) {
    return language == "az";
}

void appendWord(std::string& out, std::string_view word) {
    if (word.empty()) {
        return;
    }
    if (!out.empty()) {
        out += ' ';
    }
    out += word;
}

// The magnitude of a long long, LLONG_MIN included.
unsigned long long magnitude(long long number) {
    return number < 0 ? 0ULL - static_cast<unsigned long long>(number)
                      : static_cast<unsigned long long>(number);
}

std::size_t index(unsigned long long n) {
    return static_cast<std::size_t>(n);
}

// --- English -------------------------------------------------------------------------------

const Teens kEnglishOnes = {"zero",    "one",     "two",       "three",    "four",
                            "five",    "six",     "seven",     "eight",    "nine",
                            "ten",     "eleven",  "twelve",    "thirteen", "fourteen",
                            "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
const Words kEnglishTens = {"",      "",      "twenty",  "thirty", "forty",
                            "fifty", "sixty", "seventy", "eighty", "ninety"};
const Scales kEnglishScales = {"",         "thousand",    "million",    "billion",
                               "trillion", "quadrillion", "quintillion"};

std::string englishBelowThousand(unsigned long long n) {
    std::string out;
    if (n >= 100) {
        appendWord(out, kEnglishOnes[index(n / 100)]);
        appendWord(out, "hundred");
        n %= 100;
    }
    if (n >= 20) {
        std::string tens = kEnglishTens[index(n / 10)];
        if (n % 10 != 0) {
            tens += '-';
            tens += kEnglishOnes[index(n % 10)];
        }
        appendWord(out, tens);
    } else if (n > 0) {
        appendWord(out, kEnglishOnes[index(n)]);
    }
    return out;
}

std::string englishCardinal(unsigned long long n) {
    if (n == 0) {
        return "zero";
    }
    std::string out;
    for (std::size_t s = 7; s-- > 0;) {
        const unsigned long long group = (n / kPowers[s]) % 1000;
        if (group != 0) {
            appendWord(out, englishBelowThousand(group));
            appendWord(out, kEnglishScales[s]);
        }
    }
    return out;
}

// "twenty-eight" → "twenty-eighth": only the last word changes.
std::string englishOrdinal(std::string cardinal) {
    const std::size_t cut = cardinal.find_last_of(" -");
    const std::size_t start = cut == std::string::npos ? 0 : cut + 1;
    const std::string last = cardinal.substr(start);
    cardinal.erase(start);
    static const std::array<std::pair<const char*, const char*>, 6> irregular = {
        {{"one", "first"},
         {"two", "second"},
         {"three", "third"},
         {"five", "fifth"},
         {"eight", "eighth"},
         {"nine", "ninth"}}};
    for (const auto& [word, ordinal] : irregular) {
        if (last == word) {
            return cardinal + ordinal;
        }
    }
    if (last == "twelve") {
        return cardinal + "twelfth";
    }
    if (!last.empty() && last.back() == 'y') {
        return cardinal + last.substr(0, last.size() - 1) + "ieth";
    }
    return cardinal + last + "th";
}

// --- Azerbaijani ---------------------------------------------------------------------------

const Words kAzOnes = {"sıfır", "bir",  "iki",   "üç",     "dörd",
                       "beş",   "altı", "yeddi", "səkkiz", "doqquz"};
const Words kAzTens = {"",     "on",     "iyirmi", "otuz",   "qırx",
                       "əlli", "altmış", "yetmiş", "səksən", "doxsan"};
const Scales kAzScales = {"", "min", "milyon", "milyard", "trilyon", "kvadrilyon", "kvintilyon"};

std::string azBelowThousand(unsigned long long n) {
    std::string out;
    if (n >= 100) {
        if (n / 100 != 1) { // "yüz", not "bir yüz"
            appendWord(out, kAzOnes[index(n / 100)]);
        }
        appendWord(out, "yüz");
        n %= 100;
    }
    if (n >= 10) {
        appendWord(out, kAzTens[index(n / 10)]);
    }
    if (n % 10 != 0) {
        appendWord(out, kAzOnes[index(n % 10)]);
    }
    return out;
}

std::string azCardinal(unsigned long long n) {
    if (n == 0) {
        return kAzOnes[0];
    }
    std::string out;
    for (std::size_t s = 7; s-- > 0;) {
        const unsigned long long group = (n / kPowers[s]) % 1000;
        if (group == 0) {
            continue;
        }
        if (!(s == 1 && group == 1)) { // "min", not "bir min"; but "bir milyon"
            appendWord(out, azBelowThousand(group));
        }
        appendWord(out, kAzScales[s]);
    }
    return out;
}

// The ordinal suffix follows the last vowel: birinci, üçüncü, altıncı, doqquzuncu, iyirminci.
std::string azOrdinal(std::string cardinal) {
    static const std::array<std::pair<std::string_view, std::string_view>, 9> vowels = {
        {{"a", "ı"},
         {"ı", "ı"},
         {"o", "u"},
         {"u", "u"},
         {"e", "i"},
         {"ə", "i"},
         {"i", "i"},
         {"ö", "ü"},
         {"ü", "ü"}}};
    std::string_view harmony = "i";
    bool endsInVowel = false;
    bool found = false;
    const std::string_view text = cardinal;
    for (std::size_t end = text.size(); end > 0 && !found;) {
        std::size_t start = end - 1;
        while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0U) == 0x80U) {
            --start;
        }
        const std::string_view letter = text.substr(start, end - start);
        for (const auto& [vowel, suffixVowel] : vowels) {
            if (letter == vowel) {
                harmony = suffixVowel;
                endsInVowel = end == text.size();
                found = true;
                break;
            }
        }
        end = start;
    }
    if (!endsInVowel) {
        cardinal += harmony;
    }
    cardinal += "nc";
    cardinal += harmony;
    return cardinal;
}

// --- Russian -------------------------------------------------------------------------------

const Teens kRuOnes = {"ноль",       "один",        "два",        "три",          "четыре",
                       "пять",       "шесть",       "семь",       "восемь",       "девять",
                       "десять",     "одиннадцать", "двенадцать", "тринадцать",   "четырнадцать",
                       "пятнадцать", "шестнадцать", "семнадцать", "восемнадцать", "девятнадцать"};
const Words kRuTens = {"",          "",           "двадцать",  "тридцать",    "сорок",
                       "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят", "девяносто"};
const Words kRuHundreds = {"",        "сто",      "двести",  "триста",    "четыреста",
                           "пятьсот", "шестьсот", "семьсот", "восемьсот", "девятьсот"};

struct RuScale {
    const char* one;
    const char* few;
    const char* many;
};
const std::array<RuScale, 7> kRuScales = {{{"", "", ""},
                                           {"тысяча", "тысячи", "тысяч"},
                                           {"миллион", "миллиона", "миллионов"},
                                           {"миллиард", "миллиарда", "миллиардов"},
                                           {"триллион", "триллиона", "триллионов"},
                                           {"квадриллион", "квадриллиона", "квадриллионов"},
                                           {"квинтиллион", "квинтиллиона", "квинтиллионов"}}};

std::string ruBelowThousand(unsigned long long n, NumberWords::Gender gender) {
    std::string out;
    appendWord(out, kRuHundreds[index(n / 100)]);
    n %= 100;
    if (n >= 20) {
        appendWord(out, kRuTens[index(n / 10)]);
        n %= 10;
    }
    if (n == 0) {
        return out;
    }
    if (n == 1 && gender == NumberWords::Gender::Feminine) {
        appendWord(out, "одна");
    } else if (n == 1 && gender == NumberWords::Gender::Neuter) {
        appendWord(out, "одно");
    } else if (n == 2 && gender == NumberWords::Gender::Feminine) {
        appendWord(out, "две");
    } else {
        appendWord(out, kRuOnes[index(n)]);
    }
    return out;
}

// `bareThousand` says "тысяча", not "одна тысяча", as in years ("тысяча девятьсот").
std::string ruCardinal(unsigned long long n, NumberWords::Gender gender, bool bareThousand) {
    if (n == 0) {
        return kRuOnes[0];
    }
    std::string out;
    for (std::size_t s = 7; s-- > 0;) {
        const unsigned long long group = (n / kPowers[s]) % 1000;
        if (group == 0) {
            continue;
        }
        if (s == 0) {
            appendWord(out, ruBelowThousand(group, gender));
            continue;
        }
        if (!(s == 1 && group == 1 && bareThousand)) {
            appendWord(out, ruBelowThousand(group, s == 1 ? NumberWords::Gender::Feminine
                                                          : NumberWords::Gender::Masculine));
        }
        const RuScale& scale = kRuScales[s];
        appendWord(out, NumberWords::russianPlural(static_cast<long long>(group), scale.one,
                                                   scale.few, scale.many));
    }
    return out;
}

// An ordinal stem and how it declines: 0 "-ый" (пятый), 1 stressed "-ой" (седьмой), 2 третий.
struct RuStem {
    std::string stem;
    int kind = 0;
};

const std::array<RuStem, 10> kRuUnitStems = {{{"нулев", 1},
                                              {"перв", 0},
                                              {"втор", 1},
                                              {"трет", 2},
                                              {"четвёрт", 0},
                                              {"пят", 0},
                                              {"шест", 1},
                                              {"седьм", 1},
                                              {"восьм", 1},
                                              {"девят", 0}}};
const std::array<const char*, 10> kRuTeenStems = {
    "десят",     "одиннадцат", "двенадцат", "тринадцат",   "четырнадцат",
    "пятнадцат", "шестнадцат", "семнадцат", "восемнадцат", "девятнадцат"};
const Words kRuTenStems = {"",          "",           "двадцат",   "тридцат",     "сороков",
                           "пятидесят", "шестидесят", "семидесят", "восьмидесят", "девяност"};
const Words kRuHundredStems = {"",        "сот",      "двухсот", "трёхсот",   "четырёхсот",
                               "пятисот", "шестисот", "семисот", "восьмисот", "девятисот"};
const Scales kRuScaleStems = {"",          "тысячн",       "миллионн",    "миллиардн",
                              "триллионн", "квадриллионн", "квинтиллионн"};
// Genitive forms fused in front of a scale: "двух" + "тысячный", "двадцатипяти" + "тысячный".
const Teens kRuFusedOnes = {
    "",           "одно",        "двух",       "трёх",         "четырёх",
    "пяти",       "шести",       "семи",       "восьми",       "девяти",
    "десяти",     "одиннадцати", "двенадцати", "тринадцати",   "четырнадцати",
    "пятнадцати", "шестнадцати", "семнадцати", "восемнадцати", "девятнадцати"};
const Words kRuFusedTens = {"",
                            "",
                            "двадцати",
                            "тридцати",
                            "сорока",
                            "пятидесяти",
                            "шестидесяти",
                            "семидесяти",
                            "восьмидесяти",
                            "девяноста"};
const Words kRuFusedHundreds = {"",        "сто",      "двухсот", "трёхсот",   "четырёхсот",
                                "пятисот", "шестисот", "семисот", "восьмисот", "девятисот"};

std::string ruEnding(int kind, NumberWords::Gender gender, NumberWords::Case grammaticalCase) {
    using G = NumberWords::Gender;
    // Rows: gender; columns: Nominative, Genitive, Dative, Accusative, Instrumental,
    // Prepositional (inanimate accusative is the nominative).
    static const std::array<std::array<const char*, 6>, 4> hard = {{
        {"ый", "ого", "ому", "ый", "ым", "ом"},
        {"ая", "ой", "ой", "ую", "ой", "ой"},
        {"ое", "ого", "ому", "ое", "ым", "ом"},
        {"ые", "ых", "ым", "ые", "ыми", "ых"},
    }};
    static const std::array<std::array<const char*, 6>, 4> third = {{
        {"ий", "ьего", "ьему", "ий", "ьим", "ьем"},
        {"ья", "ьей", "ьей", "ью", "ьей", "ьей"},
        {"ье", "ьего", "ьему", "ье", "ьим", "ьем"},
        {"ьи", "ьих", "ьим", "ьи", "ьими", "ьих"},
    }};
    const std::size_t row = gender == G::Masculine  ? 0
                            : gender == G::Feminine ? 1
                            : gender == G::Neuter   ? 2
                                                    : 3;
    const auto column = static_cast<std::size_t>(grammaticalCase);
    if (kind == 2) {
        return third[row][column];
    }
    if (kind == 1 && row == 0 &&
        (grammaticalCase == NumberWords::Case::Nominative ||
         grammaticalCase == NumberWords::Case::Accusative)) {
        return "ой";
    }
    return hard[row][column];
}

std::string ruOrdinal(unsigned long long n, NumberWords::Gender gender,
                      NumberWords::Case grammaticalCase) {
    if (n == 0) {
        return kRuUnitStems[0].stem + ruEnding(1, gender, grammaticalCase);
    }
    std::size_t s = 0;
    while ((n / kPowers[s]) % 1000 == 0) {
        ++s;
    }
    const unsigned long long group = (n / kPowers[s]) % 1000;
    const unsigned long long higher = n - group * kPowers[s];
    std::string out =
        higher == 0 ? std::string() : ruCardinal(higher, NumberWords::Gender::Masculine, true);
    RuStem last;
    if (s > 0) {
        std::string fused;
        if (group != 1) {
            fused += kRuFusedHundreds[index(group / 100)];
            const unsigned long long rest = group % 100;
            if (rest < 20) {
                fused += kRuFusedOnes[index(rest)];
            } else {
                fused += kRuFusedTens[index(rest / 10)];
                fused += kRuFusedOnes[index(rest % 10)];
            }
        }
        last = {fused + kRuScaleStems[s], 0};
    } else {
        const unsigned long long rest = group % 100;
        if (rest == 0) {
            last = {kRuHundredStems[index(group / 100)], 0};
        } else {
            appendWord(out, kRuHundreds[index(group / 100)]);
            if (rest < 10) {
                last = kRuUnitStems[index(rest)];
            } else if (rest < 20) {
                last = {kRuTeenStems[index(rest - 10)], 0};
            } else if (rest % 10 == 0) {
                last = {kRuTenStems[index(rest / 10)], rest == 40 ? 1 : 0};
            } else {
                appendWord(out, kRuTens[index(rest / 10)]);
                last = kRuUnitStems[index(rest % 10)];
            }
        }
    }
    appendWord(out, last.stem + ruEnding(last.kind, gender, grammaticalCase));
    return out;
}

std::string cardinalOf(unsigned long long n, std::string_view language,
                       NumberWords::Gender gender) {
    if (isRussian(language)) {
        return ruCardinal(n, gender, false);
    }
    if (isAzerbaijani(language)) {
        return azCardinal(n);
    }
    return englishCardinal(n);
}

std::string minus(std::string_view language) {
    return isRussian(language) ? "минус" : isAzerbaijani(language) ? "mənfi" : "minus";
}

unsigned long long digitValue(std::string_view digits) {
    unsigned long long value = 0;
    for (const char c : digits) {
        value = value * 10 + static_cast<unsigned long long>(c - '0');
    }
    return value;
}

} // namespace

std::string NumberWords::cardinal(long long number, std::string_view language) {
    return cardinal(number, language, Gender::Masculine);
}

std::string NumberWords::cardinal(long long number, std::string_view language, Gender gender) {
    std::string words = cardinalOf(magnitude(number), language, gender);
    return number < 0 ? minus(language) + " " + words : words;
}

std::string NumberWords::ordinal(long long number, std::string_view language, Case grammaticalCase,
                                 Gender gender) {
    const unsigned long long n = magnitude(number);
    std::string words;
    if (isRussian(language)) {
        words = ruOrdinal(n, gender, grammaticalCase);
    } else if (isAzerbaijani(language)) {
        words = azOrdinal(azCardinal(n));
    } else {
        words = englishOrdinal(englishCardinal(n));
    }
    return number < 0 ? minus(language) + " " + words : words;
}

std::string NumberWords::year(long long year, std::string_view language) {
    if (isRussian(language)) {
        return year >= 1000 && year < 2000
                   ? ruCardinal(static_cast<unsigned long long>(year), Gender::Masculine, true)
                   : cardinal(year, language);
    }
    if (isAzerbaijani(language) || year < 1000 || year > 9999 || year % 1000 == 0) {
        return cardinal(year, language);
    }
    if (year > 2000 && year < 2010) {
        return "two thousand " + englishCardinal(static_cast<unsigned long long>(year % 10));
    }
    const auto high = static_cast<unsigned long long>(year / 100);
    const auto low = static_cast<unsigned long long>(year % 100);
    if (low == 0) {
        return englishCardinal(high) + " hundred";
    }
    return englishCardinal(high) + (low < 10 ? " oh " : " ") + englishCardinal(low);
}

std::string NumberWords::decimal(long long whole, std::string_view fraction,
                                 std::string_view language) {
    if (fraction.empty()) {
        return cardinal(whole, language);
    }
    const bool exact = fraction.size() <= 3;
    if (isRussian(language)) {
        const unsigned long long w = magnitude(whole);
        if (!exact) {
            return cardinal(whole, language) + " запятая " + digits(fraction, language);
        }
        const auto part = static_cast<long long>(digitValue(fraction));
        static const std::array<std::pair<const char*, const char*>, 3> denominators = {
            {{"десятая", "десятых"}, {"сотая", "сотых"}, {"тысячная", "тысячных"}}};
        const auto& [one, many] = denominators[fraction.size() - 1];
        std::string out = cardinal(whole, language, Gender::Feminine);
        out += w % 10 == 1 && w % 100 != 11 ? " целая " : " целых ";
        out += cardinal(part, language, Gender::Feminine);
        out += ' ';
        out += part % 10 == 1 && part % 100 != 11 ? one : many;
        return out;
    }
    if (isAzerbaijani(language)) {
        if (!exact) {
            return cardinal(whole, language) + " vergül " + digits(fraction, language);
        }
        static const std::array<const char*, 3> denominators = {"onda", "yüzdə", "mində"};
        return cardinal(whole, language) + " tam " + denominators[fraction.size() - 1] + " " +
               cardinal(static_cast<long long>(digitValue(fraction)), language);
    }
    return cardinal(whole, language) + " point " + digits(fraction, language);
}

std::string NumberWords::digits(std::string_view digits, std::string_view language) {
    std::string out;
    for (const char c : digits) {
        if (c >= '0' && c <= '9') {
            appendWord(out, cardinalOf(static_cast<unsigned long long>(c - '0'), language,
                                       Gender::Masculine));
        }
    }
    return out;
}

std::string_view NumberWords::russianPlural(long long count, std::string_view one,
                                            std::string_view few, std::string_view many) {
    const unsigned long long n = magnitude(count);
    if (n % 10 == 1 && n % 100 != 11) {
        return one;
    }
    if (n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14)) {
        return few;
    }
    return many;
}

} // namespace yaddas::core
