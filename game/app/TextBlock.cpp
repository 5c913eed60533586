#include <app/TextBlock.hpp>

#include <SFML/Graphics/RectangleShape.hpp>

#include <algorithm>
#include <cmath>

namespace yaddas::app {
namespace {

struct Atom {
    sf::Uint32 cp = 0;
    std::size_t run = 0;
    float advance = 0.f;
    bool glue = false; ///< a space that must not break (thin and no-break spaces)
};

// SFML 2.5 draws a visible speck for the empty glyph of a thin or no-break space; these are
// drawn as ordinary spaces that do not break the line.
bool isGlue(sf::Uint32 cp) {
    return cp == 0x00A0 || cp == 0x2009 || cp == 0x202F || cp == 0x2007;
}

const sf::Font& fontFor(RunStyle style, const TextBlock::Style& s) {
    return style == RunStyle::Strong ? *s.bold : *s.regular;
}

/// A marker is set at 70 % of the size, like a footnote's number.
unsigned sizeFor(RunStyle style, const TextBlock::Style& s) {
    return style == RunStyle::Marker
               ? std::max(1u, static_cast<unsigned>(std::lround(static_cast<float>(s.size) * 0.7f)))
               : s.size;
}

bool isHot(RunStyle style) {
    return style == RunStyle::Term || style == RunStyle::Marker;
}

} // namespace

float textWidth(const sf::String& text, const sf::Font& font, unsigned size) {
    float x = 0.f;
    sf::Uint32 prev = 0;
    for (sf::Uint32 cp : text) {
        x += font.getKerning(prev, cp, size);
        prev = cp;
        x += font.getGlyph(cp, size, false).advance;
    }
    return x;
}

void TextBlock::layout(const std::vector<StyledRun>& runs, const Style& style, float width) {
    pieces_.clear();
    hots_.clear();
    widest_ = 0.f;
    tint_ = style.tint;
    const float size = static_cast<float>(style.size);
    lineHeight_ = std::round(size * style.lineSpacing);
    // sf::Text puts the baseline about one size below its top; centre the glyphs in the line.
    baselineShift_ = std::round(lineHeight_ / 2.f - 0.72f * size);

    std::vector<Atom> atoms;
    for (std::size_t r = 0; r < runs.size(); ++r) {
        const sf::Font& font = fontFor(runs[r].style, style);
        const unsigned glyphSize = sizeFor(runs[r].style, style);
        const sf::String s = sf::String::fromUtf8(runs[r].text.begin(), runs[r].text.end());
        sf::Uint32 prev = 0;
        for (sf::Uint32 cp : s) {
            if (cp == '\r' || cp == '\t') {
                cp = ' ';
            }
            const bool glue = isGlue(cp);
            if (glue) {
                cp = ' ';
            }
            float adv = cp == '\n' ? 0.f : font.getGlyph(cp, glyphSize, false).advance;
            adv += font.getKerning(prev, cp, glyphSize);
            prev = cp;
            atoms.push_back({cp, r, adv, glue});
        }
    }

    // Greedy line breaking: remember the last space; break there when the line overflows.
    struct Line {
        std::size_t begin;
        std::size_t end;
    };
    std::vector<Line> lines;
    std::size_t start = 0;
    std::size_t lastSpace = kAll;
    float lineWidth = 0.f;
    for (std::size_t i = 0; i < atoms.size(); ++i) {
        if (atoms[i].cp == '\n') {
            lines.push_back({start, i});
            start = i + 1;
            lineWidth = 0.f;
            lastSpace = kAll;
            continue;
        }
        if (atoms[i].cp == ' ' && !atoms[i].glue) {
            lastSpace = i;
            lineWidth += atoms[i].advance;
            continue;
        }
        lineWidth += atoms[i].advance;
        if (lineWidth > width && i > start) {
            std::size_t end = i;
            std::size_t next = i;
            if (lastSpace != kAll && lastSpace >= start) {
                end = lastSpace;
                next = lastSpace + 1;
            }
            lines.push_back({start, end});
            start = next;
            lastSpace = kAll;
            lineWidth = 0.f;
            for (std::size_t k = start; k <= i; ++k) {
                lineWidth += atoms[k].advance;
            }
        }
    }
    if (start < atoms.size() || lines.empty()) {
        lines.push_back({start, atoms.size()});
    }
    lineCount_ = lines.size();
    places_.assign(atoms.size(), Place{});
    for (std::size_t l = 0; l < lines.size(); ++l) {
        float x = 0.f;
        // The space a line broke at stays on the line before, with no width.
        const std::size_t stop = l + 1 < lines.size() ? lines[l + 1].begin : atoms.size();
        for (std::size_t k = lines[l].begin; k < stop; ++k) {
            const bool inside = k < lines[l].end;
            places_[k] = {l, x, inside ? atoms[k].advance : 0.f};
            x += inside ? atoms[k].advance : 0.f;
        }
    }

    for (std::size_t l = 0; l < lines.size(); ++l) {
        std::size_t b = lines[l].begin;
        std::size_t e = lines[l].end;
        while (e > b && atoms[e - 1].cp == ' ') {
            --e; // trailing spaces take no room
        }
        float x = 0.f;
        std::size_t i = b;
        while (i < e) {
            const std::size_t run = atoms[i].run;
            sf::String piece;
            float w = 0.f;
            std::size_t j = i;
            while (j < e && atoms[j].run == run) {
                piece += atoms[j].cp;
                w += atoms[j].advance;
                ++j;
            }
            Piece p;
            p.style = runs[run].style;
            p.text = sf::Text(piece, fontFor(p.style, style), sizeFor(p.style, style));
            p.text.setFillColor(p.style == RunStyle::Secondary || p.style == RunStyle::Marker
                                    ? style.secondary
                                    : style.ink);
            p.line = l;
            p.x = x;
            p.width = w;
            if (isHot(p.style)) {
                hots_.push_back(
                    {sf::FloatRect(x, static_cast<float>(l) * lineHeight_, w, lineHeight_),
                     runs[run].ref, l, p.style});
            }
            pieces_.push_back(std::move(p));
            x += w;
            i = j;
        }
        widest_ = std::max(widest_, x);
    }
}

void TextBlock::draw(Painter& painter, sf::Vector2f origin, std::size_t from,
                     std::size_t to) const {
    const Painter::Batch batch(painter);
    for (Piece& p : pieces_) {
        if (p.line < from || p.line >= to) {
            continue;
        }
        const float top = origin.y + static_cast<float>(p.line - from) * lineHeight_;
        if (p.style == RunStyle::Term) {
            // An underline tint, not a colour change: calm and legible in every theme.
            const float thickness = std::max(2.f, std::round(lineHeight_ / 14.f));
            painter.rect(sf::FloatRect(origin.x + p.x, top + lineHeight_ - thickness * 2.5f,
                                       p.width, thickness),
                         tint_);
        }
        // A marker's smaller glyphs start where the line's do, so its baseline sits higher.
        p.text.setPosition(std::round(origin.x + p.x), std::round(top + baselineShift_));
        painter.text(p.text);
    }
}

std::size_t TextBlock::lineOf(std::size_t index) const {
    if (places_.empty()) {
        return 0;
    }
    return places_[std::min(index, places_.size() - 1)].line;
}

void TextBlock::drawRangeHighlight(Painter& painter, sf::Vector2f origin, std::size_t begin,
                                   std::size_t end, sf::Color color, std::size_t from,
                                   std::size_t to) const {
    const Painter::Batch batch(painter);
    end = std::min(end, places_.size());
    std::size_t k = begin;
    while (k < end) {
        const std::size_t line = places_[k].line;
        float left = places_[k].x;
        float right = left;
        for (; k < end && places_[k].line == line; ++k) {
            if (places_[k].advance > 0.f) {
                right = std::max(right, places_[k].x + places_[k].advance);
            }
        }
        if (line < from || line >= to || right <= left) {
            continue;
        }
        const float top = origin.y + static_cast<float>(line - from) * lineHeight_;
        painter.rect(sf::FloatRect(origin.x + left - 2.f, top, right - left + 4.f, lineHeight_),
                     color);
    }
}

void TextBlock::drawTermHighlight(Painter& painter, sf::Vector2f origin, const std::string& ref,
                                  sf::Color color, std::size_t from, std::size_t to) const {
    const Painter::Batch batch(painter);
    for (const Hot& h : hots_) {
        if (h.ref != ref || h.line < from || h.line >= to) {
            continue;
        }
        const float top = origin.y + static_cast<float>(h.line - from) * lineHeight_;
        painter.rect(
            sf::FloatRect(origin.x + h.rect.left - 2.f, top, h.rect.width + 4.f, lineHeight_),
            color);
    }
}

} // namespace yaddas::app
