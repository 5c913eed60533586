#pragma once

#include <app/Painter.hpp>

#include <SFML/Graphics/Font.hpp>
#include <SFML/Graphics/Text.hpp>

#include <cstddef>
#include <limits>
#include <string>
#include <vector>

namespace yaddas::app {

/// How a run of prose is set: key dates, numbers and names by weight, glossary terms by an
/// underline tint, captions in the secondary colour, and the marker of a paragraph's sources
/// ("[2]") smaller and raised, in the secondary colour.
enum class RunStyle { Plain, Strong, Term, Secondary, Marker };

/// A run of UTF-8 text in one style; `ref` names the fact or term it marks.
struct StyledRun {
    std::string text;
    RunStyle style = RunStyle::Plain;
    std::string ref;
};

/// Paragraph text wrapped to a width once, then drawn as often as needed: layouts are made when
/// the text, the width or the size changes, never per frame. Lines break at spaces (and inside a
/// word only when the word alone is wider than the line); '\n' forces a break.
class TextBlock {
public:
    struct Style {
        const sf::Font* regular = nullptr;
        const sf::Font* bold = nullptr;
        unsigned size = 20;
        float lineSpacing = 1.5f; ///< line height as a multiple of the size
        sf::Color ink;
        sf::Color secondary;
        sf::Color tint;
    };

    /// A glossary term's or a sources marker's place, relative to the block's origin, for hover
    /// and focus.
    struct Hot {
        sf::FloatRect rect;
        std::string ref;
        std::size_t line = 0;
        RunStyle style = RunStyle::Term; ///< Term or Marker
    };

    static constexpr std::size_t kAll = std::numeric_limits<std::size_t>::max();

    void layout(const std::vector<StyledRun>& runs, const Style& style, float width);
    void layout(const std::string& plain, const Style& style, float width) {
        layout(std::vector<StyledRun>{{plain, RunStyle::Plain, {}}}, style, width);
    }

    std::size_t lineCount() const { return lineCount_; }
    float lineHeight() const { return lineHeight_; }
    float height() const { return static_cast<float>(lineCount_) * lineHeight_; }
    /// The widest line, for boxes that hug their text.
    float widestLine() const { return widest_; }
    const std::vector<Hot>& hots() const { return hots_; }

    /// Draws lines [from, to) with line `from` at `origin`.
    void draw(Painter& painter, sf::Vector2f origin, std::size_t from = 0,
              std::size_t to = kAll) const;
    /// The line that code point `index` of the runs (all runs' text, in order) is set on.
    std::size_t lineOf(std::size_t index) const;
    /// Draws a tint under code points [begin, end) of the runs (a sentence being read aloud)
    /// in lines [from, to).
    void drawRangeHighlight(Painter& painter, sf::Vector2f origin, std::size_t begin,
                            std::size_t end, sf::Color color, std::size_t from = 0,
                            std::size_t to = kAll) const;
    /// Draws a tint under the term or marker `ref` (focused or hovered) in lines [from, to).
    void drawTermHighlight(Painter& painter, sf::Vector2f origin, const std::string& ref,
                           sf::Color color, std::size_t from = 0, std::size_t to = kAll) const;

private:
    struct Piece {
        sf::Text text;
        std::size_t line = 0;
        float x = 0.f;
        float width = 0.f;
        RunStyle style = RunStyle::Plain;
    };

    /// Where each code point of the runs is set: its line, left edge and advance.
    struct Place {
        std::size_t line = 0;
        float x = 0.f;
        float advance = 0.f;
    };

    mutable std::vector<Piece> pieces_;
    std::vector<Place> places_;
    std::vector<Hot> hots_;
    std::size_t lineCount_ = 0;
    float lineHeight_ = 0.f;
    float baselineShift_ = 0.f;
    float widest_ = 0.f;
    sf::Color tint_;
};

/// Width of a single line of text as sf::Text would draw it.
float textWidth(const sf::String& text, const sf::Font& font, unsigned size);

} // namespace yaddas::app
