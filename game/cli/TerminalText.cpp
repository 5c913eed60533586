#include <cli/TerminalText.hpp>

#include <core/Utf8.hpp>

namespace yaddas::cli {
namespace {

constexpr char digits[] = "0123456789abcdef";

std::string hexByte(unsigned char b) {
    return std::string("\\x") + digits[b >> 4] + digits[b & 0xF];
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
        const core::Utf8::Sequence seq = core::Utf8::decode(text, i);
        if (!seq.valid()) {
            // Byte by byte, so that what was there can still be read off the escapes.
            for (std::size_t k = 0; k < seq.length; ++k) {
                out += hexByte(static_cast<unsigned char>(text[i + k]));
            }
        } else if (seq.code >= 0x80 && seq.code <= 0x9F) {
            // U+0080 to U+009F: the C1 controls, CSI (U+009B) among them.
            const auto c = static_cast<unsigned>(seq.code);
            out += std::string("\\u00") + digits[c >> 4] + digits[c & 0xF];
        } else {
            out.append(text, i, seq.length);
        }
        i += seq.length;
    }
    return out;
}

std::size_t TerminalText::incompleteTail(std::string_view text) {
    for (std::size_t back = 1; back <= 3 && back <= text.size(); ++back) {
        const auto b = static_cast<unsigned char>(text[text.size() - back]);
        if ((b & 0xC0) != 0x80) {
            return core::Utf8::lengthOf(b) > back ? back : 0;
        }
    }
    return 0;
}

} // namespace yaddas::cli
