#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace yaddas::core {

/// Decides whether a typed name is one of a person's accepted spellings.
///
/// Both sides are reduced by TextNormalizer::nameKey, then compared by edit distance with a
/// small typo allowance: one edit per six letters of the accepted form (so none for names under
/// six letters). Swapping "a" for "e" counts half an edit, since the two stand for the same
/// Azerbaijani ə in English spellings (Vəzirov: Vazirov, Vezirov); so do g↔h and a "k" before
/// "h", for the Azerbaijani h in Russian spellings (Гусейн: Hüseyn, Ахмед: Əhməd). Russian
/// spellings reach the key through TextNormalizer::nameKey. Input of any length is safe:
/// text far longer than any accepted form is rejected without computing a distance.
class NameMatcher {
public:
    /// True when `typed` matches any of `accepted`.
    static bool matches(std::string_view typed, const std::vector<std::string>& accepted);
    /// True when `typed` matches `accepted` within the allowance.
    static bool matches(std::string_view typed, std::string_view accepted);
    /// The same, given the texts' sizes and their TextNormalizer::nameKey (normalised once for
    /// many comparisons).
    static bool matchesKeys(std::size_t typedSize, std::string_view typedKey,
                            std::size_t acceptedSize, std::string_view acceptedKey);
    /// Edits allowed for an accepted key of this many characters (spaces excluded).
    static std::size_t allowance(std::size_t letters) { return letters / 6; }
    /// The weighted edit distance between two keys, in half edits (a↔e, g↔h and a "k" before
    /// "h" cost 1, others 2);
    /// stops early and returns a value above `limit` once the distance exceeds it.
    static std::size_t halfEdits(std::string_view a, std::string_view b, std::size_t limit);
};

} // namespace yaddas::core
