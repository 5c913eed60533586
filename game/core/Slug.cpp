#include <core/Slug.hpp>

#include <array>
#include <utility>

namespace yaddas::core {

std::string Slug::of(std::string_view displayName, std::size_t maxLength,
                     std::string_view fallback) {
    // Azerbaijani letters become their plain Latin neighbours, so the file name stays readable.
    static const std::array<std::pair<const char*, char>, 18> letters{{
        {"ə", 'e'},
        {"Ə", 'e'},
        {"ı", 'i'},
        {"İ", 'i'},
        {"ö", 'o'},
        {"Ö", 'o'},
        {"ü", 'u'},
        {"Ü", 'u'},
        {"ğ", 'g'},
        {"Ğ", 'g'},
        {"ç", 'c'},
        {"Ç", 'c'},
        {"ş", 's'},
        {"Ş", 's'},
        {"é", 'e'},
        {"á", 'a'},
        {"ñ", 'n'},
        {"ä", 'a'},
    }};
    std::string slug;
    for (std::size_t i = 0; i < displayName.size() && slug.size() < maxLength;) {
        const char c = displayName[i];
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            slug += c;
            ++i;
            continue;
        }
        if (c >= 'A' && c <= 'Z') {
            slug += static_cast<char>(c - 'A' + 'a');
            ++i;
            continue;
        }
        bool replaced = false;
        for (const auto& [letter, plain] : letters) {
            const std::string_view l(letter);
            if (displayName.compare(i, l.size(), l) == 0) {
                slug += plain;
                i += l.size();
                replaced = true;
                break;
            }
        }
        if (replaced) {
            continue;
        }
        if (!slug.empty() && slug.back() != '-') {
            slug += '-';
        }
        ++i;
        // Skip the rest of a multi-byte character.
        while (i < displayName.size() &&
               (static_cast<unsigned char>(displayName[i]) & 0xC0) == 0x80) {
            ++i;
        }
    }
    while (!slug.empty() && slug.back() == '-') {
        slug.pop_back();
    }
    return slug.empty() ? std::string(fallback) : slug;
}

} // namespace yaddas::core
