#include <core/LearnerUid.hpp>

#include <catch2/catch.hpp>

using yaddas::core::LearnerUid;

TEST_CASE("A uid's short form is its first six hex digits grouped", "[report]") {
    CHECK(LearnerUid::shortForm("7f3a9c21-0b4d-4e5f-8a6b-1c2d3e4f5a6b") == "7f3a-9c");
    CHECK(LearnerUid::shortForm("7F3A-9C21") == "7f3a-9c");
    CHECK(LearnerUid::shortForm("ab") == "ab");
    CHECK(LearnerUid::shortForm("").empty());
}
