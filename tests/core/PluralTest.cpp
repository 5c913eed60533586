#include <core/Plural.hpp>

#include <catch2/catch.hpp>

using yaddas::core::Plural;

TEST_CASE("Counts take the noun in the right number", "[plural]") {
    CHECK(Plural::count(1, "learner", "learners") == "1 learner");
    CHECK(Plural::count(0, "learner", "learners") == "0 learners");
    CHECK(Plural::count(2, "learner", "learners") == "2 learners");
    CHECK(Plural::count(21, "file", "files") == "21 files");
}
