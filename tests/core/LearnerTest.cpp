#include <core/Learner.hpp>

#include <catch2/catch.hpp>

#include <string>

using namespace yaddas::core;

namespace {
constexpr std::int64_t t0 = 1764072000; // 2025-11-25 12:00 UTC

AnswerRecord answer(std::int64_t at, const std::string& fact, Outcome outcome) {
    AnswerRecord a;
    a.at = at;
    a.factId = fact;
    a.moduleId = "m1";
    a.questionKind = "date-choice";
    a.given = "1920";
    a.outcome = outcome;
    a.fraction = outcome == Outcome::Right ? 1.0 : 0.0;
    a.seconds = 10;
    return a;
}
} // namespace

TEST_CASE("Learner reschedules a fact on every answer", "[core][learner]") {
    const FsrsScheduler scheduler;
    Learner learner(LearnerProfile{"aysel", "Aysel", t0});
    const MemoryState& state = learner.recordAnswer(answer(t0, "f1", Outcome::Right), scheduler);
    CHECK(state.reps == 1);
    CHECK(state.phase == MemoryState::Phase::Learning);
    REQUIRE(learner.memoryOf("f1") != nullptr);
    CHECK(learner.answers().size() == 1);
    CHECK(learner.answers()[0].session == 1);
    CHECK(learner.memoryOf("f2") == nullptr);
}

TEST_CASE("Due facts come in due order, the longest overdue first", "[core][learner]") {
    const FsrsScheduler scheduler;
    Learner learner;
    learner.recordAnswer(answer(t0, "late", Outcome::Right), scheduler);          // due +10 min
    learner.recordAnswer(answer(t0 + 5, "early", Outcome::Wrong), scheduler);     // due +1 min
    learner.recordAnswer(answer(t0 + 6, "partial", Outcome::Partial), scheduler); // +6 min
    CHECK(learner.dueFacts(t0).empty());
    auto due = learner.dueFacts(t0 + 3600);
    REQUIRE(due.size() == 3);
    CHECK(due[0].factId == "early");
    CHECK(due[1].factId == "partial");
    CHECK(due[2].factId == "late");
    CHECK(learner.dueFacts(t0 + 400).size() == 2);
}

TEST_CASE("Mistakes are facts whose latest answer was not right", "[core][learner]") {
    const FsrsScheduler scheduler;
    Learner learner;
    learner.recordAnswer(answer(t0, "a", Outcome::Wrong), scheduler);
    learner.recordAnswer(answer(t0 + 10, "b", Outcome::Partial), scheduler);
    learner.recordAnswer(answer(t0 + 20, "c", Outcome::Wrong), scheduler);
    learner.recordAnswer(answer(t0 + 30, "a", Outcome::Right), scheduler);
    CHECK(learner.mistakes() == std::vector<std::string>{"c", "b"});
}

TEST_CASE("Sessions split at long pauses", "[core][learner]") {
    const FsrsScheduler scheduler;
    Learner learner;
    CHECK(learner.beginSession(t0) == 1);
    learner.recordAnswer(answer(t0 + 60, "a", Outcome::Right), scheduler);
    learner.recordAnswer(answer(t0 + 120, "b", Outcome::Right), scheduler);
    learner.recordAnswer(answer(t0 + 120 + Learner::sessionGap + 100, "c", Outcome::Right),
                         scheduler);
    REQUIRE(learner.sessions().size() == 2);
    CHECK(learner.sessions()[0].seconds() == 120);
    CHECK(learner.answers().back().session == 2);
}

TEST_CASE("Reading progress only grows and remembers the section", "[core][learner]") {
    Learner learner;
    learner.markRead("m1", "s2", 0.5, t0);
    learner.markRead("m1", "s1", 0.25, t0 + 10);
    const ReadingProgress* r = learner.readingOf("m1");
    REQUIRE(r != nullptr);
    CHECK(r->fraction == 0.5);
    CHECK(r->section == "s1");
    learner.markRead("m1", "s3", 7.0, t0 + 20); // out of range: clamped
    CHECK(learner.readingOf("m1")->fraction == 1.0);
}

TEST_CASE("Settings keep the text size within 100-200 %", "[core][learner]") {
    Learner learner;
    LearnerSettings settings;
    settings.textSizePercent = 500;
    settings.theme = LearnerSettings::Theme::HighContrast;
    learner.setSettings(settings);
    CHECK(learner.settings().textSizePercent == 200);
    CHECK(learner.settings().theme == LearnerSettings::Theme::HighContrast);
    CHECK(themeFromString("dark") == LearnerSettings::Theme::Dark);
    CHECK_FALSE(themeFromString("neon"));
}

TEST_CASE("Settings keep the speech rate within 50-250 % and only a plain voice name",
          "[core][learner][speech]") {
    Learner learner;
    LearnerSettings settings;
    settings.speech = true;
    settings.speechRatePercent = 400;
    settings.voice = "f2";
    learner.setSettings(settings);
    CHECK(learner.settings().speech);
    CHECK(learner.settings().speechRatePercent == 250);
    CHECK(learner.settings().voice == "f2");
    settings.speechRatePercent = 10;
    settings.voice = "../f2";
    learner.setSettings(settings);
    CHECK(learner.settings().speechRatePercent == 50);
    CHECK(learner.settings().voice.empty());
    CHECK(isVoiceName(""));
    CHECK(isVoiceName("m3"));
    CHECK(isVoiceName("Gene2"));
    CHECK_FALSE(isVoiceName("Mr serious"));
    CHECK_FALSE(isVoiceName("f2/../../x"));
    CHECK_FALSE(isVoiceName(std::string(41, 'a')));
}
