#include <app/Script.hpp>

#include "../io/Fifo.hpp"
#include "../io/TempFolder.hpp"

#include <catch2/catch.hpp>

#include <fstream>

using namespace yaddas::app;

TEST_CASE("a script parses every command", "[app][script]") {
    auto r = Script::parse("# comment\n"
                           "key Tab\n"
                           "key Shift+Tab\n"
                           "key 3\n"
                           "type Ə ə ı ş\n"
                           "click 640 400\n"
                           "click-text \"Start\"\n"
                           "move 1 2\n"
                           "drag 1 2 3 4\n"
                           "resize 1024 640\n"
                           "wait-frames 2\n"
                           "screenshot map\n"
                           "dump map\n"
                           "quit\n",
                           "t.script");
    REQUIRE(r.ok());
    const auto& c = r.value().commands;
    REQUIRE(c.size() == 13);
    CHECK(c[0].op == Script::Op::Key);
    CHECK(c[0].key == sf::Keyboard::Tab);
    CHECK_FALSE(c[0].shift);
    CHECK(c[1].shift);
    CHECK(c[2].key == sf::Keyboard::Num3);
    CHECK(c[3].text == "Ə ə ı ş");
    CHECK(c[4].x == 640);
    CHECK(c[4].y == 400);
    CHECK(c[5].text == "Start");
    CHECK(c[7].x2 == 3);
    CHECK(c[8].op == Script::Op::Resize);
    CHECK(c[9].x == 2);
    CHECK(c[10].text == "map");
    CHECK(c[11].op == Script::Op::Dump);
    CHECK(c[12].op == Script::Op::Quit);
    CHECK(c[12].line == 14);
}

TEST_CASE("a bad script line is reported with file and line", "[app][script]") {
    auto r = Script::parse("key Tab\nkey Hyper\nclick 1\njump 3\nscreenshot ../x\n", "t.script");
    REQUIRE_FALSE(r.ok());
    const std::string& m = r.error().message;
    CHECK(m.find("t.script:2: unknown key") != std::string::npos);
    CHECK(m.find("t.script:3: click needs two whole numbers") != std::string::npos);
    CHECK(m.find("t.script:4: unknown command") != std::string::npos);
    CHECK(m.find("t.script:5: screenshot needs a plain file name") != std::string::npos);
}

TEST_CASE("hostile numbers in a script are refused, not wrapped", "[app][script]") {
    CHECK_FALSE(Script::parse("click -5 3\n", "t").ok());
    CHECK_FALSE(Script::parse("click 99999999999999 3\n", "t").ok());
    CHECK_FALSE(Script::parse("wait-frames 100000\n", "t").ok());
    CHECK_FALSE(Script::parse("resize 10 10\n", "t").ok());
}

TEST_CASE("until names a question kind", "[app][script]") {
    auto r = Script::parse("until timeline\nuntil matching\nuntil  year \n", "t.script");
    REQUIRE(r.ok());
    const auto& c = r.value().commands;
    REQUIRE(c.size() == 3);
    CHECK(c[0].op == Script::Op::Until);
    CHECK(c[0].kind == yaddas::core::QuestionKind::Timeline);
    CHECK(c[0].text == "timeline");
    CHECK(c[1].kind == yaddas::core::QuestionKind::Matching);
    CHECK(c[2].kind == yaddas::core::QuestionKind::TypedYear);
    CHECK(c[2].line == 3);
}

TEST_CASE("until without a known kind is an error", "[app][script]") {
    auto r = Script::parse("until\nuntil Timeline\nuntil timeline matching\nuntl timeline\n",
                           "t.script");
    REQUIRE_FALSE(r.ok());
    const std::string& m = r.error().message;
    CHECK(m.find("t.script:1: until needs a question kind") != std::string::npos);
    CHECK(m.find("t.script:2: until needs a question kind") != std::string::npos);
    CHECK(m.find("t.script:3: until needs a question kind") != std::string::npos);
    CHECK(m.find("t.script:4: unknown command \"untl\"") != std::string::npos);
    CHECK(m.find("until, listen, key-until-heard, close-window, quit)") != std::string::npos);
}

TEST_CASE("a script that is a device or a FIFO is refused, not read without end",
          "[app][script][fifo]") {
    auto zero = Script::load("/dev/zero");
    REQUIRE_FALSE(zero.ok());
    CHECK(zero.error().message ==
          "/dev/zero:0: cannot use the script: not a regular file (a character device)");

    yaddas::test::TempFolder folder;
    yaddas::test::Fifo fifo(folder.path() / "play.script");
    REQUIRE(fifo.made());
    auto piped = Script::load(fifo.path().string());
    CHECK(fifo.elapsed() < 2.0);
    REQUIRE_FALSE(piped.ok());
    CHECK(piped.error().message.find("not a regular file (a FIFO)") != std::string::npos);
}

TEST_CASE("a script over 1 MiB is refused before it is read", "[app][script]") {
    yaddas::test::TempFolder folder;
    const auto file = folder.path() / "long.script";
    {
        std::ofstream out(file);
        out << "key Tab\n";
    }
    REQUIRE(Script::load(file.string()).ok());
    std::filesystem::resize_file(file, Script::maxBytes + 1);
    auto r = Script::load(file.string());
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.find("KiB are refused") != std::string::npos);
}

TEST_CASE("wheel turns lines where the mouse is, or over a text", "[app][script]") {
    auto r = Script::parse("wheel -3\nwheel 2 \"Sources\"\nwheel 1 Who is learning?\n", "t.script");
    REQUIRE(r.ok());
    const auto& c = r.value().commands;
    REQUIRE(c.size() == 3);
    CHECK(c[0].op == Script::Op::Wheel);
    CHECK(c[0].x == -3);
    CHECK(c[0].text.empty());
    CHECK(c[1].op == Script::Op::Wheel);
    CHECK(c[1].x == 2);
    CHECK(c[1].text == "Sources");
    CHECK(c[2].x == 1);
    CHECK(c[2].text == "Who is learning?");
    CHECK(c[2].line == 3);
}

TEST_CASE("wheel without a sensible count is an error", "[app][script]") {
    auto r = Script::parse("wheel\nwheel 0\nwheel down\nwheel 101\nwheel -2x\nwheel 3 \"\"\n",
                           "t.script");
    REQUIRE_FALSE(r.ok());
    const std::string& m = r.error().message;
    for (int line = 1; line <= 5; ++line) {
        CHECK(m.find("t.script:" + std::to_string(line) + ": wheel needs a number of lines") !=
              std::string::npos);
    }
    CHECK(m.find("t.script:6: wheel: the words to scroll over are empty") != std::string::npos);
    CHECK(Script::parse("wheel -100\nwheel 100\n", "t").ok());
}

TEST_CASE("listen and key-until-heard take the words heard in quotes", "[app][script]") {
    auto r = Script::parse("listen \"Question 1 of\"\nkey-until-heard Down \"28 April\"\n", "s");
    REQUIRE(r);
    REQUIRE(r.value().commands.size() == 2);
    CHECK(r.value().commands[0].op == Script::Op::Listen);
    CHECK(r.value().commands[0].text == "Question 1 of");
    CHECK(r.value().commands[1].op == Script::Op::KeyUntilHeard);
    CHECK(r.value().commands[1].key == sf::Keyboard::Down);
    CHECK(r.value().commands[1].text == "28 April");
    auto bad = Script::parse("listen\nkey-until-heard Nope \"x\"\nkey-until-heard Down\n", "s");
    REQUIRE_FALSE(bad);
    CHECK(bad.error().message.find("s:1:") != std::string::npos);
    CHECK(bad.error().message.find("s:2:") != std::string::npos);
    CHECK(bad.error().message.find("s:3:") != std::string::npos);
}
