#include <app/widgets/ButtonGroup.hpp>

#include <app/Context.hpp>
#include <app/Fonts.hpp>
#include <app/Painter.hpp>
#include <app/widgets/Label.hpp>

#include <algorithm>

namespace yaddas::app {

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
    const int n = static_cast<int>(buttons_.size());
    int i = indexOf(focusedId_);
    for (int tries = 0; tries < n; ++tries) {
        i = i < 0 ? (step > 0 ? 0 : n - 1) : (i + step + n) % n;
        if (buttons_[static_cast<std::size_t>(i)].enabled) {
            focusedId_ = buttons_[static_cast<std::size_t>(i)].id;
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
    const Painter::Batch batch(painter);
    for (const Button& b : buttons_) {
        if (b.kind == Kind::Field || b.kind == Kind::Hidden) {
            continue;
        }
        const bool hovered = b.id == hoveredId_;
        sf::Color fill = t.panel;
        sf::Color ink = b.enabled ? t.ink : t.secondary;
        const sf::Font* font = &context.fonts.regular();
        switch (b.kind) {
        case Kind::Primary:
            fill = b.enabled ? t.accent : t.panel;
            ink = b.enabled ? t.onAccent : t.secondary;
            font = &context.fonts.bold();
            break;
        case Kind::Quiet:
            fill = sf::Color::Transparent;
            ink = t.accent;
            break;
        default:
            break;
        }
        if (fill != sf::Color::Transparent) {
            // A chosen option: an ink outline (and a ✓ in its label); the focus ring is the
            // accent one, outside it, so the two never look alike.
            const bool outlined = b.kind == Kind::Choice && b.selected;
            painter.rect(b.rect, outlined ? t.paper : fill, outlined ? t.ink : t.rule,
                         outlined ? std::max(2.f, m.u(2.f)) : std::max(1.f, m.u(1.f)));
        }
        if (hovered && b.kind != Kind::Primary) {
            // The hover is a thin line under the control: visible, but weaker than the focus.
            painter.rect(sf::FloatRect(b.rect.left, b.rect.top + b.rect.height - m.u(3.f),
                                       b.rect.width, m.u(3.f)),
                         t.accent);
        }
        const unsigned size = b.kind == Kind::Quiet ? m.caption() : m.body();
        const bool left = b.kind == Kind::Choice;
        if (b.detail.empty()) {
            sf::Text text = fittedText(b.label, *font, size, b.rect.width - 2 * pad);
            text.setFillColor(ink);
            const float w = text.getLocalBounds().width;
            const float x = left ? b.rect.left + pad : b.rect.left + (b.rect.width - w) / 2.f;
            placeText(text, x, b.rect.top + b.rect.height / 2.f);
            painter.text(text);
        } else {
            sf::Text title =
                fittedText(b.label, context.fonts.bold(), size, b.rect.width - 2 * pad);
            title.setFillColor(ink);
            placeText(title, b.rect.left + pad, b.rect.top + b.rect.height * 0.33f);
            painter.text(title);
            sf::Text detail =
                fittedText(b.detail, context.fonts.regular(), m.caption(), b.rect.width - 2 * pad);
            detail.setFillColor(t.secondary);
            placeText(detail, b.rect.left + pad, b.rect.top + b.rect.height * 0.70f);
            painter.text(detail);
        }
        if (b.id == focusedId_) {
            painter.focusRing(b.rect, t.accent, std::max(2.f, m.u(3.f)));
        }
    }
}

} // namespace yaddas::app
