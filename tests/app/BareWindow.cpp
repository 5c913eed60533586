// The floor of the start-up benchmark: the least an SFML program that shows text can do, a
// window with one line of DejaVu Sans, drawn until the window is closed. What Yaddaş costs
// beyond it is what tests/app/bench-startup.sh reports.
// Usage: yaddas_bare_window [WIDTHxHEIGHT] [FONT-FILE]
#include <SFML/Graphics.hpp>

#include <cstdio>
#include <cstdlib>
#include <string>

int main(int argc, char** argv) {
    unsigned width = 1920;
    unsigned height = 1080;
    if (argc > 1 && std::sscanf(argv[1], "%ux%u", &width, &height) != 2) {
        std::fprintf(stderr, "usage: yaddas_bare_window [WIDTHxHEIGHT] [FONT-FILE]\n");
        return 2;
    }
    const std::string fontFile =
        argc > 2 ? argv[2] : "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
    sf::RenderWindow window(sf::VideoMode(width, height), "Bare window");
    window.setFramerateLimit(60);
    sf::Font font;
    if (!font.loadFromFile(fontFile)) {
        std::fprintf(stderr, "bare window: the font %s could not be read\n", fontFile.c_str());
        return 1;
    }
    sf::Text text("A window, a font and one line of text.", font, 32);
    text.setFillColor(sf::Color(40, 40, 40));
    text.setPosition(40.f, 40.f);
    while (window.isOpen()) {
        sf::Event event;
        while (window.pollEvent(event)) {
            if (event.type == sf::Event::Closed) {
                window.close();
            }
        }
        if (!window.isOpen()) {
            break;
        }
        window.clear(sf::Color(0xF4, 0xEF, 0xE6)); // the light theme's paper
        window.draw(text);
        window.display();
    }
    return EXIT_SUCCESS;
}
