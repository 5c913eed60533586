#include <app/Fonts.hpp>
#include <app/Painter.hpp>
#include <app/TextBlock.hpp>

#include <SFML/Graphics/RectangleShape.hpp>
#include <SFML/Graphics/RenderTexture.hpp>

#include <catch2/catch.hpp>

#include <functional>

using namespace yaddas::app;

namespace {

sf::String utf8(const std::string& s) {
    return sf::String::fromUtf8(s.begin(), s.end());
}

const Fonts& painterFonts() {
    static Fonts f;
    static const bool loaded = f.load();
    REQUIRE(loaded);
    return f;
}

/// Draws `scene` on a fresh 480×240 texture, batched or one shape at a time, and reads it back.
sf::Image paint(bool batched, const std::function<void(Painter&)>& scene) {
    sf::RenderTexture target;
    REQUIRE(target.create(480, 240));
    target.clear(sf::Color(250, 248, 240));
    Painter painter(target);
    if (batched) {
        const Painter::Batch batch(painter);
        scene(painter);
    } else {
        scene(painter);
    }
    target.display();
    return target.getTexture().copyToImage();
}

std::size_t differingPixels(const sf::Image& a, const sf::Image& b) {
    REQUIRE(a.getSize() == b.getSize());
    std::size_t n = 0;
    for (unsigned y = 0; y < a.getSize().y; ++y) {
        for (unsigned x = 0; x < a.getSize().x; ++x) {
            n += a.getPixel(x, y) != b.getPixel(x, y) ? 1u : 0u;
        }
    }
    return n;
}

std::size_t inkPixels(const sf::Image& image) {
    std::size_t n = 0;
    for (unsigned y = 0; y < image.getSize().y; ++y) {
        for (unsigned x = 0; x < image.getSize().x; ++x) {
            n += image.getPixel(x, y) != sf::Color(250, 248, 240) ? 1u : 0u;
        }
    }
    return n;
}

} // namespace

TEST_CASE("batched drawing gives the same pixels as drawing each shape", "[app][painter]") {
    const Fonts& f = painterFonts();
    auto scene = [&](Painter& p) {
        p.rect({10.f, 10.f, 200.f, 60.f}, sf::Color(230, 225, 210), sf::Color(120, 110, 90), 2.f);
        sf::Text a(utf8("Mikayıl Müşfiq — 1938 “Ə” …"), f.regular(), 20);
        a.setFillColor(sf::Color(30, 30, 30));
        a.setPosition(18.f, 22.f);
        p.text(a);
        // A translucent rectangle over text: the order must be kept.
        p.rect({40.f, 30.f, 80.f, 20.f}, sf::Color(200, 60, 40, 120));
        sf::Text b(utf8("Hüseyn Cavid\n1882 – 1941\tBakı"), f.bold(), 16);
        b.setFillColor(sf::Color(90, 40, 20));
        b.setPosition(20.f, 100.f);
        p.text(b);
        sf::Text c("28 April 1920", f.regular(), 31);
        c.setFillColor(sf::Color(10, 70, 120));
        c.setPosition(230.5f, 150.f);
        p.text(c);
        p.focusRing({260.f, 20.f, 120.f, 40.f}, sf::Color(20, 90, 160), 3.f);
    };
    const sf::Image direct = paint(false, scene);
    const sf::Image batched = paint(true, scene);
    CHECK(inkPixels(direct) > 2000); // the scene really drew something
    CHECK(differingPixels(direct, batched) == 0);
}

TEST_CASE("a text block draws the same whether or not it is batched", "[app][painter]") {
    const Fonts& f = painterFonts();
    TextBlock block;
    TextBlock::Style style{
        &f.regular(),           &f.bold(), 18, 1.5f, sf::Color(20, 20, 20), sf::Color(90, 90, 90),
        sf::Color(200, 180, 90)};
    block.layout({{"On 28 April 1920 the ", RunStyle::Plain, {}},
                  {"Red Army", RunStyle::Strong, {}},
                  {" entered Baku; the ", RunStyle::Plain, {}},
                  {"troika", RunStyle::Term, "troika"},
                  {" courts came later.", RunStyle::Secondary, {}}},
                 style, 420.f);
    auto scene = [&](Painter& p) {
        block.drawTermHighlight(p, {20.f, 20.f}, "troika", sf::Color(240, 230, 200));
        block.draw(p, {20.f, 20.f});
    };
    // TextBlock batches by itself; drawing inside an outer batch must not change the picture.
    const sf::Image alone = paint(false, scene);
    const sf::Image nested = paint(true, scene);
    CHECK(inkPixels(alone) > 1000);
    CHECK(differingPixels(alone, nested) == 0);
}

TEST_CASE("drawing on the target directly keeps the order of a batch", "[app][painter]") {
    sf::RenderTexture target;
    REQUIRE(target.create(64, 64));
    target.clear(sf::Color::White);
    Painter painter(target);
    {
        const Painter::Batch batch(painter);
        painter.rect({0.f, 0.f, 64.f, 64.f}, sf::Color::Red);
        // Something drawn straight on the target comes after what the batch gathered.
        sf::RectangleShape blue({32.f, 32.f});
        blue.setFillColor(sf::Color::Blue);
        painter.target().draw(blue);
    }
    target.display();
    const sf::Image image = target.getTexture().copyToImage();
    CHECK(image.getPixel(10, 10) == sf::Color::Blue);
    CHECK(image.getPixel(50, 50) == sf::Color::Red);
}
