#include <core/NumberFormat.hpp>

#include <catch2/catch.hpp>

#include <cstdint>
#include <limits>

using yaddas::core::NumberFormat;

TEST_CASE("Numbers are shown with thin spaces between thousands", "[core][quiz][numbers]") {
    CHECK(NumberFormat::format(1575259) == "1\u2009575\u2009259");
    CHECK(NumberFormat::format(15000) == "15\u2009000");
    CHECK(NumberFormat::format(1500) == "1\u2009500");
    CHECK(NumberFormat::format(16) == "16");
    CHECK(NumberFormat::format(0) == "0");
    CHECK(NumberFormat::format(-681692) == "-681\u2009692");
    CHECK(NumberFormat::format(std::numeric_limits<std::int64_t>::min()).size() > 20);
}

TEST_CASE("Typed numbers are read in the forms learners write", "[core][quiz][numbers]") {
    CHECK(NumberFormat::parse("1575259") == Approx(1575259));
    CHECK(NumberFormat::parse("1,575,259") == Approx(1575259));
    CHECK(NumberFormat::parse("1 575 259") == Approx(1575259));
    CHECK(NumberFormat::parse("1\u2009575\u2009259") == Approx(1575259));
    CHECK(NumberFormat::parse("1\u00a0575\u00a0259") == Approx(1575259));
    CHECK(NumberFormat::parse("1.575.259") == Approx(1575259));
    CHECK(NumberFormat::parse("1'575'259") == Approx(1575259));
    CHECK(NumberFormat::parse("1.5 million") == Approx(1500000));
    CHECK(NumberFormat::parse("1,5 million") == Approx(1500000));
    CHECK(NumberFormat::parse("1.6m") == Approx(1600000));
    CHECK(NumberFormat::parse("150 thousand") == Approx(150000));
    CHECK(NumberFormat::parse("150k") == Approx(150000));
    CHECK(NumberFormat::parse("about 100 000") == Approx(100000));
    CHECK(NumberFormat::parse("~15000") == Approx(15000));
    CHECK(NumberFormat::parse("681692 people") == Approx(681692));
    CHECK(NumberFormat::parse("1,575,259.0") == Approx(1575259));
    CHECK(NumberFormat::parse("1.575.259,5") == Approx(1575259.5));
    CHECK(NumberFormat::parse("-16") == Approx(-16));
    CHECK(NumberFormat::parse("\u221216") == Approx(-16));
}

TEST_CASE("Typed numbers that are not numbers are refused", "[core][quiz][numbers]") {
    CHECK_FALSE(NumberFormat::parse(""));
    CHECK_FALSE(NumberFormat::parse("   "));
    CHECK_FALSE(NumberFormat::parse("NaN"));
    CHECK_FALSE(NumberFormat::parse("nan"));
    CHECK_FALSE(NumberFormat::parse("inf"));
    CHECK_FALSE(NumberFormat::parse("1e9"));
    CHECK_FALSE(NumberFormat::parse("0x10"));
    CHECK_FALSE(NumberFormat::parse("many"));
    CHECK_FALSE(NumberFormat::parse("1,57,259")); // groups must be of three
    CHECK_FALSE(NumberFormat::parse("1 5752 59"));
    CHECK_FALSE(NumberFormat::parse("12345678901234567890")); // more than 18 digits
    CHECK_FALSE(NumberFormat::parse(std::string(10000, '9')));
    CHECK_FALSE(NumberFormat::parse("1,000 km"));
    CHECK_FALSE(NumberFormat::parse("1."));
}

TEST_CASE("Typed years are four digits at most", "[core][quiz][numbers]") {
    CHECK(NumberFormat::parseYear("1937") == 1937);
    CHECK(NumberFormat::parseYear(" 1937. ") == 1937);
    CHECK(NumberFormat::parseYear("920") == 920);
    CHECK_FALSE(NumberFormat::parseYear("99999"));
    CHECK_FALSE(NumberFormat::parseYear("-1937"));
    CHECK_FALSE(NumberFormat::parseYear("1937s"));
    CHECK_FALSE(NumberFormat::parseYear(""));
    CHECK_FALSE(NumberFormat::parseYear("nineteen"));
    CHECK_FALSE(NumberFormat::parseYear(std::string(10000, '1')));
}
