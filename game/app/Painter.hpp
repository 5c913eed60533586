#pragma once

#include <SFML/Graphics/Rect.hpp>
#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Graphics/Text.hpp>
#include <SFML/Graphics/Texture.hpp>
#include <SFML/Graphics/Vertex.hpp>

#include <string>
#include <vector>

namespace yaddas::app {

/// Draws on the window and, in scripted mode, remembers every text it drew with its bounds, so a
/// test can read the screen (`dump`) and click a label by its words (`click-text`).
///
/// Inside a Batch, rectangles and glyphs are gathered into one vertex list and sent to the GPU
/// in as few draw calls as the font textures allow (a software renderer pays per call); the
/// drawing order is kept, so the picture is the same as drawing each shape on its own.
class Painter {
public:
    /// One text as drawn: its words (UTF-8) and where it is on screen.
    struct Record {
        std::string text;
        sf::FloatRect bounds;
    };

    /// Gathers everything drawn while it lives; draws it when the outermost Batch ends.
    class Batch {
    public:
        explicit Batch(Painter& painter) : painter_(painter) { ++painter_.batchDepth_; }
        ~Batch() {
            if (--painter_.batchDepth_ == 0) {
                painter_.flush();
            }
        }
        Batch(const Batch&) = delete;
        Batch& operator=(const Batch&) = delete;

    private:
        Painter& painter_;
    };

    explicit Painter(sf::RenderTarget& target) : target_(&target) {}

    void setTarget(sf::RenderTarget& target) {
        flush();
        target_ = &target;
    }
    /// The target, for drawing something the painter has no call for; what is gathered so far
    /// is drawn first, to keep the order.
    sf::RenderTarget& target() {
        flush();
        return *target_;
    }

    void text(const sf::Text& text);
    void rect(const sf::FloatRect& r, sf::Color fill, sf::Color outline = sf::Color::Transparent,
              float thickness = 0.f);
    /// The visible focus ring around a control.
    void focusRing(const sf::FloatRect& r, sf::Color color, float thickness);
    /// Draws what is gathered; called by the outermost Batch, harmless at any time.
    void flush();

    void setRecording(bool on) { recording_ = on; }
    bool recording() const { return recording_; }
    void beginFrame() { records_.clear(); }
    const std::vector<Record>& records() const { return records_; }

private:
    /// A rectangle in the current batch (textured with the font's white texel when needed).
    void quad(const sf::FloatRect& r, sf::Color color);
    /// The outline SFML draws outside a rectangle: four bands that do not overlap.
    void frame(const sf::FloatRect& r, sf::Color color, float thickness);
    /// Switches the batch to `texture` (nullptr: untextured) with blending, drawing what was
    /// gathered before when the batch cannot hold both.
    void useTexture(const sf::Texture* texture);
    /// Switches the batch to opaque, untextured rectangles.
    void useOpaque();
    /// Appends the glyphs of a plain, outline-free text as SFML 2.5 lays them out.
    void glyphs(const sf::Text& text);

    sf::RenderTarget* target_;
    bool recording_ = false;
    std::vector<Record> records_;
    int batchDepth_ = 0;
    std::vector<sf::Vertex> vertices_;
    const sf::Texture* texture_ = nullptr;
    /// The batch holds opaque rectangles only: drawn untextured and without blending, which a
    /// software renderer fills several times faster than blended, textured pixels.
    bool opaque_ = false;
};

} // namespace yaddas::app
