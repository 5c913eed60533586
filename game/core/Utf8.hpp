#pragma once

#include <cstddef>
#include <string_view>

namespace yaddas::core {

/// Decodes UTF-8 one sequence at a time, telling apart the ways a sequence can be wrong, so
/// that each reader can refuse, replace or escape it in its own words from one decoder.
class Utf8 {
public:
    enum class Status {
        Valid,        ///< a Unicode scalar value in its shortest form
        Malformed,    ///< not a lead byte, cut short, or a continuation byte missing
        Overlong,     ///< well formed, but in more bytes than the code point needs
        Surrogate,    ///< U+D800 to U+DFFF, which UTF-8 may not carry
        BeyondUnicode ///< past U+10FFFF
    };

    struct Sequence {
        Status status = Status::Malformed;
        char32_t code = 0xFFFD; ///< the decoded value (U+FFFD when malformed)
        /// Bytes the sequence takes: its full length when well formed; for a malformed one,
        /// the lead byte and the continuation bytes that follow it, so one stray sequence is
        /// one problem, not several.
        std::size_t length = 1;
        bool valid() const { return status == Status::Valid; }
    };

    /// The sequence starting at `text[i]` (`i < text.size()`).
    static Sequence decode(std::string_view text, std::size_t i);
    /// How many bytes a sequence starting with `lead` has: 1 for ASCII, 2 to 4 for a lead byte,
    /// 0 for a continuation byte or one that never starts a sequence.
    static std::size_t lengthOf(unsigned char lead);
    /// The fewest bytes UTF-8 needs for `code`.
    static std::size_t shortestLength(char32_t code);
};

} // namespace yaddas::core
