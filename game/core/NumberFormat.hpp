#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace yaddas::core {

/// Numbers as learners see and type them.
class NumberFormat {
public:
    /// Digits grouped in threes with thin spaces (U+2009): 1575259 → "1 575 259", 1500 →
    /// "1 500", 16 → "16"; negative numbers keep their sign.
    static std::string format(std::int64_t value);
    /// "four" for 4: the English word of a number from 0 to 20, else "".
    static std::string inWords(std::int64_t value);

    /// Reads a typed number. Accepted: plain digits ("1575259"), groups separated by commas,
    /// spaces, thin or no-break spaces, apostrophes or dots when there are several dot groups
    /// ("1,575,259", "1 575 259", "1.575.259"), a decimal point or comma before a word
    /// multiplier ("1.5 million", "1,5 million", "150 thousand", "150k", "2 mln"), and a leading
    /// "about", "around", "approximately", "circa", "c." or "~". A single dot reads as a
    /// decimal point ("1.575" is one and a bit). Empty for anything else (words, "NaN", "1e9",
    /// more than 18 digits); a leading minus gives a negative number.
    static std::optional<double> parse(std::string_view text);

    /// Reads a typed year: optional spaces around one to four digits (a trailing "." is
    /// allowed). Empty for anything else ("99999", "-1937", "1937s").
    static std::optional<int> parseYear(std::string_view text);
};

} // namespace yaddas::core
