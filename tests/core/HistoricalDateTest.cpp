#include <core/HistoricalDate.hpp>

#include <catch2/catch.hpp>

using yaddas::core::HistoricalDate;

TEST_CASE("HistoricalDate parses every precision", "[core][date]") {
    auto day = HistoricalDate::parse("1920-04-28");
    REQUIRE(day);
    CHECK(day->precision() == HistoricalDate::Precision::Day);
    CHECK(day->text() == "28 April 1920");
    CHECK(day->iso() == "1920-04-28");

    auto month = HistoricalDate::parse("1937-08");
    REQUIRE(month);
    CHECK(month->text() == "August 1937");

    auto year = HistoricalDate::parse("1937");
    REQUIRE(year);
    CHECK(year->precision() == HistoricalDate::Precision::Year);

    auto decade = HistoricalDate::parse("1920s");
    REQUIRE(decade);
    CHECK(decade->text() == "the 1920s");
}

TEST_CASE("HistoricalDate refuses impossible and malformed dates", "[core][date]") {
    std::string why;
    CHECK_FALSE(HistoricalDate::parse("1938-02-31", &why));
    CHECK(why.find("28 days") != std::string::npos);
    CHECK(HistoricalDate::parse("1936-02-29"));
    CHECK_FALSE(HistoricalDate::parse("1937-02-29"));
    CHECK_FALSE(HistoricalDate::parse("1937-13"));
    CHECK_FALSE(HistoricalDate::parse("1925s"));
    CHECK_FALSE(HistoricalDate::parse("April 1920"));
    CHECK_FALSE(HistoricalDate::parse(""));
    CHECK_FALSE(HistoricalDate::parse("0000"));
}
