#include <app/widgets/ButtonGroup.hpp>

#include <app/Context.hpp>
#include <app/Fonts.hpp>
#include <app/Painter.hpp>
#include <app/TextBlock.hpp>
#include <app/widgets/Label.hpp>

#include <algorithm>
#include <cmath>
#include <cstddef>

namespace yaddas::app {

namespace {

/// Two controls side by side on one line: the same top and height.
bool sameLine(const sf::FloatRect& a, const sf::FloatRect& b) {
    return std::abs(a.top - b.top) < 1.f && std::abs(a.height - b.height) < 1.f;
}

/// A dashed edge inside `r`: a control that cannot be used now, unlike the solid edge of one
/// that can, whatever the colours.
void dashedEdge(Painter& painter, const sf::FloatRect& r, sf::Color color, float thickness,
                float dash) {
    for (float x = r.left; x < r.left + r.width; x += 2.f * dash) {
        const float w = std::min(dash, r.left + r.width - x);
        painter.rect({x, r.top, w, thickness}, color);
        painter.rect({x, r.top + r.height - thickness, w, thickness}, color);
    }
    for (float y = r.top; y < r.top + r.height; y += 2.f * dash) {
        const float h = std::min(dash, r.top + r.height - y);
        painter.rect({r.left, y, thickness, h}, color);
        painter.rect({r.left + r.width - thickness, y, thickness, h}, color);
    }
}

} // namespace

void ButtonGroup::clear() {
    buttons_.clear();
    hoveredId_.clear();
}

ButtonGroup::Button& ButtonGroup::add(std::string id, std::string label, sf::FloatRect rect,
                                      Kind kind) {
    Button b;
    b.id = std::move(id);
    b.label = std::move(label);
    b.rect = rect;
    b.kind = kind;
    buttons_.push_back(std::move(b));
    return buttons_.back();
}

void ButtonGroup::setBars(float topBarBottom, float bottomBarTop) {
    topBarBottom_ = topBarBottom;
    bottomBarTop_ = bottomBarTop;
}

std::vector<std::size_t> ButtonGroup::readingOrder() const {
    std::vector<std::size_t> top;
    std::vector<std::size_t> middle;
    std::vector<std::size_t> bottom;
    for (std::size_t i = 0; i < buttons_.size(); ++i) {
        const sf::FloatRect& r = buttons_[i].rect;
        if (r.top + r.height <= topBarBottom_ + 0.5f) {
            top.push_back(i);
        } else if (r.top >= bottomBarTop_ - 0.5f) {
            bottom.push_back(i);
        } else {
            middle.push_back(i);
        }
    }
    const auto byLeft = [this](std::size_t a, std::size_t b) {
        return buttons_[a].rect.left < buttons_[b].rect.left;
    };
    std::stable_sort(top.begin(), top.end(), byLeft);
    std::stable_sort(bottom.begin(), bottom.end(), byLeft);
    // Between the bars, screens add controls top to bottom; a line of them may come right to
    // left (a primary action first), so each line is put left to right.
    for (std::size_t i = 0; i < middle.size();) {
        std::size_t j = i + 1;
        while (j < middle.size() && sameLine(buttons_[middle[i]].rect, buttons_[middle[j]].rect)) {
            ++j;
        }
        std::stable_sort(middle.begin() + static_cast<std::ptrdiff_t>(i),
                         middle.begin() + static_cast<std::ptrdiff_t>(j), byLeft);
        i = j;
    }
    std::vector<std::size_t> order = std::move(top);
    order.insert(order.end(), middle.begin(), middle.end());
    order.insert(order.end(), bottom.begin(), bottom.end());
    return order;
}

int ButtonGroup::indexOf(const std::string& id) const {
    for (std::size_t i = 0; i < buttons_.size(); ++i) {
        if (buttons_[i].id == id) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

ButtonGroup::Button* ButtonGroup::find(const std::string& id) {
    const int i = indexOf(id);
    return i < 0 ? nullptr : &buttons_[static_cast<std::size_t>(i)];
}

std::string ButtonGroup::focusedId() const {
    return indexOf(focusedId_) >= 0 ? focusedId_ : std::string();
}

void ButtonGroup::focus(const std::string& id) {
    focusedId_ = id;
}

void ButtonGroup::moveFocus(int step) {
    if (buttons_.empty()) {
        return;
    }
    const std::vector<std::size_t> order = readingOrder();
    const int n = static_cast<int>(order.size());
    const int focused = indexOf(focusedId_);
    int at = -1;
    for (int k = 0; k < n; ++k) {
        if (static_cast<int>(order[static_cast<std::size_t>(k)]) == focused) {
            at = k;
        }
    }
    for (int tries = 0; tries < n; ++tries) {
        at = at < 0 ? (step > 0 ? 0 : n - 1) : (at + step + n) % n;
        const Button& b = buttons_[order[static_cast<std::size_t>(at)]];
        if (b.enabled && b.tabStop) {
            focusedId_ = b.id;
            return;
        }
    }
}

std::string ButtonGroup::handleEvent(const sf::Event& event) {
    switch (event.type) {
    case sf::Event::KeyPressed:
        if (event.key.code == sf::Keyboard::Tab) {
            moveFocus(event.key.shift ? -1 : 1);
        } else if (event.key.code == sf::Keyboard::Enter || event.key.code == sf::Keyboard::Space) {
            const int i = indexOf(focusedId_);
            if (i >= 0 && buttons_[static_cast<std::size_t>(i)].enabled) {
                const Kind kind = buttons_[static_cast<std::size_t>(i)].kind;
                if (kind == Kind::Field && event.key.code == sf::Keyboard::Space) {
                    break; // a space typed into a field
                }
                if (buttons_[static_cast<std::size_t>(i)].action) {
                    buttons_[static_cast<std::size_t>(i)].action();
                    return {};
                }
                if (kind != Kind::Hidden) {
                    return focusedId_;
                }
            }
            if (event.key.code == sf::Keyboard::Enter) {
                for (const Button& b : buttons_) {
                    if (b.kind == Kind::Primary && b.enabled) {
                        return b.id;
                    }
                }
            }
        }
        break;
    case sf::Event::MouseMoved: {
        hoveredId_.clear();
        const sf::Vector2f p(static_cast<float>(event.mouseMove.x),
                             static_cast<float>(event.mouseMove.y));
        for (const Button& b : buttons_) {
            if (b.enabled && b.rect.contains(p)) {
                hoveredId_ = b.id;
            }
        }
        break;
    }
    case sf::Event::MouseButtonPressed: {
        if (event.mouseButton.button != sf::Mouse::Left) {
            break;
        }
        const sf::Vector2f p(static_cast<float>(event.mouseButton.x),
                             static_cast<float>(event.mouseButton.y));
        for (const Button& b : buttons_) {
            if (b.enabled && b.rect.contains(p)) {
                focusedId_ = b.id;
                if (b.action) {
                    b.action();
                    return {};
                }
                return b.id;
            }
        }
        break;
    }
    default:
        break;
    }
    return {};
}

void ButtonGroup::draw(Painter& painter, const Context& context) const {
    const Theme& t = context.theme;
    const Metrics& m = context.metrics;
    const float pad = m.u(14.f);
    const float line = std::max(1.f, std::round(m.u(1.f)));
    const float ring = std::max(2.f, std::round(m.u(3.f)));
    const Painter::Batch batch(painter);
    for (const Button& b : buttons_) {
        if (b.kind == Kind::Field || b.kind == Kind::Hidden) {
            continue;
        }
        // Each state has its own sign, not just its own colour: hover a line under the control,
        // chosen a tinted face with an ink edge, disabled a dashed edge on bare paper, focus a
        // ring set apart from the edge.
        const bool hovered = b.id == hoveredId_ && b.enabled;
        const sf::FloatRect underline(b.rect.left, b.rect.top + b.rect.height - m.u(3.f),
                                      b.rect.width, m.u(3.f));
        if (b.kind == Kind::Outline) {
            if (hovered) {
                painter.rect(underline, t.accent);
            }
        } else {
            sf::Color fill = hovered ? t.hover : t.panel;
            sf::Color edge = t.rule;
            float edgeWidth = line;
            sf::Color ink = t.ink;
            const sf::Font* font = &context.fonts.regular();
            if (b.kind == Kind::Primary) {
                fill = t.accent;
                edge = t.accent;
                ink = t.onAccent;
                font = &context.fonts.bold();
            } else if (b.kind == Kind::Quiet) {
                fill = sf::Color::Transparent;
                ink = t.accent;
            } else if (b.kind == Kind::Choice && b.selected) {
                fill = t.selected;
                edge = t.ink;
                edgeWidth = std::max(2.f, std::round(m.u(2.f)));
            }
            if (!b.enabled) {
                ink = t.disabled;
                if (b.kind != Kind::Quiet) {
                    painter.rect(b.rect, t.paper);
                    dashedEdge(painter, b.rect, t.disabled, line, std::round(m.u(6.f)));
                }
            } else if (fill != sf::Color::Transparent) {
                painter.rect(b.rect, fill, edge, edgeWidth);
            }
            if (hovered) {
                // On the accent face the line is the text's colour, elsewhere the accent.
                painter.rect(underline, b.kind == Kind::Primary ? t.onAccent : t.accent);
            }
            const unsigned size = b.kind == Kind::Quiet ? m.caption() : m.body();
            const float room = b.rect.width - 2 * pad;
            if (b.detail.empty()) {
                sf::Text text = fittedText(b.label, *font, size, room);
                text.setFillColor(ink);
                const float w = text.getLocalBounds().width;
                const float x = b.kind == Kind::Choice ? b.rect.left + pad
                                                       : b.rect.left + (b.rect.width - w) / 2.f;
                placeText(text, x, b.rect.top + b.rect.height / 2.f);
                painter.text(text);
            } else {
                sf::Text title = fittedText(b.label, context.fonts.bold(), size, room);
                title.setFillColor(ink);
                placeText(title, b.rect.left + pad, b.rect.top + b.rect.height * 0.33f);
                painter.text(title);
                // Too long even at the smallest size fittedText allows (longer words in another
                // language): its last " · " parts, the least important, give way before a word
                // is cut.
                std::string words = b.detail;
                const unsigned smallest = std::max(8u, m.caption() * 4 / 5);
                for (std::size_t dot = words.rfind(" \u00B7 ");
                     dot != std::string::npos &&
                     textWidth(sf::String::fromUtf8(words.begin(), words.end()),
                               context.fonts.regular(), smallest) > room - b.trailing;
                     dot = words.rfind(" \u00B7 ")) {
                    words.erase(dot);
                }
                sf::Text detail =
                    fittedText(words, context.fonts.regular(), m.caption(), room - b.trailing);
                detail.setFillColor(b.enabled ? t.secondary : t.disabled);
                placeText(detail, b.rect.left + pad, b.rect.top + b.rect.height * 0.70f);
                painter.text(detail);
            }
        }
        if (b.id == focusedId_) {
            // A gap of paper between the control and the ring: never mistaken for its edge.
            const float gap = std::max(2.f, std::round(m.u(2.f)));
            painter.focusRing({b.rect.left - gap, b.rect.top - gap, b.rect.width + 2 * gap,
                               b.rect.height + 2 * gap},
                              t.accent, ring);
        }
    }
}

} // namespace yaddas::app
