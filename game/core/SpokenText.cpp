#include <core/SpokenText.hpp>

#include <core/NumberWords.hpp>
#include <core/Utf8.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <initializer_list>
#include <optional>
#include <utility>

namespace yaddas::core {

namespace {

using Case = NumberWords::Case;
using Gender = NumberWords::Gender;

// Abbreviations as a listener of each language says them. espeak-ng spells some of these
// letter by letter on its own, but reads others as words ("OGPU", "ГПУ", "XDİK"), so all of them
// are written out here, in one place. Azerbaijani listeners say the Russian "G" as "q"
// (KQB), as Azerbaijani sources write it.
struct Abbreviation {
    std::string_view language;
    std::string_view written;
    std::string_view spoken;
};
constexpr std::array<Abbreviation, 48> kAbbreviations = {{
    {"en", "NKVD", "en kay vee dee"},
    {"en", "USSR", "you ess ess ar"},
    {"en", "SSR", "ess ess ar"},
    {"en", "ADR", "eh dee ar"},
    {"en", "KGB", "kay gee bee"},
    {"en", "GPU", "gee pee you"},
    {"en", "OGPU", "oh gee pee you"},
    {"en", "NKGB", "en kay gee bee"},
    {"en", "MGB", "em gee bee"},
    {"en", "MVD", "em vee dee"},
    {"en", "CPSU", "see pee ess you"},
    {"en", "RSFSR", "ar ess ef ess ar"},
    {"en", "AzSSR", "Azerbaijan ess ess ar"},
    {"en", "AzCP", "Azerbaijan see pee"},
    {"az", "NKVD", "en-ka-ve-de"},
    {"az", "XDİK", "xe-de-i-ka"},
    {"az", "SSRİ", "es-es-er-i"},
    {"az", "SSR", "es-es-er"},
    {"az", "AXC", "a-xe-ce"},
    {"az", "ADR", "a-de-er"},
    {"az", "KQB", "ka-qe-be"},
    {"az", "KGB", "ka-qe-be"},
    {"az", "QPU", "qe-pe-u"},
    {"az", "GPU", "qe-pe-u"},
    {"az", "OQPU", "o-qe-pe-u"},
    {"az", "OGPU", "o-qe-pe-u"},
    {"az", "NKQB", "en-ka-qe-be"},
    {"az", "NKGB", "en-ka-qe-be"},
    {"az", "MQB", "em-qe-be"},
    {"az", "MGB", "em-qe-be"},
    {"az", "MTN", "em-te-en"},
    {"az", "DTK", "de-te-ka"},
    {"az", "AzSSR", "Azərbaycan es-es-er"},
    {"az", "AzKP", "Azərbaycan ka-pe"},
    {"ru", "НКВД", "эн-ка-вэ-дэ"},
    {"ru", "СССР", "эс-эс-эс-эр"},
    {"ru", "ССР", "эс-эс-эр"},
    {"ru", "ГПУ", "гэ-пэ-у"},
    {"ru", "ОГПУ", "о-гэ-пэ-у"},
    {"ru", "КГБ", "ка-гэ-бэ"},
    {"ru", "НКГБ", "эн-ка-гэ-бэ"},
    {"ru", "МГБ", "эм-гэ-бэ"},
    {"ru", "МВД", "эм-вэ-дэ"},
    {"ru", "КПСС", "ка-пэ-эс-эс"},
    {"ru", "АзССР", "аз-эс-эс-эр"},
    {"ru", "АзКП", "аз-ка-пэ"},
    {"ru", "АДР", "а-дэ-эр"},
    {"ru", "РСФСР", "эр-эс-эф-эс-эр"},
}};

constexpr std::array<std::string_view, 12> kEnglishMonths = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};
constexpr std::array<std::string_view, 12> kAzMonths = {"yanvar",   "fevral",  "mart",   "aprel",
                                                        "may",      "iyun",    "iyul",   "avqust",
                                                        "sentyabr", "oktyabr", "noyabr", "dekabr"};
// Russian months: nominative, genitive ("28 апреля"), prepositional ("в апреле").
constexpr std::array<std::array<std::string_view, 3>, 12> kRuMonths = {{
    {"январь", "января", "январе"},
    {"февраль", "февраля", "феврале"},
    {"март", "марта", "марте"},
    {"апрель", "апреля", "апреле"},
    {"май", "мая", "мае"},
    {"июнь", "июня", "июне"},
    {"июль", "июля", "июле"},
    {"август", "августа", "августе"},
    {"сентябрь", "сентября", "сентябре"},
    {"октябрь", "октября", "октябре"},
    {"ноябрь", "ноября", "ноябре"},
    {"декабрь", "декабря", "декабре"},
}};

bool oneOf(std::string_view word, std::initializer_list<std::string_view> words) {
    return std::find(words.begin(), words.end(), word) != words.end();
}

bool englishMonth(std::string_view w) {
    return std::find(kEnglishMonths.begin(), kEnglishMonths.end(), w) != kEnglishMonths.end();
}

bool isSpaceCode(char32_t c) {
    return c == U' ' || (c >= U'\t' && c <= U'\r') || c == 0xA0 || c == 0x1680 ||
           (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
           c == 0x205F || c == 0x3000;
}

// Letters of any script, and the marks that combine with them; not digits, punctuation or
// symbols. Coarse on purpose: it only has to find where words and numbers start and end.
bool isLetterCode(char32_t c) {
    if (c < 0x80) {
        return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
    }
    if (c < 0xC0) {
        return c == 0xAA || c == 0xB5 || c == 0xBA;
    }
    if (c == 0xD7 || c == 0xF7 || isSpaceCode(c)) {
        return false;
    }
    return !((c >= 0x2000 && c <= 0x2BFF) || (c >= 0x3000 && c <= 0x303F) ||
             (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF0F) || c >= 0xFFF0);
}

bool isWordCode(char32_t c) {
    return isLetterCode(c) || (c >= U'0' && c <= U'9');
}

// The code point ending just before `i`, or nothing at the start or after a broken sequence.
std::optional<char32_t> codeBefore(std::string_view text, std::size_t i) {
    if (i == 0) {
        return std::nullopt;
    }
    std::size_t start = i - 1;
    while (start > 0 && i - start < 4 &&
           (static_cast<unsigned char>(text[start]) & 0xC0U) == 0x80U) {
        --start;
    }
    const Utf8::Sequence sequence = Utf8::decode(text, start);
    if (!sequence.valid() || start + sequence.length != i) {
        return std::nullopt;
    }
    return sequence.code;
}

bool wordBoundaryBefore(std::string_view text, std::size_t i) {
    const std::optional<char32_t> code = codeBefore(text, i);
    return !code || !isWordCode(*code);
}

bool wordBoundaryAt(std::string_view text, std::size_t i) {
    if (i >= text.size()) {
        return true;
    }
    const Utf8::Sequence sequence = Utf8::decode(text, i);
    return !sequence.valid() || !isWordCode(sequence.code);
}

enum class Kind { Word, Digits, Space, Other, Invalid, End };

struct Token {
    Kind kind = Kind::End;
    std::string_view text;
};

std::vector<Token> tokenize(std::string_view text) {
    std::vector<Token> tokens;
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t start = i;
        Utf8::Sequence sequence = Utf8::decode(text, i);
        if (!sequence.valid()) {
            tokens.push_back({Kind::Invalid, text.substr(start, sequence.length)});
            i += sequence.length;
            continue;
        }
        const char32_t first = sequence.code;
        Kind kind = Kind::Other;
        if (first >= U'0' && first <= U'9') {
            kind = Kind::Digits;
        } else if (isSpaceCode(first)) {
            kind = Kind::Space;
        } else if (isLetterCode(first)) {
            kind = Kind::Word;
        }
        i += sequence.length;
        while (kind != Kind::Other && i < text.size()) {
            sequence = Utf8::decode(text, i);
            const char32_t c = sequence.code;
            // A word goes on through digits: a key name ("F2") is not a number.
            const bool same = sequence.valid() &&
                              (kind == Kind::Digits  ? c >= U'0' && c <= U'9'
                               : kind == Kind::Space ? isSpaceCode(c)
                                                     : isLetterCode(c) || (c >= U'0' && c <= U'9'));
            if (!same) {
                break;
            }
            i += sequence.length;
        }
        tokens.push_back({kind, text.substr(start, i - start)});
    }
    return tokens;
}

struct Literal {
    std::string digits;   ///< the whole part, separators left out
    std::string fraction; ///< digits after the decimal separator
    bool grouped = false;
    std::size_t end = 0; ///< the token after the number
};

// A year noun after a Russian number: "года", "году", "г.", "годы", "гг.".
struct YearNoun {
    Case grammaticalCase = Case::Nominative;
    bool plural = false;
    std::string text; ///< as it is to be said ("году" for "г." after "в")
    std::size_t end = 0;
};

std::string ruYearNounText(Case grammaticalCase, bool plural) {
    static const std::array<const char*, 6> singular = {"год", "года",  "году",
                                                        "год", "годом", "году"};
    static const std::array<const char*, 6> many = {"годы", "годов",  "годам",
                                                    "годы", "годами", "годах"};
    const auto column = static_cast<std::size_t>(grammaticalCase);
    return plural ? many[column] : singular[column];
}

// Reads one stretch of text in the speaker's own language, token by token.
class Reader {
public:
    Reader(std::string_view language, std::string_view stretch)
        : language_(language), tokens_(tokenize(stretch)) {}

    std::string read() {
        out_.reserve(tokens_.size() * 4);
        std::size_t i = 0;
        while (i < tokens_.size()) {
            switch (tokens_[i].kind) {
            case Kind::Digits:
                i = number(i, true);
                break;
            case Kind::Word:
                i = word(i);
                break;
            case Kind::Invalid:
                out_ += ' ';
                ++i;
                break;
            default:
                out_ += tokens_[i].text;
                ++i;
                break;
            }
        }
        return std::move(out_);
    }

private:
    bool english() const { return language_ != "az" && language_ != "ru"; }
    bool russian() const { return language_ == "ru"; }

    Kind kind(std::size_t j) const { return j < tokens_.size() ? tokens_[j].kind : Kind::End; }
    std::string_view text(std::size_t j) const {
        return j < tokens_.size() ? tokens_[j].text : std::string_view();
    }
    bool other(std::size_t j, std::initializer_list<std::string_view> texts) const {
        return kind(j) == Kind::Other && oneOf(text(j), texts);
    }
    // The word before token `i` with one space between, as a preposition before a number.
    std::string_view previousWord(std::size_t i) const {
        if (i >= 2 && kind(i - 1) == Kind::Space && kind(i - 2) == Kind::Word) {
            return text(i - 2);
        }
        return {};
    }

    std::size_t word(std::size_t i) {
        const std::string_view w = text(i);
        if (english() && (w == "c" || w == "ca") && other(i + 1, {"."}) &&
            kind(i + 2) == Kind::Space && kind(i + 3) == Kind::Digits) {
            out_ += "circa";
            return i + 2;
        }
        if (const std::size_t end = century(i); end != 0) {
            return end;
        }
        for (const Abbreviation& a : kAbbreviations) {
            if (a.written == w && a.language == language_) {
                out_ += a.spoken;
                return i + 1;
            }
        }
        out_ += w;
        return i + 1;
    }

    // A Roman numeral from 1 to 3999 in its usual form ("XX", also with the Cyrillic "Х" Russian
    // typists use), else 0.
    static long long roman(std::string_view w) {
        std::string letters;
        for (std::size_t j = 0; j < w.size(); ++j) {
            if (w.substr(j, 2) == "\u0425") {
                letters += 'X';
                ++j;
            } else if (std::string_view("IVXLCDM").find(w[j]) != std::string_view::npos) {
                letters += w[j];
            } else {
                return 0;
            }
        }
        if (letters.empty() || letters.size() > 15) {
            return 0;
        }
        const auto valueOfLetter = [](char c) {
            switch (c) {
            case 'I':
                return 1;
            case 'V':
                return 5;
            case 'X':
                return 10;
            case 'L':
                return 50;
            case 'C':
                return 100;
            case 'D':
                return 500;
            default:
                return 1000;
            }
        };
        long long value = 0;
        for (std::size_t j = 0; j < letters.size(); ++j) {
            const int v = valueOfLetter(letters[j]);
            value += j + 1 < letters.size() && v < valueOfLetter(letters[j + 1]) ? -v : v;
        }
        // Written back in the usual form it must be the same letters ("IIII", "VX" are not).
        static const std::array<std::pair<int, const char*>, 13> forms = {{{1000, "M"},
                                                                           {900, "CM"},
                                                                           {500, "D"},
                                                                           {400, "CD"},
                                                                           {100, "C"},
                                                                           {90, "XC"},
                                                                           {50, "L"},
                                                                           {40, "XL"},
                                                                           {10, "X"},
                                                                           {9, "IX"},
                                                                           {5, "V"},
                                                                           {4, "IV"},
                                                                           {1, "I"}}};
        if (value < 1 || value > 3999) {
            return 0;
        }
        std::string canonical;
        long long rest = value;
        for (const auto& [amount, form] : forms) {
            while (rest >= amount) {
                canonical += form;
                rest -= amount;
            }
        }
        return canonical == letters ? value : 0;
    }

    // Where reading goes on after an abbreviation's full stop at `dot`: the stop stays when it
    // also ends the sentence.
    std::size_t afterAbbreviation(std::size_t dot) const {
        const bool sentenceEnds = kind(dot + 1) == Kind::End ||
                                  (kind(dot + 1) == Kind::Space &&
                                   (kind(dot + 2) == Kind::End || startsUpper(text(dot + 2))));
        return sentenceEnds ? dot : dot + 1;
    }

    // "XX век", "XX əsrdə", "XX century": a Roman numeral before a century is an ordinal. The
    // token after, or 0.
    std::size_t century(std::size_t i) {
        if (kind(i + 1) != Kind::Space || kind(i + 2) != Kind::Word) {
            return 0;
        }
        const long long value = roman(text(i));
        const std::string_view noun = text(i + 2);
        if (value == 0) {
            return 0;
        }
        if (russian()) {
            static const std::array<std::pair<std::string_view, Case>, 5> nouns = {
                {{"век", Case::Nominative},
                 {"века", Case::Genitive},
                 {"веку", Case::Dative},
                 {"веком", Case::Instrumental},
                 {"веке", Case::Prepositional}}};
            for (const auto& [written, c] : nouns) {
                if (noun == written) {
                    out_ += NumberWords::ordinal(value, language_, c);
                    return i + 1;
                }
            }
            if (noun == "в" && other(i + 3, {"."})) {
                const bool in = caseAfter(previousWord(i)) == Case::Prepositional;
                out_ += NumberWords::ordinal(value, language_,
                                             in ? Case::Prepositional : Case::Genitive);
                out_ += in ? " веке" : " века";
                return afterAbbreviation(i + 3);
            }
            return 0;
        }
        if (language_ == "az") {
            if (noun.substr(0, std::string_view("əsr").size()) == "əsr") {
                out_ += NumberWords::ordinal(value, language_);
                return i + 1;
            }
            return 0;
        }
        if (noun == "century") {
            out_ += NumberWords::ordinal(value, language_);
            return i + 1;
        }
        return 0;
    }

    bool groupSeparator(std::size_t j, int& separatorClass) const {
        int found = 0;
        if (kind(j) == Kind::Space &&
            oneOf(text(j), {" ", "\u00A0", "\u2009", "\u202F", "\u2007", "\u2008"})) {
            found = 1;
        } else if (english() && other(j, {","})) {
            found = 2;
        } else if (!english() && other(j, {"."})) {
            found = 3;
        }
        if (found == 0 || (separatorClass != 0 && separatorClass != found)) {
            return false;
        }
        separatorClass = found;
        return true;
    }

    Literal literal(std::size_t i) const {
        Literal lit;
        lit.digits = std::string(text(i));
        std::size_t j = i + 1;
        if (lit.digits.size() <= 3 && lit.digits[0] != '0') {
            int separatorClass = 0;
            while (groupSeparator(j, separatorClass) && kind(j + 1) == Kind::Digits &&
                   text(j + 1).size() == 3) {
                lit.digits += text(j + 1);
                lit.grouped = true;
                j += 2;
            }
        }
        const bool decimalMark = english() ? other(j, {"."}) : other(j, {",", "."});
        if (decimalMark && kind(j + 1) == Kind::Digits &&
            !(kind(j + 2) == Kind::Other && text(j + 2) == text(j) &&
              kind(j + 3) == Kind::Digits)) {
            lit.fraction = std::string(text(j + 1));
            j += 2;
        }
        lit.end = j;
        return lit;
    }

    static long long valueOf(std::string_view digits) {
        long long value = 0;
        for (const char c : digits) {
            value = value * 10 + (c - '0');
        }
        return value;
    }

    bool yearLike(std::size_t i, const Literal& lit) const {
        const long long n = valueOf(lit.digits);
        return !lit.grouped && text(i).size() == 4 && n >= 1000 && n <= 2099;
    }

    // The second number of a range ("1937–1938", "1937 – 1938"): its token, or 0.
    std::size_t rangeSecond(std::size_t k) const {
        if (other(k, {"-", "\u2010", "\u2012", "\u2013", "\u2014"}) &&
            kind(k + 1) == Kind::Digits) {
            return k + 1;
        }
        if (kind(k) == Kind::Space && other(k + 1, {"\u2012", "\u2013", "\u2014"}) &&
            kind(k + 2) == Kind::Space && kind(k + 3) == Kind::Digits) {
            return k + 3;
        }
        return 0;
    }

    // The second number of a range after the number at `i`, or 0. A range goes up ("1937–1938",
    // "1937–38"); "58-10" (article 58, part 10) is not one.
    std::size_t range(std::size_t i, const Literal& lit) const {
        const std::size_t second = rangeSecond(lit.end);
        if (second == 0 || !lit.fraction.empty() || lit.digits.size() > 18 ||
            text(second).size() > 18) {
            return 0;
        }
        const long long n = valueOf(lit.digits);
        const long long m = valueOf(literal(second).digits.substr(0, 18));
        const bool shortened = text(i).size() == 4 && text(second).size() == 2 && m > n % 100;
        return m > n || shortened ? second : 0;
    }

    std::size_t number(std::size_t i, bool allowRange) {
        if (const std::size_t end = dottedDate(i); end != 0) {
            return end;
        }
        const Literal lit = literal(i);
        std::size_t k = lit.end;
        if (lit.digits.size() > 1 && lit.digits[0] == '0' && lit.digits.size() <= 18) {
            // "№ 00447": the zeros one by one, then the number.
            const std::size_t zeros =
                std::min(lit.digits.find_first_not_of('0'), lit.digits.size() - 1);
            out_ += NumberWords::digits(lit.digits.substr(0, zeros), language_);
            out_ += ' ';
            out_ += NumberWords::cardinal(valueOf(lit.digits.substr(zeros)), language_);
            return k;
        }
        if (lit.digits.size() > 18) {
            out_ += NumberWords::digits(lit.digits, language_);
            if (!lit.fraction.empty()) {
                out_ += english() ? " point " : language_ == "az" ? " vergül " : " запятая ";
                out_ += NumberWords::digits(lit.fraction, language_);
            }
            return k;
        }
        const long long n = valueOf(lit.digits);
        const bool percent = other(k, {"%"}) ||
                             (kind(k) == Kind::Space && text(k).size() <= 3 && other(k + 1, {"%"}));
        if (percent) {
            out_ += NumberWords::decimal(n, lit.fraction, language_);
            if (russian()) {
                out_ += ' ';
                out_ += lit.fraction.empty()
                            ? NumberWords::russianPlural(n, "процент", "процента", "процентов")
                            : "процента";
            } else {
                out_ += language_ == "az" ? " faiz" : " percent";
            }
            return other(k, {"%"}) ? k + 1 : k + 2;
        }
        if (!lit.fraction.empty()) {
            out_ += NumberWords::decimal(n, lit.fraction, language_);
            return k;
        }
        if (russian()) {
            return russianNumber(i, lit, n, allowRange);
        }
        if (language_ == "az") {
            return azNumber(i, lit, n, allowRange);
        }
        return englishNumber(i, lit, n, allowRange);
    }

    // "28.04.1920": a date in any of the languages.
    std::size_t dottedDate(std::size_t i) {
        if (!(text(i).size() <= 2 && other(i + 1, {"."}) && kind(i + 2) == Kind::Digits &&
              text(i + 2).size() <= 2 && other(i + 3, {"."}) && kind(i + 4) == Kind::Digits &&
              text(i + 4).size() == 4 &&
              !(other(i + 5, {".", ","}) && kind(i + 6) == Kind::Digits))) {
            return 0;
        }
        const long long day = valueOf(text(i));
        const long long month = valueOf(text(i + 2));
        if (day < 1 || day > 31 || month < 1 || month > 12) {
            return 0;
        }
        const auto m = static_cast<std::size_t>(month - 1);
        if (russian()) {
            out_ += NumberWords::ordinal(day, language_, Case::Genitive, Gender::Neuter);
            out_ += ' ';
            out_ += kRuMonths[m][1];
            out_ += ' ';
            return russianYear(i + 4, valueOf(text(i + 4)), Case::Genitive, true);
        }
        if (language_ == "az") {
            out_ += NumberWords::cardinal(day, language_);
            out_ += ' ';
            out_ += kAzMonths[m];
            out_ += ' ';
            return number(i + 4, false);
        }
        out_ += "the " + NumberWords::ordinal(day, language_) + " of ";
        out_ += kEnglishMonths[m];
        out_ += ", ";
        return number(i + 4, false);
    }

    std::size_t englishNumber(std::size_t i, const Literal& lit, long long n, bool allowRange) {
        const std::size_t k = lit.end;
        const bool year = yearLike(i, lit);
        if (kind(k) == Kind::Word &&
            oneOf(text(k), {"st", "nd", "rd", "th", "ST", "ND", "RD", "TH"})) {
            out_ += NumberWords::ordinal(n, language_);
            return k + 1;
        }
        const bool decade =
            (kind(k) == Kind::Word && text(k) == "s") ||
            (other(k, {"'", "\u2019"}) && kind(k + 1) == Kind::Word && text(k + 1) == "s");
        if (decade) {
            std::string words =
                year ? NumberWords::year(n, language_) : NumberWords::cardinal(n, language_);
            if (!words.empty() && words.back() == 'y') {
                words.replace(words.size() - 1, 1, "ies");
            } else {
                words += 's';
            }
            out_ += words;
            return kind(k) == Kind::Word ? k + 1 : k + 2;
        }
        const bool dayNumber = !lit.grouped && text(i).size() <= 2 && n >= 1 && n <= 31;
        if (dayNumber && kind(k) == Kind::Space && kind(k + 1) == Kind::Word &&
            englishMonth(text(k + 1))) {
            out_ += "the " + NumberWords::ordinal(n, language_) + " of ";
            out_ += text(k + 1);
            if (kind(k + 2) == Kind::Space && kind(k + 3) == Kind::Digits &&
                text(k + 3).size() == 4) {
                out_ += ", ";
                return number(k + 3, allowRange);
            }
            return k + 2;
        }
        if (dayNumber && kind(k) != Kind::Word && kind(k) != Kind::Digits &&
            englishMonth(previousWord(i))) {
            out_ += NumberWords::ordinal(n, language_); // "April 28" → "April twenty-eighth"
            return k;
        }
        out_ += year ? NumberWords::year(n, language_) : NumberWords::cardinal(n, language_);
        if (const std::size_t second = allowRange ? range(i, lit) : 0; second != 0) {
            out_ += " to ";
            return number(second, false);
        }
        return k;
    }

    std::size_t azNumber(std::size_t i, const Literal& lit, long long n, bool allowRange) {
        const std::size_t k = lit.end;
        if (other(k, {"-", "\u2011"}) && kind(k + 1) == Kind::Word && !lit.grouped) {
            const std::string_view suffix = text(k + 1);
            const char first = suffix[0];
            if (!(first >= 'A' && first <= 'Z')) {
                // "1920-ci" is an ordinal; "1937-də", "28-i" take the case ending as written,
                // which authors already fit to the spoken number.
                for (const std::string_view ordinal : {"inci", "ıncı", "uncu", "üncü", "nci", "ncı",
                                                       "ncu", "ncü", "ci", "cı", "cu", "cü"}) {
                    if (suffix.substr(0, ordinal.size()) == ordinal) {
                        out_ += NumberWords::ordinal(n, language_);
                        out_ += suffix.substr(ordinal.size());
                        return k + 2;
                    }
                }
                out_ += NumberWords::cardinal(n, language_);
                out_ += suffix;
                return k + 2;
            }
        }
        out_ += NumberWords::cardinal(n, language_);
        if (const std::size_t second = allowRange ? range(i, lit) : 0; second != 0) {
            out_ += " – ";
            return number(second, false);
        }
        return k;
    }

    // --- Russian: ordinals agree with the noun they go with ---------------------------------

    static bool ruMonth(std::string_view w, std::size_t form) {
        return std::any_of(kRuMonths.begin(), kRuMonths.end(),
                           [&](const auto& forms) { return forms[form] == w; });
    }
    static bool ruAnyMonth(std::string_view w) {
        return ruMonth(w, 0) || ruMonth(w, 1) || ruMonth(w, 2);
    }

    // The case a preposition before a number asks for, if it is one we know.
    static std::optional<Case> caseAfter(std::string_view preposition) {
        if (oneOf(preposition, {"в", "В", "во", "Во", "о", "О", "об", "Об", "при", "При"})) {
            return Case::Prepositional;
        }
        if (oneOf(preposition, {"к", "К", "ко", "Ко"})) {
            return Case::Dative;
        }
        if (oneOf(preposition, {"на", "На", "по", "По", "за", "За", "через", "Через"})) {
            return Case::Accusative;
        }
        if (oneOf(preposition,
                  {"с",     "С",   "со",     "Со",    "до",       "До",       "после",
                   "После", "от",  "От",     "около", "Около",    "из",       "Из",
                   "для",   "Для", "начала", "конца", "середины", "накануне", "Накануне"})) {
            return Case::Genitive;
        }
        return std::nullopt;
    }

    // The case a Russian year takes from what stands before it, when no noun says.
    // Unknown when nothing before says.
    std::optional<Case> yearContext(std::size_t i) const {
        const std::string_view before = previousWord(i);
        if (const std::optional<Case> c = caseAfter(before)) {
            return c;
        }
        if (ruAnyMonth(before)) {
            return Case::Genitive;
        }
        return std::nullopt;
    }

    std::optional<YearNoun> ruYearNoun(std::size_t k, std::optional<Case> context) const {
        if (kind(k) != Kind::Space || kind(k + 1) != Kind::Word) {
            return std::nullopt;
        }
        const std::string_view w = text(k + 1);
        YearNoun noun;
        noun.end = k + 2;
        noun.text = std::string(w);
        if (w == "год") {
            noun.grammaticalCase = Case::Nominative;
        } else if (w == "года") {
            noun.grammaticalCase = Case::Genitive;
        } else if (w == "году") {
            noun.grammaticalCase = context == Case::Dative ? Case::Dative : Case::Prepositional;
        } else if (w == "годом") {
            noun.grammaticalCase = Case::Instrumental;
        } else if (oneOf(w, {"годы", "годов", "годам", "годами", "годах"})) {
            noun.plural = true;
            noun.grammaticalCase = w == "годы"     ? Case::Nominative
                                   : w == "годов"  ? Case::Genitive
                                   : w == "годам"  ? Case::Dative
                                   : w == "годами" ? Case::Instrumental
                                                   : Case::Prepositional;
        } else if ((w == "г" || w == "гг") && other(k + 2, {"."})) {
            noun.plural = w == "гг";
            // "перепись 1939 г.": most often a genitive after a noun.
            noun.grammaticalCase = context.value_or(Case::Genitive);
            noun.text = ruYearNounText(noun.grammaticalCase, noun.plural);
            noun.end = afterAbbreviation(k + 2);
        } else {
            return std::nullopt;
        }
        return noun;
    }

    static bool startsUpper(std::string_view w) {
        if (w.empty()) {
            return false;
        }
        const Utf8::Sequence s = Utf8::decode(w, 0);
        return (s.code >= U'A' && s.code <= U'Z') || (s.code >= 0x410 && s.code <= 0x42F) ||
               s.code == 0x401;
    }

    // An ordinal form from a Russian ending written after a hyphen: "1-й", "1920-х", "1937-м".
    std::optional<std::pair<Case, Gender>> ruEnding(std::size_t k, long long n) const {
        if (!other(k, {"-", "\u2011"}) || kind(k + 1) != Kind::Word) {
            return std::nullopt;
        }
        const std::string_view s = text(k + 1);
        if (oneOf(s, {"й", "ый", "ий", "ой"})) {
            return std::pair{Case::Nominative, Gender::Masculine};
        }
        if (oneOf(s, {"го", "ого", "его"})) {
            return std::pair{Case::Genitive, Gender::Masculine};
        }
        if (oneOf(s, {"му", "ому", "ему"})) {
            return std::pair{Case::Dative, Gender::Masculine};
        }
        if (oneOf(s, {"м", "ом", "ем"})) {
            return std::pair{Case::Prepositional, Gender::Masculine};
        }
        if (oneOf(s, {"ым", "им"})) {
            return std::pair{Case::Instrumental, Gender::Masculine};
        }
        if (oneOf(s, {"я", "ая", "ья"})) {
            return std::pair{Case::Nominative, Gender::Feminine};
        }
        if (oneOf(s, {"ю", "ую", "ью"})) {
            return std::pair{Case::Accusative, Gender::Feminine};
        }
        if (oneOf(s, {"х", "ых", "их"})) {
            return std::pair{Case::Genitive, Gender::Plural};
        }
        if (oneOf(s, {"ми", "ыми", "ими"})) {
            return std::pair{Case::Instrumental, Gender::Plural};
        }
        if (oneOf(s, {"е", "ые", "ое"})) {
            // "1920-е годы" are decades; "5-е издание", "10-е мая" are neuter.
            const bool decade = s != "ое" && n >= 20 && n % 10 == 0 &&
                                !(kind(k + 2) == Kind::Space && ruAnyMonth(text(k + 3)));
            return std::pair{Case::Nominative, decade ? Gender::Plural : Gender::Neuter};
        }
        return std::nullopt;
    }

    // After a day number: " апреля", " по 5 мая", "–5 мая".
    bool dayBeforeMonth(std::size_t k) const {
        const auto day = [&](std::size_t j) {
            return kind(j) == Kind::Digits && text(j).size() <= 2 && kind(j + 1) == Kind::Space &&
                   ruMonth(text(j + 2), 1);
        };
        if (kind(k) == Kind::Space) {
            return ruMonth(text(k + 1), 1) || (oneOf(text(k + 1), {"по", "до", "и", "или"}) &&
                                               kind(k + 2) == Kind::Space && day(k + 3));
        }
        return other(k, {"-", "\u2013", "\u2014"}) && day(k + 1);
    }

    // Decades of the 1900s are said without the century: "двадцатые годы".
    static long long decadeValue(long long n, Gender gender) {
        return gender == Gender::Plural && n > 1900 && n < 2000 ? n % 100 : n;
    }

    // A year at token `i` followed (maybe) by a noun; `addNoun` says "года" when none is written.
    std::size_t russianYear(std::size_t i, long long n, Case context, bool addNoun) {
        // The context is known here: a date's year, or a noun follows.
        const std::size_t k = i + 1;
        if (const std::optional<YearNoun> noun = ruYearNoun(k, context)) {
            out_ += NumberWords::ordinal(n, language_, noun->grammaticalCase, Gender::Masculine);
            out_ += ' ';
            out_ += noun->text;
            return noun->end;
        }
        out_ += NumberWords::ordinal(n, language_, context, Gender::Masculine);
        if (addNoun) {
            out_ += ' ';
            out_ += ruYearNounText(context, false);
        }
        return k;
    }

    std::size_t russianNumber(std::size_t i, const Literal& lit, long long n, bool allowRange) {
        const std::size_t k = lit.end;
        if (lit.grouped) {
            out_ += NumberWords::cardinal(n, language_);
            return k;
        }
        if (const auto form = ruEnding(k, n)) {
            out_ += NumberWords::ordinal(decadeValue(n, form->second), language_, form->first,
                                         form->second);
            return k + 2;
        }
        if (text(i).size() <= 2 && n >= 1 && n <= 31 && dayBeforeMonth(k)) {
            // "28 апреля": the day is a neuter ordinal, genitive unless a preposition says.
            const std::optional<Case> asked = caseAfter(previousWord(i));
            const Case c = asked && *asked != Case::Prepositional ? *asked : Case::Genitive;
            out_ += NumberWords::ordinal(n, language_, c, Gender::Neuter);
            return k;
        }
        const std::optional<Case> context = yearContext(i);
        if (const std::size_t second = allowRange ? range(i, lit) : 0; second != 0) {
            const Literal next = literal(second);
            if (!next.grouped && next.fraction.empty() && next.digits.size() <= 4) {
                const long long m = valueOf(next.digits);
                if (const auto form = ruEnding(next.end, m)) {
                    out_ += NumberWords::ordinal(decadeValue(n, form->second), language_,
                                                 form->first, form->second);
                    out_ += " — ";
                    out_ += NumberWords::ordinal(decadeValue(m, form->second), language_,
                                                 form->first, form->second);
                    return next.end + 2;
                }
                if (const std::optional<YearNoun> noun = ruYearNoun(next.end, context)) {
                    out_ += NumberWords::ordinal(n, language_, noun->grammaticalCase);
                    out_ += " — ";
                    out_ += NumberWords::ordinal(m, language_, noun->grammaticalCase);
                    out_ += ' ';
                    out_ += noun->plural ? noun->text : ruYearNounText(noun->grammaticalCase, true);
                    return noun->end;
                }
                if (yearLike(i, lit) && yearLike(second, next)) {
                    const Case c = context.value_or(Case::Nominative);
                    out_ += NumberWords::ordinal(n, language_, c);
                    out_ += " — ";
                    out_ += NumberWords::ordinal(m, language_, c);
                    return next.end;
                }
            }
            out_ += NumberWords::cardinal(n, language_);
            out_ += " — ";
            return number(second, false);
        }
        if (const std::optional<YearNoun> noun = ruYearNoun(k, context)) {
            out_ += NumberWords::ordinal(n, language_, noun->grammaticalCase, Gender::Masculine);
            out_ += ' ';
            out_ += noun->text;
            return noun->end;
        }
        if (yearLike(i, lit)) {
            if (ruAnyMonth(previousWord(i))) {
                out_ += NumberWords::ordinal(n, language_, Case::Genitive);
            } else {
                out_ += NumberWords::year(n, language_);
            }
            return k;
        }
        out_ += NumberWords::cardinal(n, language_);
        return k;
    }

    std::string language_;
    std::vector<Token> tokens_;
    std::string out_;
};

bool onlySpace(std::string_view text) {
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

} // namespace

SpokenText::SpokenText(std::string language, std::vector<ForeignName> names)
    : language_(std::move(language)), names_(std::move(names)) {
    // Longest first, so "Bekir Chobanzade" wins over "Bekir"; names in the text's own language
    // stay where they are.
    names_.erase(std::remove_if(names_.begin(), names_.end(),
                                [&](const ForeignName& n) {
                                    return n.written.empty() || n.language == language_;
                                }),
                 names_.end());
    std::stable_sort(names_.begin(), names_.end(), [](const ForeignName& a, const ForeignName& b) {
        return a.written.size() > b.written.size();
    });
}

std::vector<SpokenPart> SpokenText::parts(std::string_view text) const {
    std::vector<SpokenPart> parts;
    const auto add = [&](const std::string& language, std::string words) {
        if (words.empty()) {
            return;
        }
        if (!parts.empty() &&
            (parts.back().language == language || (language == language_ && onlySpace(words)))) {
            parts.back().text += words;
            return;
        }
        parts.push_back({language, std::move(words)});
    };
    const auto own = [&](std::string_view stretch) {
        add(language_, Reader(language_, stretch).read());
    };
    std::size_t start = 0;
    std::size_t i = 0;
    while (i < text.size()) {
        const ForeignName* found = nullptr;
        if (!names_.empty() && wordBoundaryBefore(text, i)) {
            for (const ForeignName& name : names_) {
                if (text.substr(i, name.written.size()) == name.written &&
                    wordBoundaryAt(text, i + name.written.size())) {
                    found = &name;
                    break;
                }
            }
        }
        if (found == nullptr) {
            i += Utf8::decode(text, i).length;
            continue;
        }
        own(text.substr(start, i - start));
        add(found->language, found->spoken.empty() ? found->written : found->spoken);
        i += found->written.size();
        start = i;
    }
    own(text.substr(start));
    return parts;
}

std::string SpokenText::forLog(std::string_view text) const {
    std::string out;
    for (const SpokenPart& p : parts(text)) {
        out += p.language == language_ ? p.text : "[" + p.language + ": " + p.text + "]";
    }
    return out;
}

std::string SpokenText::cardinal(long long number, std::string_view language) {
    return NumberWords::cardinal(number, language);
}

} // namespace yaddas::core
