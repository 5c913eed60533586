#include <core/Roster.hpp>

#include <catch2/catch.hpp>

#include <optional>

using yaddas::core::Roster;

TEST_CASE("A class list reads id,name and name lines, skipping blanks and comments", "[roster]") {
    const auto parsed = Roster::parse("# class 9b\n17,Aysel Məmmədova\n\n\"Günel Əliyeva\"\r\n"
                                      " 18 , \"Rashad Quliyev\" \n",
                                      "class.txt");
    CHECK(parsed.diagnostics.empty());
    REQUIRE(parsed.entries.size() == 3);
    CHECK(parsed.entries[0].id == "17");
    CHECK(parsed.entries[0].name == "Aysel Məmmədova");
    CHECK(parsed.entries[0].line == 2);
    CHECK(parsed.entries[1].id.empty());
    CHECK(parsed.entries[1].name == "Günel Əliyeva");
    CHECK(parsed.entries[2].id == "18");
    CHECK(parsed.entries[2].name == "Rashad Quliyev");
    CHECK(parsed.entries[2].line == 5);
}

TEST_CASE("Names without an id get their slug, made unique", "[roster]") {
    const auto entries = Roster::withIds(
        Roster::parse("Aysel Məmmədova\naysel-memmedova,Aysel M.\nAysel Məmmədova\n", "c.txt")
            .entries);
    REQUIRE(entries.size() == 3);
    CHECK(entries[0].id == "aysel-memmedova-2");
    CHECK(entries[1].id == "aysel-memmedova");
    CHECK(entries[2].id == "aysel-memmedova-3");
    CHECK(Roster::check(entries, "c.txt").empty());
}

TEST_CASE("A class list names the line of a repeated or bad id and of a bad name", "[roster]") {
    const auto parsed = Roster::parse(
        "1,Aysel\n1,Günel\nx y,Rashad\n2,\n3," + std::string(201, 'a') + "\n", "class.txt");
    REQUIRE(parsed.diagnostics.size() == 4);
    CHECK(parsed.diagnostics[0].format() == "class.txt:2: the id '1' is on the list twice");
    CHECK(parsed.diagnostics[1].line == 3);
    CHECK(parsed.diagnostics[2].format() == "class.txt:4: the line has no name");
    CHECK(parsed.diagnostics[3].line == 5);
}

TEST_CASE("A class list holds at most 500 learners", "[roster]") {
    std::string text;
    for (int i = 1; i <= 501; ++i) {
        text += std::to_string(i) + ",Learner " + std::to_string(i) + "\n";
    }
    const auto parsed = Roster::parse(text, "big.txt");
    REQUIRE(parsed.diagnostics.size() == 1);
    CHECK(parsed.diagnostics[0].line == 501);
    CHECK(parsed.diagnostics[0].message.find("500") != std::string::npos);
}

TEST_CASE("A learner's name is found on the class list, case and spelling folded", "[roster]") {
    const auto entries =
        Roster::parse("1,Babək Əliyev\n7,Aysel Məmmədova\n12,Leyla Quliyeva\n", "c.txt").entries;
    CHECK(Roster::match(entries, "aysel məmmədova") == std::optional<std::size_t>(1));
    CHECK(Roster::match(entries, "AYSEL MAMMADOVA") == std::optional<std::size_t>(1));
    CHECK(Roster::match(entries, "Leyla Quliyova") == std::optional<std::size_t>(2));
    CHECK_FALSE(Roster::match(entries, "Ada"));
    CHECK_FALSE(Roster::match(entries, ""));
}
