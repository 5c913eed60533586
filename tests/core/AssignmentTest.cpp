#include <core/Assignment.hpp>

#include "QuizFixtures.hpp"

#include <catch2/catch.hpp>

using namespace yaddas;
using core::Assignment;

TEST_CASE("An assignment's seed is the same for everyone or stable per learner", "[assignment]") {
    Assignment a;
    a.seed = 42;
    CHECK(a.seedFor("aysel") == 42);
    CHECK(a.seedFor("tural") == 42);
    a.seedRule = Assignment::SeedRule::PerLearner;
    // FNV-1a of "42", a unit separator and the id: fixed for ever, on every platform.
    CHECK(a.seedFor("aysel") == 3022373014463543290ULL);
    CHECK(a.seedFor("aysel") == a.seedFor("aysel"));
    CHECK(a.seedFor("aysel") != a.seedFor("tural"));
    a.seed = 43;
    CHECK(a.seedFor("aysel") != 3022373014463543290ULL);
}

TEST_CASE("An assignment gives an exam spec over its modules and categories", "[assignment]") {
    Assignment a;
    a.modules = {"beginning"};
    a.categories = {core::Category::Dates};
    a.count = 7;
    a.seed = 5;
    const auto spec = a.specFor("anyone");
    CHECK(spec.shape == core::QuizSpec::Shape::Exam);
    CHECK(spec.modules == a.modules);
    CHECK(spec.categories == a.categories);
    CHECK(spec.count == 7);
    CHECK(spec.seed == 5);
}

TEST_CASE("An assignment is checked against the library", "[assignment]") {
    const auto library = test::quizLibrary();
    Assignment a;
    a.modules = {library.modules().front().id};
    CHECK(a.checkAgainst(library, "x.xml").empty());
    a.modules.push_back("no-such-module");
    const auto problems = a.checkAgainst(library, "x.xml");
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].message.find("unknown module 'no-such-module'") != std::string::npos);
    CHECK(problems[0].file == "x.xml");
}

TEST_CASE("Pass marks, keep rules and slugs", "[assignment]") {
    Assignment a;
    a.passMark = 60;
    CHECK(a.passes(0.6));
    CHECK(a.passes(6.0 / 10.0));
    CHECK_FALSE(a.passes(0.59));
    CHECK(core::keepFromString("best") == Assignment::Keep::Best);
    CHECK(core::keepFromString("last") == Assignment::Keep::Last);
    CHECK_FALSE(core::keepFromString("first"));
    CHECK(Assignment::slugOf("The Great Terror: 1937!") == "the-great-terror-1937");
    CHECK(Assignment::slugOf("日本") == "assignment");
    // Azerbaijani titles keep their words, as learner ids do.
    CHECK(Assignment::slugOf("Böyük terror: tarixlər və adamlar") ==
          "boyuk-terror-tarixler-ve-adamlar");
}

TEST_CASE("Each learner's quiz is reproducible; per-learner quizzes differ", "[assignment]") {
    const auto library = test::quizLibrary();
    Assignment a;
    a.count = 6;
    a.seed = 11;
    a.seedRule = Assignment::SeedRule::PerLearner;
    const auto first = a.quizFor(library, "aysel");
    const auto again = a.quizFor(library, "aysel");
    const auto other = a.quizFor(library, "tural");
    REQUIRE(first.questions.size() == 6);
    auto ids = [](const core::Quiz& q) {
        std::vector<std::string> out;
        for (const auto& question : q.questions) {
            out.push_back(question.id + "|" + question.prompt);
        }
        return out;
    };
    CHECK(ids(first) == ids(again));
    CHECK(ids(first) != ids(other));
    a.seedRule = Assignment::SeedRule::Same;
    CHECK(ids(a.quizFor(library, "aysel")) == ids(a.quizFor(library, "tural")));
}

TEST_CASE("Due dates and time limits give moments the app can compare with", "[assignment]") {
    Assignment a;
    CHECK_FALSE(a.dueEnd());
    CHECK_FALSE(a.deadline(100));
    a.due = core::HistoricalDate::ofDay(2026, 11, 25);
    REQUIRE(a.dueEnd());
    CHECK(*a.dueEnd() == 1795618800 - 15 * 3600 + 86399); // 2026-11-25T23:59:59Z
    a.timeLimitMinutes = 30;
    CHECK(a.deadline(1000) == 2800);
}
