#pragma once

#include <SFML/Graphics/Font.hpp>
#include <SFML/Graphics/Text.hpp>

#include <string>
#include <vector>

namespace yaddas::app {

/// A single-line text that never leaves its box: it shrinks a little (to 80 % of its size), then
/// ends with "…" when it is still too wide.
sf::Text fittedText(const std::string& utf8, const sf::Font& font, unsigned size, float maxWidth);

/// The texts fittedText had to cut with "…" since the last takeCutTexts(), each once, in order:
/// a scripted run lists them in its dumps, so a test finds a label too long for its box (in a
/// longer language, say) that would otherwise pass unseen.
std::vector<std::string> takeCutTexts();

/// Places a single-line text so that its line box (size × 1.2 high) is centred vertically at y.
void placeText(sf::Text& text, float x, float centreY);

/// A number with thin spaces between thousands: 1 575 259.
std::string groupThousands(long long value);

} // namespace yaddas::app
