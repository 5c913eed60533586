#include <app/Fonts.hpp>
#include <app/LoadingScreen.hpp>

#include <SFML/Graphics/RenderTexture.hpp>

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <functional>
#include <future>
#include <set>
#include <utility>
#include <vector>

using namespace yaddas;
using app::LoadingScreen;
using app::Preload;
using namespace std::chrono_literals;

namespace {

/// Hooks over a window that has no events unless the test gives one.
struct FakeWindow {
    std::vector<sf::Event> events;
    int frames = 0;
    int handled = 0;
    bool redraw = false;
    bool quit = false;
    std::function<void()> onFrame = [] {};

    LoadingScreen::Hooks hooks() {
        return {[this](sf::Event& e) {
                    if (events.empty()) {
                        return false;
                    }
                    e = events.front();
                    events.erase(events.begin());
                    return true;
                },
                [this](const sf::Event&) { ++handled; },
                [this] {
                    ++frames;
                    onFrame();
                },
                [this] { return std::exchange(redraw, false); }, [this] { return quit; }};
    }
};

} // namespace

TEST_CASE("The loading screen shows a frame before the start-up reading ends", "[app][loading]") {
    // The reading ends only once a frame is on screen: were the window to wait for the reading
    // before its first frame, this test would never end its reading (the timeout fails it).
    std::promise<void> frameShown;
    std::atomic<bool> readingEnded{false};
    Preload preload([&] {
        if (frameShown.get_future().wait_for(10s) == std::future_status::ready) {
            readingEnded = true;
        }
    });
    FakeWindow w;
    bool endedBeforeFrame = false;
    w.onFrame = [&] {
        if (w.frames == 1) {
            endedBeforeFrame = readingEnded.load();
            frameShown.set_value();
        }
    };
    CHECK(LoadingScreen::run(preload, w.hooks(), 1ms) == LoadingScreen::Outcome::Loaded);
    preload.wait();
    CHECK(w.frames >= 1);
    CHECK_FALSE(endedBeforeFrame);
    CHECK(readingEnded);
}

TEST_CASE("The loading screen can be closed while the reading goes on", "[app][loading]") {
    std::promise<void> release;
    std::shared_future<void> released = release.get_future().share();
    Preload preload([released] { released.wait(); });
    FakeWindow w;
    sf::Event resized{};
    resized.type = sf::Event::Resized;
    sf::Event closed{};
    closed.type = sf::Event::Closed;
    w.events = {resized, closed};
    CHECK(LoadingScreen::run(preload, w.hooks(), 1ms) == LoadingScreen::Outcome::Closed);
    CHECK(w.handled == 1); // the resize, before the close
    CHECK_FALSE(preload.waitFor(0ms));
    release.set_value();
    preload.wait();
}

TEST_CASE("The loading screen ends on a quit signal and redraws when asked", "[app][loading]") {
    std::promise<void> release;
    std::shared_future<void> released = release.get_future().share();
    Preload preload([released] { released.wait(); });
    FakeWindow w;
    w.redraw = true; // the fonts arrived: the line can be shown
    w.onFrame = [&] {
        if (w.frames == 2) {
            w.quit = true;
        }
    };
    CHECK(LoadingScreen::run(preload, w.hooks(), 1ms) == LoadingScreen::Outcome::Signalled);
    CHECK(w.frames == 2);
    release.set_value();
    preload.wait();
}

TEST_CASE("The loading screen draws one frame when the reading has already ended",
          "[app][loading]") {
    Preload preload([] {});
    preload.wait();
    FakeWindow w;
    CHECK(LoadingScreen::run(preload, w.hooks(), 1ms) == LoadingScreen::Outcome::Loaded);
    CHECK(w.frames == 1); // cheaper than the first screen's first frame
}

TEST_CASE("The loading frame is the theme's page, with a line of text when a font is at hand",
          "[app][loading]") {
    const app::Theme theme = app::Theme::make(app::ThemeKind::Dark);
    const app::Metrics metrics = app::Metrics::forWindow(800, 500, 100);
    sf::RenderTexture target;
    REQUIRE(target.create(800, 500));
    auto colours = [&] {
        target.display();
        const sf::Image image = target.getTexture().copyToImage();
        std::set<sf::Uint32> seen;
        for (unsigned y = 0; y < image.getSize().y; y += 2) {
            for (unsigned x = 0; x < image.getSize().x; x += 2) {
                seen.insert(image.getPixel(x, y).toInteger());
            }
        }
        return seen;
    };
    LoadingScreen::paint(target, theme, metrics, nullptr);
    const auto alone = colours();
    CHECK(alone == std::set<sf::Uint32>{theme.paper.toInteger()});
    app::Fonts fonts;
    REQUIRE(fonts.load());
    LoadingScreen::paint(target, theme, metrics, &fonts.regular());
    CHECK(colours().size() > 1);
}
