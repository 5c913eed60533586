#include <app/Application.hpp>

#include <io/DataPaths.hpp>
#include <io/LibraryLoader.hpp>

#include <SFML/Graphics.hpp>
#include <spdlog/spdlog.h>

namespace yaddas::app {

Application::Application(cli::GlobalOptions options) : options_(std::move(options)) {}

int Application::run() {
    auto loaded = io::LibraryLoader::load(options_.effectiveLessonPaths(),
                                          io::DataPaths::sourceText());
    for (const auto& d : loaded.diagnostics) {
        spdlog::warn("{}", d.format());
    }
    sf::RenderWindow window(sf::VideoMode(1280, 800), "Yaddas");
    window.setFramerateLimit(30);
    sf::Font font;
    const bool haveFont = font.loadFromFile("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    while (window.isOpen()) {
        sf::Event event;
        while (window.waitEvent(event)) {
            if (event.type == sf::Event::Closed) {
                window.close();
                break;
            }
        }
        window.clear(sf::Color(0xF4, 0xEF, 0xE6));
        if (haveFont) {
            float y = 40.f;
            for (const auto& m : loaded.library.modules()) {
                sf::Text t(sf::String::fromUtf8(m.title.begin(), m.title.end()), font, 22);
                t.setFillColor(sf::Color(0x2A, 0x28, 0x25));
                t.setPosition(40.f, y);
                window.draw(t);
                y += 36.f;
            }
        }
        window.display();
    }
    return 0;
}

} // namespace yaddas::app
