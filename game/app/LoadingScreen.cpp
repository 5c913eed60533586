#include <app/LoadingScreen.hpp>

#include <core/I18n.hpp>

#include <SFML/Graphics/Text.hpp>

#include <cmath>

namespace yaddas::app {

using core::I18n;

LoadingScreen::Outcome LoadingScreen::run(Preload& preload, const Hooks& hooks,
                                          std::chrono::milliseconds tick) {
    // Even when the reading has ended: the first screen's own first frame (its layout, the
    // learner's statistics, every glyph on it) takes longer than this one.
    hooks.draw();
    while (!preload.waitFor(tick)) {
        if (hooks.quitAsked()) {
            return Outcome::Signalled;
        }
        bool any = false;
        sf::Event event;
        while (hooks.poll(event)) {
            if (event.type == sf::Event::Closed) {
                return Outcome::Closed;
            }
            hooks.handle(event);
            any = true;
        }
        if (any || hooks.redrawDue()) {
            hooks.draw();
        }
    }
    return Outcome::Loaded;
}

void LoadingScreen::paint(sf::RenderTarget& target, const Theme& theme, const Metrics& metrics,
                          const sf::Font* font) {
    target.clear(theme.paper);
    if (font == nullptr) {
        return;
    }
    // TRANSLATORS: shown alone in the window for the moment it takes to read the lessons.
    const std::string line = I18n::tr("Loading…");
    sf::Text text(sf::String::fromUtf8(line.begin(), line.end()), *font, metrics.px(20.f));
    text.setFillColor(theme.secondary);
    const sf::FloatRect box = text.getLocalBounds();
    const sf::Vector2f size = target.getView().getSize();
    text.setPosition(std::round((size.x - box.width) / 2.f - box.left),
                     std::round((size.y - box.height) / 2.f - box.top));
    target.draw(text);
}

} // namespace yaddas::app
