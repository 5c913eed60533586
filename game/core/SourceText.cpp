#include <core/SourceText.hpp>

namespace yaddas::core {

std::string SourceText::withoutEscapes(std::string text) {
    // The text was copied from a web page that escaped its apostrophes ("people\\'s"): that
    // backslash is the page's, not the author's, so no reader should see it.
    for (auto at = text.find("\\'"); at != std::string::npos; at = text.find("\\'", at)) {
        text.erase(at, 1);
    }
    return text;
}

SourceText SourceText::fromText(std::string_view text) {
    SourceText source;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) {
            end = text.size();
        }
        std::string_view line = text.substr(start, end - start);
        const auto first = line.find_first_not_of(" \t\r");
        if (first != std::string_view::npos) {
            const auto last = line.find_last_not_of(" \t\r");
            source.paragraphs_.push_back(
                withoutEscapes(std::string(line.substr(first, last - first + 1))));
        }
        start = end + 1;
    }
    return source;
}

std::string_view SourceText::paragraph(int n) const {
    if (!has(n)) {
        return {};
    }
    return paragraphs_[static_cast<std::size_t>(n - 1)];
}

} // namespace yaddas::core
