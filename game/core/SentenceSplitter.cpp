#include <core/SentenceSplitter.hpp>

namespace yaddas::core {
namespace {

bool isSentenceEnd(char32_t cp) {
    return cp == U'.' || cp == U'?' || cp == U'!' || cp == U'\u2026';
}

bool isClosing(char32_t cp) {
    return cp == U'"' || cp == U')' || cp == U'\u201D' || cp == U'\u2019' || cp == U'\u00BB';
}

bool isSpace(char32_t cp) {
    return cp == U' ' || cp == U'\n' || cp == U'\t' || cp == U'\r' || cp == U'\u00A0' ||
           cp == U'\u2009' || cp == U'\u202F';
}

// The scripts the lessons are written in: Latin (with Azerbaijani letters) and Cyrillic.
bool isLower(char32_t cp) {
    return (cp >= U'a' && cp <= U'z') || (cp >= U'\u00DF' && cp <= U'\u00FF' && cp != U'\u00F7') ||
           (cp >= U'\u0430' && cp <= U'\u045F') || cp == U'\u0131' || cp == U'\u0259' ||
           cp == U'\u011F' || cp == U'\u015F' || cp == U'\u00E7' || cp == U'\u00F6' ||
           cp == U'\u00FC';
}

bool isUpper(char32_t cp) {
    return (cp >= U'A' && cp <= U'Z') || (cp >= U'\u00C0' && cp <= U'\u00DE' && cp != U'\u00D7') ||
           (cp >= U'\u0400' && cp <= U'\u042F') || cp == U'\u0130' || cp == U'\u018F' ||
           cp == U'\u011E' || cp == U'\u015E';
}

bool isWordChar(char32_t cp) {
    return isLower(cp) || isUpper(cp) || (cp >= U'0' && cp <= U'9');
}

} // namespace

std::vector<SentenceSplitter::Span> SentenceSplitter::split(const std::vector<char32_t>& text,
                                                            const std::vector<bool>& skipped) {
    const auto skip = [&](std::size_t i) { return i < skipped.size() && skipped[i]; };
    std::vector<Span> out;
    const auto flush = [&](std::size_t begin, std::size_t end) {
        while (begin < end && isSpace(text[begin])) {
            ++begin;
        }
        for (std::size_t k = begin; k < end; ++k) {
            if (!skip(k) && isWordChar(text[k])) {
                out.push_back({begin, end});
                return;
            }
        }
    };
    std::size_t start = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == U'\n') {
            flush(start, i);
            start = i + 1;
            continue;
        }
        if (skip(i) || !isSentenceEnd(text[i])) {
            continue;
        }
        std::size_t j = i + 1;
        while (j < text.size() && (isClosing(text[j]) || skip(j) || isSentenceEnd(text[j]))) {
            ++j;
        }
        if (j < text.size() && !isSpace(text[j])) {
            continue; // "1.5", "e.g.": inside a word
        }
        std::size_t w = i;
        while (w > start && (isLower(text[w - 1]) || isUpper(text[w - 1]))) {
            --w;
        }
        // A one-letter word: an initial or an abbreviation ("c.", "г.").
        const bool initial =
            text[i] == U'.' && i - w == 1 && (w == 0 || !isWordChar(text[w - 1])); // not "1920s."
        std::size_t n = j;
        while (n < text.size() && isSpace(text[n]) && text[n] != U'\n') {
            ++n;
        }
        const bool goesOn = n < text.size() && isLower(text[n]);
        if (initial || goesOn) {
            continue;
        }
        flush(start, j);
        start = j;
        i = j - 1;
    }
    flush(start, text.size());
    return out;
}

} // namespace yaddas::core
