#pragma once

#include <cstddef>
#include <vector>

namespace yaddas::core {

/// Splits prose into sentences for reading aloud, one at a time with the one being heard
/// highlighted. Works on code points, as the screen lays them out, so a sentence's place is
/// the same index range on screen.
class SentenceSplitter {
public:
    struct Span {
        std::size_t begin = 0; ///< the first code point (no leading space)
        std::size_t end = 0;   ///< one past the last (its closing quote or marker included)
    };

    /// The sentences of `text`. `skipped[i]` marks a code point that is not read (a sources
    /// marker "[3]"): it neither ends a sentence nor makes one. A line break ends a sentence;
    /// an initial ("A. Solzhenitsyn"), a decimal point or a full stop followed by a lower-case
    /// word ("c. 1930") does not. Spans with no letter or digit are left out.
    static std::vector<Span> split(const std::vector<char32_t>& text,
                                   const std::vector<bool>& skipped);
};

} // namespace yaddas::core
