#include <io/HtmlText.hpp>

namespace yaddas::io {

std::string HtmlText::escape(std::string_view text, Quotes quotes) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            if (quotes == Quotes::DoubleAndSingle) {
                out += "&#39;";
            } else {
                out += c;
            }
            break;
        default:
            out += c;
        }
    }
    return out;
}

} // namespace yaddas::io
