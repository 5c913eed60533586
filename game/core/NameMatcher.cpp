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
    if (2 * lengthGap > limit) {
        return limit + 1;
    }
    // Two rows of the weighted Levenshtein table; each edit costs 2, an a↔e swap 1.
    std::vector<std::size_t> prev(m + 1);
    std::vector<std::size_t> cur(m + 1);
    for (std::size_t j = 0; j <= m; ++j) {
        prev[j] = 2 * j;
    }
    for (std::size_t i = 1; i <= n; ++i) {
        cur[0] = 2 * i;
        std::size_t rowMin = cur[0];
        for (std::size_t j = 1; j <= m; ++j) {
            const char x = a[i - 1];
            const char y = b[j - 1];
            std::size_t swap = 2;
            if (x == y) {
                swap = 0;
            } else if ((x == 'a' && y == 'e') || (x == 'e' && y == 'a')) {
                swap = 1;
            }
            cur[j] = std::min({prev[j] + 2, cur[j - 1] + 2, prev[j - 1] + swap});
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
