#pragma once

#include <core/Citation.hpp>
#include <core/Span.hpp>

#include <string>
#include <vector>

namespace yaddas::core {

/// One block of a lesson section: a paragraph, a context note, or a person's card.
struct Block {
    enum class Kind { Paragraph, Note, Card };

    Kind kind = Kind::Paragraph;
    std::vector<Span> spans;     ///< the prose (paragraphs and notes)
    std::string person;          ///< the person's fact id (cards)
    int sourceParagraph = 0;     ///< where in the source text it comes from (0: none)
    std::vector<Citation> cites; ///< other sources it draws on (`<cite>` inside the prose)
    int line = 0;

    /// The prose without markup.
    std::string plainText() const;
    /// Every citation, the source text's paragraph first.
    std::vector<Citation> citations() const;
};

} // namespace yaddas::core
