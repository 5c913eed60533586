#include <core/DateSpan.hpp>
#include <core/HistoricalDate.hpp>
#include <core/I18n.hpp>

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

namespace {

/// Puts the formatting language back to English, whatever a test switched to.
struct EnglishDates {
    ~EnglishDates() { yaddas::core::I18n::setLanguage("en"); }
};

} // namespace

TEST_CASE("Dates are written as each language writes them", "[core][date][i18n]") {
    using yaddas::core::DateSpan;
    using yaddas::core::I18n;
    EnglishDates restore;
    const auto day = *HistoricalDate::parse("1920-04-28");
    const auto month = *HistoricalDate::parse("1937-08");
    const auto decade = *HistoricalDate::parse("1920s");
    const DateSpan years{*HistoricalDate::parse("1937"), HistoricalDate::parse("1938")};
    const DateSpan months{month, HistoricalDate::parse("1938-11")};

    CHECK(day.text() == "28 April 1920");
    CHECK(decade.text() == "the 1920s");
    CHECK(months.text() == "August 1937 to November 1938");

    I18n::setLanguage("az");
    CHECK(day.text() == "28 aprel 1920");
    CHECK(month.text() == "avqust 1937");
    CHECK(decade.text() == "1920-ci illər");
    CHECK(HistoricalDate::parse("1930s")->text() == "1930-cu illər");
    CHECK(HistoricalDate::parse("1940s")->text() == "1940-cı illər");
    CHECK(years.text() == "1937\u20131938");
    CHECK(months.text() == "avqust 1937 \u2013 noyabr 1938");

    I18n::setLanguage("ru");
    CHECK(day.text() == "28 апреля 1920");
    CHECK(month.text() == "август 1937");
    CHECK(decade.text() == "1920-е годы");
    CHECK(HistoricalDate::parse("1938-01-13")->text() == "13 января 1938");
    CHECK(months.text() == "август 1937 \u2013 ноябрь 1938");

    // An unknown language reads as English.
    I18n::setLanguage("qps");
    CHECK(day.text() == "28 April 1920");
}

TEST_CASE("Azerbaijani ordinal suffixes follow vowel harmony", "[core][date][i18n]") {
    using yaddas::core::azerbaijaniOrdinalSuffix;
    CHECK(azerbaijaniOrdinalSuffix(1920) == "ci");
    CHECK(azerbaijaniOrdinalSuffix(1930) == "cu");
    CHECK(azerbaijaniOrdinalSuffix(1937) == "ci");
    CHECK(azerbaijaniOrdinalSuffix(1940) == "cı");
    CHECK(azerbaijaniOrdinalSuffix(1941) == "ci");
    CHECK(azerbaijaniOrdinalSuffix(1943) == "cü");
    CHECK(azerbaijaniOrdinalSuffix(1956) == "cı");
    CHECK(azerbaijaniOrdinalSuffix(1939) == "cu");
    CHECK(azerbaijaniOrdinalSuffix(1900) == "cü");
    CHECK(azerbaijaniOrdinalSuffix(2000) == "ci");
}
