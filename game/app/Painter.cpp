#include <app/Painter.hpp>

#include <SFML/Graphics/Font.hpp>
#include <SFML/Graphics/RectangleShape.hpp>

#include <algorithm>

namespace yaddas::app {
namespace {

// SFML 2.5 keeps a 2×2 white square at the corner of every font texture (for underlines); a
// rectangle drawn with this texel comes out in its plain colour, so it joins a text batch.
const sf::Vector2f kWhiteTexel(1.f, 1.f);

} // namespace

void Painter::flush() {
    if (!vertices_.empty()) {
        sf::RenderStates states;
        states.texture = texture_;
        if (opaque_) {
            // Every colour here has alpha 255: no blending gives the very same pixels.
            states.blendMode = sf::BlendNone;
        }
        target_->draw(vertices_.data(), vertices_.size(), sf::Triangles, states);
        vertices_.clear();
    }
    texture_ = nullptr;
    opaque_ = false;
}

void Painter::useTexture(const sf::Texture* texture) {
    if (opaque_) {
        flush();
    }
    if (texture == texture_ || texture == nullptr) {
        return; // rectangles carry the white texel: they draw the same with any font texture
    }
    if (texture_ != nullptr) {
        flush();
    }
    texture_ = texture;
}

void Painter::useOpaque() {
    if (!opaque_ && !vertices_.empty()) {
        flush();
    }
    opaque_ = true;
}

void Painter::quad(const sf::FloatRect& r, sf::Color color) {
    if (r.width <= 0.f || r.height <= 0.f || color.a == 0) {
        return;
    }
    if (color.a == 255) {
        useOpaque();
    } else {
        useTexture(nullptr);
    }
    const float right = r.left + r.width;
    const float bottom = r.top + r.height;
    vertices_.emplace_back(sf::Vector2f(r.left, r.top), color, kWhiteTexel);
    vertices_.emplace_back(sf::Vector2f(right, r.top), color, kWhiteTexel);
    vertices_.emplace_back(sf::Vector2f(r.left, bottom), color, kWhiteTexel);
    vertices_.emplace_back(sf::Vector2f(r.left, bottom), color, kWhiteTexel);
    vertices_.emplace_back(sf::Vector2f(right, r.top), color, kWhiteTexel);
    vertices_.emplace_back(sf::Vector2f(right, bottom), color, kWhiteTexel);
}

void Painter::frame(const sf::FloatRect& r, sf::Color color, float t) {
    const float right = r.left + r.width;
    const float bottom = r.top + r.height;
    quad({r.left - t, r.top - t, r.width + 2 * t, t}, color);
    quad({r.left - t, bottom, r.width + 2 * t, t}, color);
    quad({r.left - t, r.top, t, r.height}, color);
    quad({right, r.top, t, r.height}, color);
}

void Painter::glyphs(const sf::Text& text) {
    // The same layout as sf::Text::ensureGeometryUpdate of SFML 2.5 for a regular-style text
    // without outline, so a batched text covers exactly the pixels sf::Text would.
    const sf::Font& font = *text.getFont();
    const unsigned size = text.getCharacterSize();
    const sf::Color color = text.getFillColor();
    const sf::Transform& transform = text.getTransform();
    useTexture(&font.getTexture(size));
    const float whitespace = font.getGlyph(L' ', size, false).advance;
    const float letterSpacing = (whitespace / 3.f) * (text.getLetterSpacing() - 1.f);
    const float space = whitespace + letterSpacing;
    const float lineSpacing = font.getLineSpacing(size) * text.getLineSpacing();
    float x = 0.f;
    float y = static_cast<float>(size);
    sf::Uint32 prev = 0;
    const sf::String& s = text.getString();
    for (std::size_t i = 0; i < s.getSize(); ++i) {
        const sf::Uint32 cp = s[i];
        if (cp == '\r') {
            continue;
        }
        x += font.getKerning(prev, cp, size);
        prev = cp;
        if (cp == ' ' || cp == '\n' || cp == '\t') {
            if (cp == ' ') {
                x += space;
            } else if (cp == '\t') {
                x += space * 4;
            } else {
                y += lineSpacing;
                x = 0.f;
            }
            continue;
        }
        const sf::Glyph& g = font.getGlyph(cp, size, false);
        // The glyph texture may have been re-created for a new glyph: look it up again.
        useTexture(&font.getTexture(size));
        const float padding = 1.f;
        const float left = g.bounds.left - padding;
        const float top = g.bounds.top - padding;
        const float right = g.bounds.left + g.bounds.width + padding;
        const float bottom = g.bounds.top + g.bounds.height + padding;
        const float u1 = static_cast<float>(g.textureRect.left) - padding;
        const float v1 = static_cast<float>(g.textureRect.top) - padding;
        const float u2 = static_cast<float>(g.textureRect.left + g.textureRect.width) + padding;
        const float v2 = static_cast<float>(g.textureRect.top + g.textureRect.height) + padding;
        auto at = [&](float px, float py) { return transform.transformPoint(x + px, y + py); };
        vertices_.emplace_back(at(left, top), color, sf::Vector2f(u1, v1));
        vertices_.emplace_back(at(right, top), color, sf::Vector2f(u2, v1));
        vertices_.emplace_back(at(left, bottom), color, sf::Vector2f(u1, v2));
        vertices_.emplace_back(at(left, bottom), color, sf::Vector2f(u1, v2));
        vertices_.emplace_back(at(right, top), color, sf::Vector2f(u2, v1));
        vertices_.emplace_back(at(right, bottom), color, sf::Vector2f(u2, v2));
        x += g.advance + letterSpacing;
    }
}

void Painter::text(const sf::Text& text) {
    const bool plain = text.getFont() != nullptr && text.getStyle() == sf::Text::Regular &&
                       text.getOutlineThickness() == 0.f;
    if (batchDepth_ > 0 && plain) {
        glyphs(text);
    } else {
        flush();
        target_->draw(text);
    }
    if (recording_) {
        const auto utf8 = text.getString().toUtf8();
        records_.push_back({std::string(utf8.begin(), utf8.end()), text.getGlobalBounds()});
    }
}

void Painter::rect(const sf::FloatRect& r, sf::Color fill, sf::Color outline, float thickness) {
    if (batchDepth_ > 0 && thickness >= 0.f) {
        quad(r, fill);
        if (thickness > 0.f && outline.a != 0) {
            frame(r, outline, thickness);
        }
        return;
    }
    flush();
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
    if (batchDepth_ > 0 && thickness >= 0.f) {
        frame(outer, color, thickness);
        return;
    }
    flush();
    sf::RectangleShape shape({outer.width, outer.height});
    shape.setPosition(outer.left, outer.top);
    shape.setFillColor(sf::Color::Transparent);
    shape.setOutlineColor(color);
    shape.setOutlineThickness(thickness);
    target_->draw(shape);
}

} // namespace yaddas::app
