#include <core/I18n.hpp>

#include <libintl.h>

namespace yaddas::core {

const char* I18n::tr(const char* english) {
    return ::dgettext(domain, english);
}

const char* I18n::trn(const char* one, const char* many, long long n) {
    // ngettext takes an unsigned long; a negative count reads as plural, as English does.
    return ::dngettext(domain, one, many, n < 0 ? 2ul : static_cast<unsigned long>(n));
}

std::string I18n::format(const std::string& pattern, std::initializer_list<std::string> args) {
    std::string out;
    out.reserve(pattern.size());
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 2] == '}' &&
            pattern[i + 1] >= '1' && pattern[i + 1] <= '9') {
            const auto k = static_cast<std::size_t>(pattern[i + 1] - '1');
            if (k < args.size()) {
                out += *(args.begin() + k);
                i += 2;
                continue;
            }
        }
        out += pattern[i];
    }
    return out;
}

namespace {

std::string& current() {
    static std::string language = "en";
    return language;
}

} // namespace

const std::string& I18n::language() {
    return current();
}

void I18n::setLanguage(const std::string& language) {
    current() = language == "az" || language == "ru" ? language : "en";
}

} // namespace yaddas::core
