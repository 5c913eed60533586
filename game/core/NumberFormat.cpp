#include <core/NumberFormat.hpp>

#include <array>
#include <cctype>
#include <utility>
#include <vector>

namespace yaddas::core {
namespace {

constexpr std::string_view thinSpace = "\u2009";

bool startsWith(std::string_view s, std::string_view prefix) {
    return s.substr(0, prefix.size()) == prefix;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && s.front() == ' ') {
        s.remove_prefix(1);
    }
    while (!s.empty() && s.back() == ' ') {
        s.remove_suffix(1);
    }
    return s;
}

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

/// Lower-cases ASCII and turns every kind of space (tab, no-break, thin, narrow no-break) into
/// a plain space, so the rest of the parser sees one kind.
std::string simplify(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) {
            out += ' ';
            ++i;
        } else if (c == 0xE2 && i + 2 < text.size() &&
                   static_cast<unsigned char>(text[i + 1]) == 0x80 &&
                   (static_cast<unsigned char>(text[i + 2]) == 0x89 ||
                    static_cast<unsigned char>(text[i + 2]) == 0xAF)) {
            out += ' ';
            i += 2;
        } else if (c == 0xE2 && i + 2 < text.size() &&
                   static_cast<unsigned char>(text[i + 1]) == 0x88 &&
                   static_cast<unsigned char>(text[i + 2]) == 0x92) {
            out += '-'; // U+2212 minus sign
            i += 2;
        } else if (c == '\t' || c == '\n' || c == '\r') {
            out += ' ';
        } else {
            out += static_cast<char>(std::tolower(c));
        }
    }
    return out;
}

/// Checks digit groups split by `separator`: the first of one to three digits, the others of
/// exactly three. Appends the digits to `digits`.
bool groups(std::string_view s, char separator, std::string& digits) {
    std::size_t start = 0;
    bool first = true;
    while (true) {
        const std::size_t end = s.find(separator, start);
        const std::string_view group =
            s.substr(start, end == std::string_view::npos ? end : end - start);
        if (group.empty() || (first ? group.size() > 3 : group.size() != 3)) {
            return false;
        }
        for (char c : group) {
            if (!isDigit(c)) {
                return false;
            }
        }
        digits += group;
        if (end == std::string_view::npos) {
            return true;
        }
        first = false;
        start = end + 1;
    }
}

} // namespace

std::string NumberFormat::format(std::int64_t value) {
    const bool negative = value < 0;
    // Via unsigned, so the most negative value has a magnitude too.
    std::uint64_t magnitude =
        negative ? 0U - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
    const std::string digits = std::to_string(magnitude);
    std::string out = negative ? "-" : "";
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) {
            out += thinSpace;
        }
        out += digits[i];
    }
    return out;
}

std::optional<double> NumberFormat::parse(std::string_view text) {
    if (text.size() > 200) {
        return std::nullopt;
    }
    const std::string simple = simplify(text);
    std::string_view s = trim(simple);

    for (std::string_view prefix : {"approximately ", "about ", "around ", "circa ", "c. ", "~"}) {
        if (startsWith(s, prefix)) {
            s = trim(s.substr(prefix.size()));
            break;
        }
    }
    bool negative = false;
    if (!s.empty() && (s.front() == '-' || s.front() == '+')) {
        negative = s.front() == '-';
        s = trim(s.substr(1));
    }
    for (std::string_view noun : {" people", " persons"}) {
        if (s.size() > noun.size() && s.substr(s.size() - noun.size()) == noun) {
            s = trim(s.substr(0, s.size() - noun.size()));
            break;
        }
    }
    double multiplier = 1.0;
    static constexpr std::array<std::pair<std::string_view, double>, 9> words{{
        {"thousands", 1e3},
        {"thousand", 1e3},
        {"k", 1e3},
        {"millions", 1e6},
        {"million", 1e6},
        {"mln", 1e6},
        {"m", 1e6},
        {"billion", 1e9},
        {"bn", 1e9},
    }};
    for (const auto& [word, factor] : words) {
        if (s.size() > word.size() && s.substr(s.size() - word.size()) == word &&
            (isDigit(s[s.size() - word.size() - 1]) || s[s.size() - word.size() - 1] == ' ')) {
            s = trim(s.substr(0, s.size() - word.size()));
            multiplier = factor;
            break;
        }
    }
    if (s.empty() || !isDigit(s.front()) || !isDigit(s.back())) {
        return std::nullopt;
    }
    for (char c : s) {
        if (!isDigit(c) && c != ',' && c != '.' && c != ' ' && c != '\'') {
            return std::nullopt;
        }
    }

    // Which mark, if any, is the decimal point.
    const std::size_t lastComma = s.rfind(',');
    const std::size_t lastDot = s.rfind('.');
    char decimal = 0;
    if (lastComma != std::string_view::npos && lastDot != std::string_view::npos) {
        decimal = lastComma > lastDot ? ',' : '.';
    } else if (lastDot != std::string_view::npos) {
        decimal = s.find('.') == lastDot ? '.' : 0;
    } else if (lastComma != std::string_view::npos && s.find(',') == lastComma) {
        const std::size_t after = s.size() - lastComma - 1;
        decimal = after == 3 ? 0 : ',';
    }
    std::string_view whole = s;
    std::string_view fraction;
    if (decimal != 0) {
        const std::size_t at = s.rfind(decimal);
        whole = s.substr(0, at);
        fraction = s.substr(at + 1);
        for (char c : fraction) {
            if (!isDigit(c)) {
                return std::nullopt;
            }
        }
        if (fraction.empty()) {
            return std::nullopt;
        }
    }
    // The whole part: plain digits, or groups of three with one kind of separator.
    std::string digits;
    char separator = 0;
    for (char c : whole) {
        if (!isDigit(c)) {
            if (separator != 0 && c != separator) {
                return std::nullopt;
            }
            separator = c;
        }
    }
    if (separator == 0) {
        digits = std::string(whole);
    } else if (!groups(whole, separator, digits)) {
        return std::nullopt;
    }
    if (digits.empty() || digits.size() + fraction.size() > 18) {
        return std::nullopt;
    }
    double value = 0.0;
    for (char c : digits) {
        value = value * 10.0 + (c - '0');
    }
    double scale = 0.1;
    for (char c : fraction) {
        value += (c - '0') * scale;
        scale /= 10.0;
    }
    value *= multiplier;
    return negative ? -value : value;
}

std::optional<int> NumberFormat::parseYear(std::string_view text) {
    if (text.size() > 64) {
        return std::nullopt;
    }
    const std::string simple = simplify(text);
    std::string_view s = trim(simple);
    if (!s.empty() && s.back() == '.') {
        s = trim(s.substr(0, s.size() - 1));
    }
    if (s.empty() || s.size() > 4) {
        return std::nullopt;
    }
    int year = 0;
    for (char c : s) {
        if (!isDigit(c)) {
            return std::nullopt;
        }
        year = year * 10 + (c - '0');
    }
    return year;
}

std::string NumberFormat::inWords(std::int64_t value) {
    static const char* const words[] = {
        "zero",     "one",     "two",     "three",     "four",     "five",     "six",
        "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",   "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
    return value >= 0 && value <= 20 ? words[value] : "";
}

} // namespace yaddas::core
