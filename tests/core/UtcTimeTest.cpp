#include <core/UtcTime.hpp>

#include <catch2/catch.hpp>

using yaddas::core::UtcTime;

TEST_CASE("UTC times are written and read as ISO 8601", "[utctime]") {
    CHECK(UtcTime::format(0) == "1970-01-01T00:00:00Z");
    CHECK(UtcTime::format(1795618800) == "2026-11-25T15:00:00Z");
    CHECK(UtcTime::format(951868799) == "2000-02-29T23:59:59Z");
    CHECK(UtcTime::parse("2026-11-25T15:00:00Z") == 1795618800);
    CHECK(UtcTime::parse("2000-02-29T23:59:59Z") == 951868799);
    for (std::int64_t t : {0LL, 86399LL, 86400LL, 1795618800LL, 4102444800LL}) {
        CHECK(UtcTime::parse(UtcTime::format(t)) == t);
    }
}

TEST_CASE("Malformed UTC times are refused", "[utctime]") {
    for (const char* bad : {"", "2026-11-25", "2026-11-25T15:00:00", "2026-13-01T00:00:00Z",
                            "2025-02-29T00:00:00Z", "2026-11-25T24:00:00Z", "1969-12-31T23:59:59Z",
                            "2026-11-25T15:00:0xZ", "2026-11-25 15:00:00Z"}) {
        CAPTURE(bad);
        CHECK_FALSE(UtcTime::parse(bad));
    }
}
