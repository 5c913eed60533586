#pragma once

#include <SFML/Graphics/Rect.hpp>
#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Graphics/Text.hpp>

#include <string>
#include <vector>

namespace yaddas::app {

/// Draws on the window and, in scripted mode, remembers every text it drew with its bounds, so a
/// test can read the screen (`dump`) and click a label by its words (`click-text`).
class Painter {
public:
    /// One text as drawn: its words (UTF-8) and where it is on screen.
    struct Record {
        std::string text;
        sf::FloatRect bounds;
    };

    explicit Painter(sf::RenderTarget& target) : target_(&target) {}

    void setTarget(sf::RenderTarget& target) { target_ = &target; }
    sf::RenderTarget& target() { return *target_; }

    void text(const sf::Text& text);
    void rect(const sf::FloatRect& r, sf::Color fill, sf::Color outline = sf::Color::Transparent,
              float thickness = 0.f);
    /// The visible focus ring around a control.
    void focusRing(const sf::FloatRect& r, sf::Color color, float thickness);

    void setRecording(bool on) { recording_ = on; }
    bool recording() const { return recording_; }
    void beginFrame() { records_.clear(); }
    const std::vector<Record>& records() const { return records_; }

private:
    sf::RenderTarget* target_;
    bool recording_ = false;
    std::vector<Record> records_;
};

} // namespace yaddas::app
