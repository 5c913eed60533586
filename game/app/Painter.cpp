#include <app/Painter.hpp>

#include <SFML/Graphics/RectangleShape.hpp>

namespace yaddas::app {

void Painter::text(const sf::Text& text) {
    target_->draw(text);
    if (recording_) {
        const auto utf8 = text.getString().toUtf8();
        records_.push_back({std::string(utf8.begin(), utf8.end()), text.getGlobalBounds()});
    }
}

void Painter::rect(const sf::FloatRect& r, sf::Color fill, sf::Color outline, float thickness) {
    sf::RectangleShape shape({r.width, r.height});
    shape.setPosition(r.left, r.top);
    shape.setFillColor(fill);
    if (thickness > 0.f) {
        shape.setOutlineColor(outline);
        shape.setOutlineThickness(thickness);
    }
    target_->draw(shape);
}

void Painter::focusRing(const sf::FloatRect& r, sf::Color color, float thickness) {
    const sf::FloatRect outer(r.left - thickness, r.top - thickness, r.width + 2 * thickness,
                              r.height + 2 * thickness);
    sf::RectangleShape shape({outer.width, outer.height});
    shape.setPosition(outer.left, outer.top);
    shape.setFillColor(sf::Color::Transparent);
    shape.setOutlineColor(color);
    shape.setOutlineThickness(thickness);
    target_->draw(shape);
}

} // namespace yaddas::app
