#include <core/Utf8.hpp>

namespace yaddas::core {

std::size_t Utf8::shortestLength(char32_t code) {
    return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

std::size_t Utf8::lengthOf(unsigned char lead) {
    return lead < 0x80             ? 1
           : (lead & 0xE0) == 0xC0 ? 2
           : (lead & 0xF0) == 0xE0 ? 3
           : (lead & 0xF8) == 0xF0 ? 4
                                   : 0;
}

Utf8::Sequence Utf8::decode(std::string_view text, std::size_t i) {
    Sequence s;
    const auto b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) {
        s.status = Status::Valid;
        s.code = b;
        return s;
    }
    const std::size_t length = lengthOf(b);
    if (length == 0) {
        return s; // a continuation byte or 0xF8 to 0xFF: malformed, one byte
    }
    // The lead byte's own bits: 5, 4 or 3 of them.
    char32_t code = b & (0x7Fu >> length);
    for (std::size_t k = 1; k < length; ++k) {
        if (i + k >= text.size() || (static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) {
            s.length = k;
            return s;
        }
        code = (code << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3Fu);
    }
    s.code = code;
    s.length = length;
    if (length > shortestLength(code)) {
        s.status = Status::Overlong;
    } else if (code > 0x10FFFF) {
        s.status = Status::BeyondUnicode;
    } else if (code >= 0xD800 && code <= 0xDFFF) {
        s.status = Status::Surrogate;
    } else {
        s.status = Status::Valid;
    }
    return s;
}

} // namespace yaddas::core
