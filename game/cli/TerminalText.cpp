#include <cli/TerminalText.hpp>

namespace yaddas::cli {
namespace {

constexpr char digits[] = "0123456789abcdef";

std::string hexByte(unsigned char b) {
    return std::string("\\x") + digits[b >> 4] + digits[b & 0xF];
}

/// The length of the UTF-8 sequence a lead byte starts, or 0 when it starts none.
std::size_t sequenceLength(unsigned char b) {
    if ((b & 0xE0) == 0xC0 && b >= 0xC2) {
        return 2;
    }
    if ((b & 0xF0) == 0xE0) {
        return 3;
    }
    if ((b & 0xF8) == 0xF0 && b <= 0xF4) {
        return 4;
    }
    return 0;
}

} // namespace

std::string TerminalText::escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        const auto b = static_cast<unsigned char>(text[i]);
        if (b < 0x80) {
            if ((b < 0x20 && b != '\n') || b == 0x7F) {
                out += hexByte(b);
            } else {
                out += static_cast<char>(b);
            }
            ++i;
            continue;
        }
        const std::size_t len = sequenceLength(b);
        bool valid = len > 0 && i + len <= text.size();
        for (std::size_t k = 1; valid && k < len; ++k) {
            valid = (static_cast<unsigned char>(text[i + k]) & 0xC0) == 0x80;
        }
        if (!valid) {
            out += hexByte(b);
            ++i;
        } else if (b == 0xC2 && static_cast<unsigned char>(text[i + 1]) < 0xA0) {
            // U+0080 to U+009F: the C1 controls, CSI (U+009B) among them.
            const auto c = static_cast<unsigned char>(text[i + 1]);
            out += std::string("\\u00") + digits[c >> 4] + digits[c & 0xF];
            i += 2;
        } else {
            out.append(text, i, len);
            i += len;
        }
    }
    return out;
}

std::size_t TerminalText::incompleteTail(std::string_view text) {
    for (std::size_t back = 1; back <= 3 && back <= text.size(); ++back) {
        const auto b = static_cast<unsigned char>(text[text.size() - back]);
        if ((b & 0xC0) != 0x80) {
            return sequenceLength(b) > back ? back : 0;
        }
    }
    return 0;
}

} // namespace yaddas::cli
