#include <app/Announcer.hpp>
#include <app/State.hpp>
#include <app/speech/Speech.hpp>

#include "../io/TempFolder.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <cstddef>
#include <fstream>
#include <string>
#include <vector>

using namespace yaddas::app;
using yaddas::test::TempFolder;

namespace {

/// A screen with a focus and a text to read, without a window.
class FakeScreen : public State {
public:
    explicit FakeScreen(const char* name) : State(stack(), context()), name_(name) {}
    const char* name() const override { return name_; }
    void handleEvent(const sf::Event&) override {}
    void draw(Painter&) override {}
    std::string spokenFocus() const override { return focus; }
    std::string spokenIntro() const override { return intro; }
    std::vector<SpokenLine> readFromFocus() const override {
        return {{"First sentence.", "s.0"}, {"Second sentence.", "s.1"}};
    }
    void speaking(const std::string& tag) override { heard.push_back(tag); }

    std::string focus;
    std::string intro;
    std::vector<std::string> heard;

private:
    // Never used by these screens: State only keeps the references.
    static StateStack& stack() { return *reinterpret_cast<StateStack*>(&storage); }
    static Context& context() { return *reinterpret_cast<Context*>(&storage); }
    alignas(std::max_align_t) static inline unsigned char storage[256];
    const char* name_;
};

std::vector<std::string> lines(const std::filesystem::path& file) {
    std::vector<std::string> out;
    std::ifstream in(file);
    for (std::string line; std::getline(in, line);) {
        out.push_back(line);
    }
    return out;
}

} // namespace

TEST_CASE("a new screen is said with its title, then focus moves are said after input",
          "[app][speech]") {
    TempFolder dir;
    Speech speech(
        Speech::Options{(dir.path() / "log.txt").string(), (dir.path() / "out.wav").string()});
    speech.setEnabled(true);
    Announcer announcer(speech);
    FakeScreen screen("Map");
    screen.focus = "Module A, first";
    announcer.beginFrame();
    announcer.setWhere("Modules");
    announcer.afterFrame(&screen, "");
    REQUIRE(speech.waitIdle(std::chrono::seconds(20)));

    // The focus moves without input (a relayout): nothing is said.
    screen.focus = "Module B, second";
    announcer.beginFrame();
    announcer.setWhere("Modules");
    announcer.afterFrame(&screen, "");
    // After a key it is.
    screen.focus = "Module C, third";
    announcer.input();
    announcer.beginFrame();
    announcer.setWhere("Modules");
    announcer.afterFrame(&screen, "");
    REQUIRE(speech.waitIdle(std::chrono::seconds(20))); // else the next line cuts it short
    // A screen's announcement comes before the focus; signs are not read.
    announcer.announce("Right. The right answer: 28 April 1920 \u203A \u2713");
    announcer.beginFrame();
    announcer.setWhere("Modules");
    announcer.afterFrame(&screen, "A banner");
    REQUIRE(speech.waitIdle(std::chrono::seconds(20)));

    const auto got = lines(dir.path() / "log.txt");
    REQUIRE(got.size() == 5);
    CHECK(got[0].find("Modules") != std::string::npos);
    CHECK(got[1].find("Module A, first") != std::string::npos);
    CHECK(got[2].find("Module C, third") != std::string::npos);
    CHECK(got[3].find("A banner") != std::string::npos);
    CHECK(got[4].find("the twenty-eighth of April, nineteen twenty") != std::string::npos);
    CHECK(got[4].find("\u2713") == std::string::npos);
    CHECK(got[4].find("\u203A") == std::string::npos);
}

TEST_CASE("reading from the focus queues the screen's sentences and reports them",
          "[app][speech]") {
    TempFolder dir;
    Speech speech(
        Speech::Options{(dir.path() / "log.txt").string(), (dir.path() / "out.wav").string()});
    speech.setEnabled(true);
    Announcer announcer(speech);
    FakeScreen screen("Reader");
    announcer.afterFrame(&screen, "");
    announcer.readFrom(&screen);
    REQUIRE(speech.waitIdle(std::chrono::seconds(20)));
    announcer.afterFrame(&screen, "");
    const auto got = lines(dir.path() / "log.txt");
    REQUIRE(got.size() >= 2);
    CHECK(got[got.size() - 2].find("First sentence.") != std::string::npos);
    CHECK(got.back().find("Second sentence.") != std::string::npos);
    // Heard to the end: the screen was told, and no sentence is being heard now.
    CHECK_FALSE(announcer.reading());
}

TEST_CASE("nothing is said while speech is off", "[app][speech]") {
    TempFolder dir;
    Speech speech(
        Speech::Options{(dir.path() / "log.txt").string(), (dir.path() / "out.wav").string()});
    Announcer announcer(speech);
    FakeScreen screen("Map");
    screen.focus = "Module 1";
    announcer.afterFrame(&screen, "A banner");
    announcer.readFrom(&screen);
    REQUIRE(speech.waitIdle(std::chrono::seconds(5)));
    CHECK(lines(dir.path() / "log.txt").empty());
}

TEST_CASE("signs that only mean something on screen are not read", "[app][speech]") {
    CHECK(Announcer::spoken("Module \u203A Quiz") == "Module, Quiz");
    CHECK(Announcer::spoken("\u2713 Right") == "Right");
    CHECK(Announcer::spoken("A \u2192 B \u2192 C") == "A, B, C");
    CHECK(Announcer::spoken("Not started \u00B7 4 sections") == "Not started, 4 sections");
    CHECK(Announcer::spoken("about _____ years") == "about blank years");
    CHECK(Announcer::spoken("Sual 1 / 10") == "Sual 1, 10");
}
