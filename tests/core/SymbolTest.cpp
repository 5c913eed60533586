#include <core/AnswerRecord.hpp>
#include <core/Symbol.hpp>

#include <catch2/catch.hpp>

#include <map>
#include <string>
#include <thread>
#include <vector>

using yaddas::core::Symbol;

TEST_CASE("A symbol keeps each text once and compares as its text", "[core][symbol]") {
    const std::string built = std::string("e-sovietiz") + "ation";
    const Symbol a = "e-sovietization";
    const Symbol b = built;
    CHECK(&a.str() == &b.str());
    CHECK(a == b);
    CHECK(a == "e-sovietization");
    CHECK(a == built);
    CHECK(std::string_view("e-sovietization") == a);
    CHECK(a != Symbol("e-great-terror"));
    CHECK(Symbol().empty());
    CHECK(Symbol("") == Symbol());
    CHECK(Symbol().str().empty());
    CHECK("fact " + a == "fact e-sovietization");
    const std::string& text = a;
    CHECK(text == "e-sovietization");
    CHECK(a.size() == 15);
}

TEST_CASE("Symbols sort by their text, not by when they were made", "[core][symbol]") {
    const Symbol later = "zz-made-first";
    const Symbol earlier = "aa-made-second";
    CHECK(earlier < later);
    std::map<Symbol, int> byText{{later, 1}, {earlier, 2}};
    CHECK(byText.begin()->first == "aa-made-second");
}

TEST_CASE("Symbols made on several threads at once agree", "[core][symbol]") {
    std::vector<std::vector<Symbol>> made(4);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < made.size(); ++t) {
        threads.emplace_back([&made, t] {
            for (int k = 0; k < 2000; ++k) {
                made[t].push_back(Symbol("threaded-" + std::to_string(k)));
            }
        });
    }
    for (auto& thread : threads) {
        thread.join();
    }
    for (std::size_t t = 1; t < made.size(); ++t) {
        for (std::size_t k = 0; k < made[t].size(); ++k) {
            REQUIRE(&made[t][k].str() == &made[0][k].str());
        }
    }
}

TEST_CASE("An answer record is compact", "[core][symbol]") {
    // A learner with 100,000 answers keeps them all in memory: strings of their own made each
    // record over 200 bytes.
    CHECK(sizeof(yaddas::core::AnswerRecord) <= 72);
    CHECK(sizeof(Symbol) == sizeof(void*));
}
