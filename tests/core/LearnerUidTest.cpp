#include <core/LearnerUid.hpp>

#include <catch2/catch.hpp>

using yaddas::core::LearnerUid;

TEST_CASE("A uid's short form is its first six hex digits grouped", "[report]") {
    CHECK(LearnerUid::shortForm("7f3a9c21-0b4d-4e5f-8a6b-1c2d3e4f5a6b") == "7f3a-9c");
    CHECK(LearnerUid::shortForm("7F3A-9C21") == "7f3a-9c");
    CHECK(LearnerUid::shortForm("ab") == "ab");
    CHECK(LearnerUid::shortForm("").empty());
}

TEST_CASE("A learner uid is sixteen lowercase hex digits", "[uid]") {
    CHECK(LearnerUid::fromBits(0x7f3a9c0011223344ULL) == "7f3a9c0011223344");
    CHECK(LearnerUid::valid("7f3a9c0011223344"));
    CHECK_FALSE(LearnerUid::valid("7F3A9C0011223344"));
    CHECK_FALSE(LearnerUid::valid("7f3a9c001122334"));
    CHECK_FALSE(LearnerUid::valid("7f3a9c001122334g"));
    CHECK_FALSE(LearnerUid::valid(""));
}

TEST_CASE("A learner uid is shown short as 7f3a-9c and tags file names as 7f3a9c", "[uid]") {
    CHECK(LearnerUid::shortForm("7f3a9c0011223344") == "7f3a-9c");
    CHECK(LearnerUid::fileTag("7f3a9c0011223344") == "7f3a9c");
    CHECK(LearnerUid::fileTag("7F3A9C0011223344").empty());
    CHECK(LearnerUid::fileTag("").empty());
}

TEST_CASE("An old profile's derived uid is stable and differs between learners", "[uid]") {
    const std::string a = LearnerUid::derived("aysel-memmedova", 1795618800);
    CHECK(LearnerUid::valid(a));
    CHECK(a == LearnerUid::derived("aysel-memmedova", 1795618800));
    CHECK(a != LearnerUid::derived("aysel-memmedova", 1795618801));
    CHECK(a != LearnerUid::derived("aysel-memmedova-2", 1795618800));
}
