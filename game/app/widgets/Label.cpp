#include <app/widgets/Label.hpp>

#include <app/TextBlock.hpp>

#include <algorithm>
#include <cmath>
#include <string>

namespace yaddas::app {

namespace {

std::vector<std::string>& cutTexts() {
    static std::vector<std::string> texts;
    return texts;
}

} // namespace

std::vector<std::string> takeCutTexts() {
    std::vector<std::string> taken;
    taken.swap(cutTexts());
    return taken;
}

sf::Text fittedText(const std::string& utf8, const sf::Font& font, unsigned size, float maxWidth) {
    sf::String s = sf::String::fromUtf8(utf8.begin(), utf8.end());
    // SFML 2.5 draws a speck for the empty glyph of thin and no-break spaces: use plain spaces.
    for (std::size_t i = 0; i < s.getSize(); ++i) {
        if (s[i] == 0x00A0 || s[i] == 0x2009 || s[i] == 0x202F || s[i] == 0x2007) {
            s[i] = ' ';
        }
    }
    unsigned fitted = size;
    const unsigned smallest = std::max(8u, size * 4 / 5);
    while (fitted > smallest && textWidth(s, font, fitted) > maxWidth) {
        --fitted;
    }
    if (textWidth(s, font, fitted) > maxWidth) {
        const sf::Uint32 ellipsis = 0x2026;
        while (!s.isEmpty() && textWidth(s + ellipsis, font, fitted) > maxWidth) {
            s.erase(s.getSize() - 1);
        }
        while (!s.isEmpty() && s[s.getSize() - 1] == ' ') {
            s.erase(s.getSize() - 1);
        }
        s += ellipsis;
        auto& cut = cutTexts();
        // Bounded: nobody takes them outside a scripted run.
        if (cut.size() < 256 && std::find(cut.begin(), cut.end(), utf8) == cut.end()) {
            cut.push_back(utf8);
        }
    }
    return sf::Text(s, font, fitted);
}

void placeText(sf::Text& text, float x, float centreY) {
    const float size = static_cast<float>(text.getCharacterSize());
    text.setPosition(std::round(x), std::round(centreY - 0.72f * size));
}

std::string groupThousands(long long value) {
    std::string digits = std::to_string(value < 0 ? -value : value);
    std::string out;
    const std::string thin = "\u2009";
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) {
            out += thin;
        }
        out += digits[i];
    }
    return value < 0 ? "-" + out : out;
}

} // namespace yaddas::app
