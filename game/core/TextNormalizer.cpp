#include <core/TextNormalizer.hpp>

#include <core/Utf8.hpp>

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <cctype>
#include <cstdint>
#include <iterator>

namespace yaddas::core {
namespace {

/// A letter outside ASCII with its plain form (diacritics stripped) and its name-key form
/// (Azerbaijani letters transliterated the English way).
struct Letter {
    char32_t code;
    std::string_view plain;
    std::string_view name;
};

// Sorted by code point for binary search.
constexpr Letter letters[] = {
    {0x00C0, "a", "a"},   {0x00C1, "a", "a"},  {0x00C2, "a", "a"},   {0x00C3, "a", "a"},
    {0x00C4, "a", "a"},   {0x00C5, "a", "a"},  {0x00C6, "ae", "ae"}, {0x00C7, "c", "ch"},
    {0x00C8, "e", "e"},   {0x00C9, "e", "e"},  {0x00CA, "e", "e"},   {0x00CB, "e", "e"},
    {0x00CC, "i", "i"},   {0x00CD, "i", "i"},  {0x00CE, "i", "i"},   {0x00CF, "i", "i"},
    {0x00D1, "n", "n"},   {0x00D2, "o", "o"},  {0x00D3, "o", "o"},   {0x00D4, "o", "o"},
    {0x00D5, "o", "o"},   {0x00D6, "o", "o"},  {0x00D8, "o", "o"},   {0x00D9, "u", "u"},
    {0x00DA, "u", "u"},   {0x00DB, "u", "u"},  {0x00DC, "u", "u"},   {0x00DD, "y", "y"},
    {0x00DF, "ss", "ss"}, {0x00E0, "a", "a"},  {0x00E1, "a", "a"},   {0x00E2, "a", "a"},
    {0x00E3, "a", "a"},   {0x00E4, "a", "a"},  {0x00E5, "a", "a"},   {0x00E6, "ae", "ae"},
    {0x00E7, "c", "ch"},  {0x00E8, "e", "e"},  {0x00E9, "e", "e"},   {0x00EA, "e", "e"},
    {0x00EB, "e", "e"},   {0x00EC, "i", "i"},  {0x00ED, "i", "i"},   {0x00EE, "i", "i"},
    {0x00EF, "i", "i"},   {0x00F1, "n", "n"},  {0x00F2, "o", "o"},   {0x00F3, "o", "o"},
    {0x00F4, "o", "o"},   {0x00F5, "o", "o"},  {0x00F6, "o", "o"},   {0x00F8, "o", "o"},
    {0x00F9, "u", "u"},   {0x00FA, "u", "u"},  {0x00FB, "u", "u"},   {0x00FC, "u", "u"},
    {0x00FD, "y", "y"},   {0x00FF, "y", "y"},  {0x0100, "a", "a"},   {0x0101, "a", "a"},
    {0x0106, "c", "ch"},  {0x0107, "c", "ch"}, {0x010C, "c", "ch"},  {0x010D, "c", "ch"},
    {0x0112, "e", "e"},   {0x0113, "e", "e"},  {0x011A, "e", "e"},   {0x011B, "e", "e"},
    {0x011E, "g", "g"},   {0x011F, "g", "g"},  {0x012A, "i", "i"},   {0x012B, "i", "i"},
    {0x0130, "i", "i"},   {0x0131, "i", "i"},  {0x0141, "l", "l"},   {0x0142, "l", "l"},
    {0x0143, "n", "n"},   {0x0144, "n", "n"},  {0x0147, "n", "n"},   {0x0148, "n", "n"},
    {0x014C, "o", "o"},   {0x014D, "o", "o"},  {0x0150, "o", "o"},   {0x0151, "o", "o"},
    {0x0158, "r", "r"},   {0x0159, "r", "r"},  {0x015A, "s", "sh"},  {0x015B, "s", "sh"},
    {0x015E, "s", "sh"},  {0x015F, "s", "sh"}, {0x0160, "s", "sh"},  {0x0161, "s", "sh"},
    {0x016A, "u", "u"},   {0x016B, "u", "u"},  {0x016E, "u", "u"},   {0x016F, "u", "u"},
    {0x0170, "u", "u"},   {0x0171, "u", "u"},  {0x017D, "z", "zh"},  {0x017E, "z", "zh"},
    {0x018F, "e", "a"},   {0x0259, "e", "a"},
};

const Letter* findLetter(char32_t code) {
    std::size_t lo = 0;
    std::size_t hi = std::size(letters);
    while (lo < hi) {
        const std::size_t mid = (lo + hi) / 2;
        if (letters[mid].code < code) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return lo < std::size(letters) && letters[lo].code == code ? &letters[lo] : nullptr;
}

/// Decodes one UTF-8 code point at `i` and advances; a malformed byte gives U+FFFD.
char32_t decode(std::string_view s, std::size_t& i) {
    const Utf8::Sequence seq = Utf8::decode(s, i);
    if (seq.status == Utf8::Status::Malformed) {
        ++i;
        return 0xFFFD;
    }
    i += seq.length;
    return seq.code;
}

bool isApostrophe(char32_t c) {
    return c == '\'' || c == '`' || c == 0x2019 || c == 0x2018 || c == 0x02BC || c == 0x02BB;
}

/// A Russian letter (А–я, Ё, ё) as a lower-case index 0–31 of а–я, 32 for ё; -1 for others.
int russianIndex(char32_t c) {
    if (c >= 0x0410 && c <= 0x042F) {
        return static_cast<int>(c - 0x0410);
    }
    if (c >= 0x0430 && c <= 0x044F) {
        return static_cast<int>(c - 0x0430);
    }
    return c == 0x0401 || c == 0x0451 ? 32 : -1;
}

/// Russian letters in the name key's Latin, as English spells Russian names: Гусейн Джавид
/// → "guseyn javid", Микаил Мушфиг → "mikail mushfig". Russian writes the Azerbaijani h as г
/// or х; NameMatcher counts g↔h and a "k" before "h" as half an edit for that.
constexpr std::string_view russianInLatin[33] = {
    "a", "b", "v", "g", "d",  "e",  "zh", "z",  "i",    "y", "k", "l", "m", "n",  "o",  "p", "r",
    "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "",  "i", "",  "e", "yu", "ya", "yo"};

/// Appends the lower-case UTF-8 of Russian letter `index` (ё as е, as most texts write it).
void appendRussianLower(std::string& out, int index) {
    const char32_t code = index == 32 ? 0x0435 : static_cast<char32_t>(0x0430 + index);
    out += static_cast<char>(0xC0 | (code >> 6));
    out += static_cast<char>(0x80 | (code & 0x3F));
}

/// Appends a space unless the output is empty or already ends with one.
void space(std::string& out) {
    if (!out.empty() && out.back() != ' ') {
        out += ' ';
    }
}

std::string fold(std::string_view utf8, bool transliterate) {
    std::string out;
    out.reserve(utf8.size());
    std::size_t i = 0;
    while (i < utf8.size()) {
        const char32_t c = decode(utf8, i);
        if (c < 0x80) {
            char ch = static_cast<char>(c);
            if (ch >= 'A' && ch <= 'Z') {
                ch = static_cast<char>(ch - 'A' + 'a');
            }
            if (ch >= '0' && ch <= '9') {
                out += ch;
            } else if (ch >= 'a' && ch <= 'z') {
                if (!transliterate) {
                    out += ch;
                } else if (ch == 'c') {
                    // English "ch" stays; an Azerbaijani c sounds as the English j (Cavid).
                    const bool h = i < utf8.size() && (utf8[i] == 'h' || utf8[i] == 'H');
                    if (h) {
                        ++i;
                    }
                    out += h ? "ch" : "j";
                } else if (ch == 'x') {
                    out += "kh";
                } else if (ch == 'q') {
                    out += 'g';
                } else {
                    out += ch;
                }
            } else if (!isApostrophe(c)) {
                space(out);
            }
        } else if (const Letter* l = findLetter(c)) {
            out += transliterate ? l->name : l->plain;
        } else if (const int r = russianIndex(c); r >= 0) {
            if (!transliterate) {
                appendRussianLower(out, r);
                continue;
            }
            std::size_t next = i;
            const char32_t after = next < utf8.size() ? decode(utf8, next) : U' ';
            const bool wordEnd = russianIndex(after) < 0 &&
                                 !(after < 0x80 && std::isalnum(static_cast<int>(after)) != 0);
            if (r == 4 && russianIndex(after) == 6) { // дж is the Azerbaijani c: Джавид, Cavid
                out += 'j';
                i = next;
            } else if (r == 9 && wordEnd && !out.empty() && out.back() == 'i') {
                // "-ский" is the Azerbaijani "-ski": Нахичеванский, Naxçıvanski
            } else {
                out += russianInLatin[r];
            }
        } else if (!isApostrophe(c)) {
            space(out);
        }
    }
    if (!out.empty() && out.back() == ' ') {
        out.pop_back();
    }
    return out;
}

} // namespace

std::string TextNormalizer::nameKey(std::string_view utf8) {
    std::string key = fold(utf8, true);
    // English spellings often end a Persian -zadə with "eh": Sharifzadeh = Şərifzadə.
    std::string out;
    out.reserve(key.size());
    for (std::size_t i = 0; i < key.size(); ++i) {
        const bool wordEnd = i + 1 == key.size() || key[i + 1] == ' ';
        if (key[i] == 'h' && wordEnd && i >= 3 && key[i - 1] == 'e' && key[i - 2] != ' ') {
            continue;
        }
        out += key[i];
    }
    return out;
}

std::string TextNormalizer::plainKey(std::string_view utf8) {
    return fold(utf8, false);
}

std::string TextNormalizer::capitalised(std::string_view utf8, const std::string& language) {
    if (utf8.empty()) {
        return {};
    }
    const icu::UnicodeString text = icu::UnicodeString::fromUTF8(
        icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
    const int32_t end = text.moveIndex32(0, 1);
    icu::UnicodeString first(text, 0, end);
    first.toUpper(icu::Locale(language.c_str()));
    std::string out;
    first.toUTF8String(out);
    icu::UnicodeString(text, end).toUTF8String(out);
    return out;
}

} // namespace yaddas::core
