#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace yaddas::core {

/// The text every lesson is derived from, split into numbered paragraphs (its non-empty lines),
/// so that each fact can point to the passage it comes from.
class SourceText {
public:
    SourceText() = default;
    /// Splits text into paragraphs: every non-blank line is one, numbered from 1.
    static SourceText fromText(std::string_view text);
    /// The text without the backslashes a web page put before apostrophes ("people\\'s"):
    /// applied to the paragraphs and to the excerpts quoted from them, so older modules that
    /// quote the escaped form still match.
    static std::string withoutEscapes(std::string text);

    std::size_t paragraphCount() const { return paragraphs_.size(); }
    /// The paragraph's text, or an empty view when n is out of range.
    std::string_view paragraph(int n) const;
    bool has(int n) const { return n >= 1 && static_cast<std::size_t>(n) <= paragraphs_.size(); }

private:
    std::vector<std::string> paragraphs_;
};

} // namespace yaddas::core
