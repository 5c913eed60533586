#pragma once

#include <app/Metrics.hpp>
#include <app/Preload.hpp>
#include <app/Theme.hpp>

#include <SFML/Graphics/Font.hpp>
#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Window/Event.hpp>

#include <chrono>
#include <functional>

namespace yaddas::app {

/// The window while the start-up reading (Preload) goes on: it shows a calm first frame at once
/// instead of waiting for the lessons and the learner, and it keeps answering (closing,
/// resizing, a quit signal) until the reading is done.
class LoadingScreen {
public:
    /// What the window lends the wait.
    struct Hooks {
        std::function<bool(sf::Event&)> poll;         ///< the window's next event, if any
        std::function<void(const sf::Event&)> handle; ///< an event other than closing
        std::function<void()> draw;                   ///< shows one frame of the loading state
        std::function<bool()> redrawDue;              ///< something new to show (the fonts)
        std::function<bool()> quitAsked;              ///< a quit signal came
    };
    enum class Outcome { Loaded, Closed, Signalled };

    /// Draws a frame at once (even when `preload` is done already), then until it is done
    /// looks at the window every `tick`, drawing again after an event or when `redrawDue`. Closed:
    /// the window's close button; the reading goes on (wait for it before touching what it fills).
    static Outcome run(Preload& preload, const Hooks& hooks,
                       std::chrono::milliseconds tick = std::chrono::milliseconds(15));

    /// One frame of the loading state: the theme's page, and a short line saying that Yaddaş
    /// is loading when a font is at hand (none: the page alone).
    static void paint(sf::RenderTarget& target, const Theme& theme, const Metrics& metrics,
                      const sf::Font* font);
};

} // namespace yaddas::app
