#include <core/Fnv1a.hpp>

#include <catch2/catch.hpp>

using yaddas::core::Fnv1a;

TEST_CASE("FNV-1a gives the published 64-bit test vectors", "[fnv1a]") {
    CHECK(Fnv1a::hash("") == 0xcbf29ce484222325ULL);
    CHECK(Fnv1a::hash("a") == 0xaf63dc4c8601ec8cULL);
    CHECK(Fnv1a::hash("foobar") == 0x85944171f73967e8ULL);
    // Chaining continues the same hash.
    CHECK(Fnv1a::hash("bar", Fnv1a::hash("foo")) == Fnv1a::hash("foobar"));
    CHECK(Fnv1a::hex(0x85944171f73967e8ULL) == "85944171f73967e8");
    CHECK(Fnv1a::hex(1) == "0000000000000001");
}
