#include <core/LearnerStatistics.hpp>

#include <catch2/catch.hpp>

using namespace yaddas::core;

namespace {
constexpr std::int64_t day = 86400;
constexpr std::int64_t t0 = 1764072000; // 2025-11-25 12:00 UTC

void answer(Learner& learner, const FsrsScheduler& scheduler, std::int64_t at,
            const std::string& fact, Outcome outcome, double seconds = 10) {
    AnswerRecord a;
    a.at = at;
    a.factId = fact;
    a.moduleId = "m";
    a.questionKind = "k";
    a.outcome = outcome;
    a.seconds = seconds;
    learner.recordAnswer(a, scheduler);
}

LearnerStatistics::FactIndex index() {
    LearnerStatistics::FactIndex idx;
    idx.modules.push_back(
        {"m1", "Beginnings", {{"d1", Category::Dates}, {"v1", Category::Victims}}});
    idx.modules.push_back(
        {"m2", "Numbers", {{"f1", Category::Figures}, {"f2", Category::Figures}}});
    return idx;
}
} // namespace

TEST_CASE("Mastery needs retrievability >= 0.9 and a right latest answer", "[core][stats]") {
    const FsrsScheduler scheduler;
    Learner learner;
    // d1: learnt (good, good) → in review, fresh → mastered.
    answer(learner, scheduler, t0, "d1", Outcome::Right);
    answer(learner, scheduler, t0 + 600, "d1", Outcome::Right);
    // v1: right then wrong → not mastered.
    answer(learner, scheduler, t0 + 700, "v1", Outcome::Right);
    answer(learner, scheduler, t0 + 800, "v1", Outcome::Wrong);
    // f1: right once, still fresh → mastered.
    answer(learner, scheduler, t0 + 900, "f1", Outcome::Right);

    auto stats = LearnerStatistics::compute(learner, index(), t0 + 1000, scheduler);
    REQUIRE(stats.modules.size() == 2);
    CHECK(stats.modules[0].mastery.facts == 2);
    CHECK(stats.modules[0].mastery.seen == 2);
    CHECK(stats.modules[0].mastery.mastered == 1);
    CHECK(stats.modules[1].mastery.mastered == 1);
    CHECK(stats.modules[1].mastery.share() == Approx(0.5));
    CHECK(stats.category(Category::Dates).mastered == 1);
    CHECK(stats.category(Category::Victims).mastered == 0);
    CHECK(stats.category(Category::Ideas).facts == 0);
    CHECK(stats.overall.mastered == 2);
    CHECK(stats.answers == 5);
    CHECK(stats.right == 4);
    CHECK(stats.wrong == 1);

    // Months later memory has faded: nothing is mastered any more.
    auto later = LearnerStatistics::compute(learner, index(), t0 + 200 * day, scheduler);
    CHECK(later.overall.mastered == 0);
    CHECK(later.dueNow == 3);
}

TEST_CASE("Accuracy per day, streaks and time spent", "[core][stats]") {
    const FsrsScheduler scheduler;
    Learner learner;
    learner.beginSession(t0 - 2 * day);
    answer(learner, scheduler, t0 - 2 * day + 300, "d1", Outcome::Right, 20);
    answer(learner, scheduler, t0 - 2 * day + 400, "v1", Outcome::Wrong, 30);
    answer(learner, scheduler, t0 - day, "d1", Outcome::Right);
    answer(learner, scheduler, t0, "f1", Outcome::Partial);
    // A gap: four days before, one day alone.
    answer(learner, scheduler, t0 - 5 * day, "f2", Outcome::Right);

    auto stats = LearnerStatistics::compute(learner, index(), t0 + 60, scheduler);
    REQUIRE(stats.days.size() == 4);
    CHECK(stats.days[0].date == "2025-11-20");
    CHECK(stats.days[1].date == "2025-11-23");
    CHECK(stats.days[1].answers == 2);
    CHECK(stats.days[1].accuracy() == Approx(0.5));
    CHECK(stats.days[1].seconds == Approx(50));
    CHECK(stats.days[3].partial == 1);
    CHECK(stats.currentStreak == 3);
    CHECK(stats.longestStreak == 3);
    CHECK(stats.daysStudied == 4);
    CHECK(stats.secondsSpent >= 400);

    // Two days without study break the current streak, not the longest.
    auto after = LearnerStatistics::compute(learner, index(), t0 + 2 * day, scheduler);
    CHECK(after.currentStreak == 0);
    CHECK(after.longestStreak == 3);
}

TEST_CASE("Dates of day numbers", "[core][stats]") {
    CHECK(LearnerStatistics::dateOf(0) == "1970-01-01");
    CHECK(LearnerStatistics::dateOf(t0 / day) == "2025-11-25");
    CHECK(LearnerStatistics::dateOf(-1) == "1969-12-31");
}
