#include <io/TextFile.hpp>

#include <io/RegularFile.hpp>

#include <core/Utf8.hpp>

namespace yaddas::io {
namespace fs = std::filesystem;

namespace {

core::Diagnostic error(const std::string& fileName, int line, std::string message) {
    return core::Diagnostic{fileName, line, std::move(message), core::Diagnostic::Severity::Error};
}

std::string hexByte(unsigned char b) {
    static constexpr char digits[] = "0123456789ABCDEF";
    return std::string("0x") + digits[b >> 4] + digits[b & 0xF];
}

std::string codePointName(unsigned long cp) {
    static constexpr char digits[] = "0123456789ABCDEF";
    std::string hex;
    for (int shift = 20; shift >= 0; shift -= 4) {
        // At least four digits, more only past U+FFFF: U+001B, U+FFFE, U+110000.
        if (shift < 16 || (cp >> shift) != 0) {
            hex += digits[(cp >> shift) & 0xF];
        }
    }
    return "U+" + hex;
}

} // namespace

std::string_view TextFile::withoutBom(std::string_view text) {
    if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") {
        text.remove_prefix(3);
    }
    return text;
}

std::optional<core::Diagnostic> TextFile::check(std::string_view text,
                                                const std::string& fileName) {
    if (text.size() >= 2 &&
        ((text[0] == '\xFF' && text[1] == '\xFE') || (text[0] == '\xFE' && text[1] == '\xFF'))) {
        return error(fileName, 1, "the file is UTF-16; save it as UTF-8");
    }
    int line = 1;
    std::size_t i = 0;
    const std::size_t n = text.size();
    while (i < n) {
        const auto b = static_cast<unsigned char>(text[i]);
        if (b < 0x80) {
            if (b == '\n') {
                ++line;
            } else if (b == 0) {
                return error(fileName, line,
                             "the file holds a NUL byte: it is binary, not a text file");
            } else if (b < 0x20 && b != '\t' && b != '\r') {
                return error(fileName, line,
                             "control character " + codePointName(b) +
                                 " is not allowed in an XML file");
            }
            ++i;
            continue;
        }
        // Refuse overlong forms, surrogates and values past U+10FFFF: an XML parser would
        // otherwise pass such bytes on as text.
        const core::Utf8::Sequence seq = core::Utf8::decode(text, i);
        const unsigned long cp = seq.code;
        switch (seq.status) {
        case core::Utf8::Status::Malformed:
            return error(fileName, line,
                         "byte " + hexByte(b) +
                             " is not valid UTF-8 (is the file in another encoding?); save it "
                             "as UTF-8");
        // The bytes are well formed but do not encode a character XML allows: name the code
        // point, since "not valid UTF-8" would send the user looking for a wrong encoding.
        case core::Utf8::Status::Overlong:
            return error(fileName, line,
                         codePointName(cp) + " is written in " + std::to_string(seq.length) +
                             " bytes instead of " +
                             std::to_string(core::Utf8::shortestLength(seq.code)) +
                             " (an overlong UTF-8 form, which is not allowed)");
        case core::Utf8::Status::BeyondUnicode:
            return error(fileName, line,
                         codePointName(cp) + " is past U+10FFFF, the last Unicode code point");
        case core::Utf8::Status::Surrogate:
            return error(fileName, line,
                         codePointName(cp) +
                             " is a UTF-16 surrogate, which is not allowed in UTF-8");
        case core::Utf8::Status::Valid:
            break;
        }
        if (cp == 0xFFFE || cp == 0xFFFF) {
            return error(fileName, line, codePointName(cp) + " is not allowed in an XML file");
        }
        i += seq.length;
    }
    return std::nullopt;
}

TextFile::Result TextFile::read(const fs::path& file, const std::string& fileName,
                                std::size_t maxBytes) {
    Result r;
    RegularFile::Contents contents = RegularFile::read(file, maxBytes);
    if (!contents.ok()) {
        r.diagnostics.push_back(error(fileName, 0, contents.message()));
        return r;
    }
    const std::string& bytes = contents.bytes;
    if (auto problem = check(bytes, fileName)) {
        r.diagnostics.push_back(std::move(*problem));
        return r;
    }
    r.text = std::string(withoutBom(bytes));
    return r;
}

} // namespace yaddas::io
