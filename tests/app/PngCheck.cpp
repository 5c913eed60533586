// yaddas_png_check: fails when a screenshot is blank. A PNG passes when it has a real size and at
// least MIN distinct colours (text on a plain background already has dozens, from antialiasing).
// Usage: yaddas_png_check MIN FILE.png...
#include <SFML/Graphics/Image.hpp>

#include <cstdio>
#include <cstdlib>
#include <unordered_set>

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: yaddas_png_check MIN FILE.png...\n");
        return 2;
    }
    const long min = std::atol(argv[1]);
    int failures = 0;
    for (int i = 2; i < argc; ++i) {
        sf::Image image;
        if (!image.loadFromFile(argv[i])) {
            std::fprintf(stderr, "%s: not a readable image\n", argv[i]);
            ++failures;
            continue;
        }
        const auto size = image.getSize();
        std::unordered_set<unsigned> colours;
        const sf::Uint8* p = image.getPixelsPtr();
        const std::size_t n = static_cast<std::size_t>(size.x) * size.y;
        for (std::size_t k = 0; k < n && colours.size() < 100000; ++k) {
            colours.insert(static_cast<unsigned>(p[4 * k]) << 16 |
                           static_cast<unsigned>(p[4 * k + 1]) << 8 | p[4 * k + 2]);
        }
        const bool ok = size.x >= 200 && size.y >= 200 && static_cast<long>(colours.size()) >= min;
        std::printf("%s: %ux%u, %zu colours%s\n", argv[i], size.x, size.y, colours.size(),
                    ok ? "" : "  <- looks blank");
        failures += ok ? 0 : 1;
    }
    return failures == 0 ? 0 : 1;
}
