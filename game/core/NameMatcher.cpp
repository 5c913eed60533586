#include <core/NameMatcher.hpp>

#include <core/TextNormalizer.hpp>

#include <algorithm>
#include <vector>

namespace yaddas::core {
namespace {

std::size_t letters(std::string_view key) {
    return static_cast<std::size_t>(
        std::count_if(key.begin(), key.end(), [](char c) { return c != ' '; }));
}

bool keysMatch(std::string_view typedKey, std::string_view acceptedKey) {
    if (acceptedKey.empty()) {
        return false;
    }
    const std::size_t limit = 2 * NameMatcher::allowance(letters(acceptedKey));
    return NameMatcher::halfEdits(typedKey, acceptedKey, limit) <= limit;
}

} // namespace

std::size_t NameMatcher::halfEdits(std::string_view a, std::string_view b, std::size_t limit) {
    const std::size_t n = a.size();
    const std::size_t m = b.size();
    const std::size_t lengthGap = n > m ? n - m : m - n;
    if (lengthGap > limit) { // a letter more or less costs at least half an edit
        return limit + 1;
    }
    // Two rows of the weighted Levenshtein table; each edit costs 2, an a↔e swap 1, a g↔h swap
    // 1 and a "k" dropped or added before an "h" 1: Russian writes the Azerbaijani h as г
    // (Гусейн: Hüseyn) or х (Ахмед: Əhməd), which the key spells g and kh.
    auto similar = [](char x, char y) {
        return (x == 'a' && y == 'e') || (x == 'e' && y == 'a') || (x == 'g' && y == 'h') ||
               (x == 'h' && y == 'g');
    };
    auto dropCost = [](std::string_view s, std::size_t at) -> std::size_t {
        return s[at] == 'k' && at + 1 < s.size() && s[at + 1] == 'h' ? 1 : 2;
    };
    std::vector<std::size_t> prev(m + 1);
    std::vector<std::size_t> cur(m + 1);
    prev[0] = 0;
    for (std::size_t j = 1; j <= m; ++j) {
        prev[j] = prev[j - 1] + dropCost(b, j - 1);
    }
    for (std::size_t i = 1; i <= n; ++i) {
        cur[0] = prev[0] + dropCost(a, i - 1);
        std::size_t rowMin = cur[0];
        for (std::size_t j = 1; j <= m; ++j) {
            const char x = a[i - 1];
            const char y = b[j - 1];
            std::size_t swap = 2;
            if (x == y) {
                swap = 0;
            } else if (similar(x, y)) {
                swap = 1;
            }
            cur[j] = std::min({prev[j] + dropCost(a, i - 1), cur[j - 1] + dropCost(b, j - 1),
                               prev[j - 1] + swap});
            rowMin = std::min(rowMin, cur[j]);
        }
        if (rowMin > limit) {
            return limit + 1;
        }
        std::swap(prev, cur);
    }
    return prev[m];
}

bool NameMatcher::matches(std::string_view typed, std::string_view accepted) {
    // Bound the work before normalising: a name is never more than a few times its length.
    if (typed.size() > 4 * accepted.size() + 16) {
        return false;
    }
    return keysMatch(TextNormalizer::nameKey(typed), TextNormalizer::nameKey(accepted));
}

bool NameMatcher::matchesKeys(std::size_t typedSize, std::string_view typedKey,
                              std::size_t acceptedSize, std::string_view acceptedKey) {
    return typedSize <= 4 * acceptedSize + 16 && keysMatch(typedKey, acceptedKey);
}

bool NameMatcher::matches(std::string_view typed, const std::vector<std::string>& accepted) {
    std::size_t longest = 0;
    for (const auto& a : accepted) {
        longest = std::max(longest, a.size());
    }
    if (typed.size() > 4 * longest + 16) {
        return false;
    }
    const std::string typedKey = TextNormalizer::nameKey(typed);
    if (typedKey.empty()) {
        return false;
    }
    return std::any_of(accepted.begin(), accepted.end(), [&](const std::string& a) {
        return keysMatch(typedKey, TextNormalizer::nameKey(a));
    });
}

} // namespace yaddas::core
