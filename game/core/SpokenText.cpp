#include <core/SpokenText.hpp>

#include <utility>

namespace yaddas::core {

SpokenText::SpokenText(std::string language, std::vector<ForeignName> names)
    : language_(std::move(language)), names_(std::move(names)) {}

std::vector<SpokenPart> SpokenText::parts(std::string_view text) const {
    return {SpokenPart{language_, std::string(text)}};
}

std::string SpokenText::forLog(std::string_view text) const {
    std::string out;
    for (const SpokenPart& p : parts(text)) {
        if (!out.empty()) {
            out += ' ';
        }
        out += p.language == language_ ? p.text : "[" + p.language + ": " + p.text + "]";
    }
    return out;
}

std::string SpokenText::cardinal(long long number, std::string_view /*language*/) {
    return std::to_string(number);
}

} // namespace yaddas::core
