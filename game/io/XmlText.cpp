#include <io/XmlText.hpp>

#include <core/Utf8.hpp>

namespace yaddas::io {

namespace {

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

/// Length of a valid reference starting at text[0] == '&' (including ';'), or 0.
std::size_t referenceLength(std::string_view text) {
    for (std::string_view name : {"&amp;", "&lt;", "&gt;", "&quot;", "&apos;"}) {
        if (text.substr(0, name.size()) == name) {
            return name.size();
        }
    }
    if (text.size() >= 4 && text[1] == '#') {
        const bool hex = text[2] == 'x';
        std::size_t i = hex ? 3 : 2;
        const std::size_t start = i;
        while (i < text.size() && i - start < 8 && (hex ? isHex(text[i]) : isDigit(text[i]))) {
            ++i;
        }
        if (i > start && i < text.size() && text[i] == ';') {
            return i + 1;
        }
    }
    return 0;
}

} // namespace

std::optional<std::string> XmlText::prepare(std::string_view raw, const std::string& fileName,
                                            core::Diagnostics& diagnostics) {
    std::string out;
    out.reserve(raw.size() + raw.size() / 16);
    int line = 1;
    std::size_t i = 0;
    const std::size_t n = raw.size();
    bool reportedReference = false;
    int depth = 0; // open elements: text outside the root element is left untouched

    // Copies raw[i, end) to the output, counting lines.
    auto copyTo = [&](std::size_t end) {
        for (; i < end && i < n; ++i) {
            if (raw[i] == '\n') {
                ++line;
            }
            out += raw[i];
        }
    };
    // Copies up to and including `terminator`, or to the end when it is missing (the parser
    // reports that).
    auto copyThrough = [&](std::string_view terminator) {
        const std::size_t end = raw.find(terminator, i);
        copyTo(end == std::string_view::npos ? n : end + terminator.size());
    };

    while (i < n) {
        const char c = raw[i];
        if (c == '<') {
            const std::string_view rest = raw.substr(i);
            if (rest.substr(0, 4) == "<!--") {
                // XML forbids "--" inside a comment; TinyXML-2 lets it pass, other tools
                // (xmllint, editors) do not.
                const std::size_t close = rest.find("-->", 4);
                const std::string_view body = rest.substr(
                    4, close == std::string_view::npos ? std::string_view::npos : close - 4);
                if (body.find("--") != std::string_view::npos ||
                    (!body.empty() && body.back() == '-')) {
                    diagnostics.push_back({fileName, line,
                                           "a comment holds '--', which XML does not allow "
                                           "inside <!-- … -->",
                                           core::Diagnostic::Severity::Error});
                }
                copyThrough("-->");
            } else if (rest.substr(0, 9) == "<![CDATA[") {
                copyThrough("]]>");
            } else if (rest.substr(0, 2) == "<?") {
                copyThrough("?>");
            } else {
                // A tag: skip quoted attribute values, which may hold '>'.
                char quote = 0;
                std::size_t end = i + 1;
                int attributes = 0;
                for (; end < n; ++end) {
                    const char t = raw[end];
                    if (quote != 0) {
                        if (t == quote) {
                            quote = 0;
                        }
                    } else if (t == '"' || t == '\'') {
                        quote = t;
                        ++attributes;
                    } else if (t == '>') {
                        break;
                    }
                }
                // TinyXML-2 checks each attribute against all before it: thousands of them on
                // one element would take minutes. No element of the format needs more than six.
                if (attributes > maxAttributes) {
                    diagnostics.push_back({fileName, line,
                                           "an element with more than " +
                                               std::to_string(maxAttributes) +
                                               " attributes: this is not a lesson module",
                                           core::Diagnostic::Severity::Error});
                    return std::nullopt;
                }
                if (rest.size() > 1 && rest[1] == '/') {
                    --depth;
                } else if (end < n && raw[end - 1] != '/' && rest.substr(0, 2) != "<!") {
                    ++depth;
                }
                copyTo(end + 1);
            }
            continue;
        }
        if (c == '&') {
            const std::size_t len = referenceLength(raw.substr(i));
            if (len == 0 && !reportedReference) {
                // One message is enough; the rest of the file would repeat it.
                const std::size_t semi = raw.find_first_of(";< \n", i);
                std::string shown(raw.substr(i, semi == std::string_view::npos
                                                    ? 12
                                                    : std::min<std::size_t>(semi - i + 1, 12)));
                diagnostics.push_back({fileName, line,
                                       "'" + shown +
                                           "' is not a known entity: write &amp; for '&' (XML "
                                           "knows only &amp; &lt; &gt; &quot; &apos; and "
                                           "character references)"});
                reportedReference = true;
            }
            copyTo(i + (len == 0 ? 1 : len));
            continue;
        }
        // Text between tags: find where it ends.
        std::size_t end = raw.find('<', i);
        if (end == std::string_view::npos) {
            end = n;
        }
        const std::string_view run = raw.substr(i, end - i);
        const std::size_t amp = run.find('&');
        if (amp != std::string_view::npos) {
            copyTo(i + amp);
            continue;
        }
        if (depth > 0 && end < n && i > 0 && raw[i - 1] == '>' && isBlank(run)) {
            out += "&#32;";
            if (raw[i] == '\n') {
                ++line;
                out += '\n';
            }
            ++i;
        }
        copyTo(end);
    }
    return out;
}

std::string XmlText::collapse(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (char c : text) {
        if (isSpace(c)) {
            pendingSpace = !out.empty();
            continue;
        }
        if (pendingSpace) {
            out += ' ';
            pendingSpace = false;
        }
        out += c;
    }
    return out;
}

bool XmlText::isBlank(std::string_view text) {
    for (char c : text) {
        if (!isSpace(c)) {
            return false;
        }
    }
    return true;
}

int XmlText::clean(std::string& text) {
    static constexpr std::string_view replacement = "\xEF\xBF\xBD";
    std::string out;
    int replaced = 0;
    std::size_t i = 0;
    const std::size_t n = text.size();
    while (i < n) {
        const auto b = static_cast<unsigned char>(text[i]);
        if (b < 0x80) {
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r') {
                out += replacement;
                ++replaced;
            } else {
                out += static_cast<char>(b);
            }
            ++i;
            continue;
        }
        const core::Utf8::Sequence seq = core::Utf8::decode(text, i);
        if (seq.valid() && seq.code != 0xFFFE && seq.code != 0xFFFF) {
            out.append(text, i, seq.length);
        } else {
            // One replacement per sequence: one stray sequence is one mark, not several.
            out += replacement;
            ++replaced;
        }
        i += seq.length;
    }
    if (replaced > 0) {
        text = std::move(out);
    }
    return replaced;
}

} // namespace yaddas::io
