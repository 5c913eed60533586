#include <core/HistoricalDate.hpp>

#include <array>
#include <cctype>

namespace yaddas::core {
namespace {

bool allDigits(std::string_view s) {
    if (s.empty()) {
        return false;
    }
    for (char c : s) {
        if (!std::isdigit(static_cast<unsigned char>(c))) {
            return false;
        }
    }
    return true;
}

int toInt(std::string_view s) {
    int v = 0;
    for (char c : s) {
        v = v * 10 + (c - '0');
    }
    return v;
}

bool fail(std::string* why, std::string message) {
    if (why != nullptr) {
        *why = std::move(message);
    }
    return false;
}

} // namespace

int daysInMonth(int year, int month) {
    static constexpr std::array<int, 12> days{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) {
        return 0;
    }
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[static_cast<std::size_t>(month - 1)];
}

std::string_view monthName(int month) {
    static constexpr std::array<std::string_view, 12> names{
        "January", "February", "March",     "April",   "May",      "June",
        "July",    "August",   "September", "October", "November", "December"};
    if (month < 1 || month > 12) {
        return {};
    }
    return names[static_cast<std::size_t>(month - 1)];
}

std::optional<HistoricalDate> HistoricalDate::parse(std::string_view text, std::string* why) {
    const std::string shown(text.substr(0, 40));
    if (text.size() == 5 && text[4] == 's' && allDigits(text.substr(0, 4))) {
        const int year = toInt(text.substr(0, 4));
        if (year % 10 != 0 || year == 0) {
            fail(why, "'" + shown + "' is not a decade (write the decade's first year, as in 1920s)");
            return std::nullopt;
        }
        return ofDecade(year);
    }
    if (text.size() < 4 || !allDigits(text.substr(0, 4))) {
        fail(why, "'" + shown + "' is not a date (expected YYYY, YYYY-MM, YYYY-MM-DD or YYYYs)");
        return std::nullopt;
    }
    const int year = toInt(text.substr(0, 4));
    if (year == 0) {
        fail(why, "'" + shown + "' has no year 0");
        return std::nullopt;
    }
    if (text.size() == 4) {
        return ofYear(year);
    }
    if (text.size() < 7 || text[4] != '-' || !allDigits(text.substr(5, 2))) {
        fail(why, "'" + shown + "' is not a date (expected YYYY, YYYY-MM, YYYY-MM-DD or YYYYs)");
        return std::nullopt;
    }
    const int month = toInt(text.substr(5, 2));
    if (month < 1 || month > 12) {
        fail(why, "'" + shown + "' has no month " + std::to_string(month));
        return std::nullopt;
    }
    HistoricalDate d;
    d.year_ = year;
    d.month_ = month;
    d.precision_ = Precision::Month;
    if (text.size() == 7) {
        return d;
    }
    if (text.size() != 10 || text[7] != '-' || !allDigits(text.substr(8, 2))) {
        fail(why, "'" + shown + "' is not a date (expected YYYY, YYYY-MM, YYYY-MM-DD or YYYYs)");
        return std::nullopt;
    }
    const int day = toInt(text.substr(8, 2));
    if (day < 1 || day > daysInMonth(year, month)) {
        fail(why, "'" + shown + "' is impossible: " + std::string(monthName(month)) + " " +
                      std::to_string(year) + " has " + std::to_string(daysInMonth(year, month)) +
                      " days");
        return std::nullopt;
    }
    d.day_ = day;
    d.precision_ = Precision::Day;
    return d;
}

HistoricalDate HistoricalDate::ofDay(int year, int month, int day) {
    HistoricalDate d;
    d.year_ = year;
    d.month_ = month;
    d.day_ = day;
    d.precision_ = Precision::Day;
    return d;
}

HistoricalDate HistoricalDate::ofYear(int year) {
    HistoricalDate d;
    d.year_ = year;
    d.precision_ = Precision::Year;
    return d;
}

HistoricalDate HistoricalDate::ofDecade(int firstYear) {
    HistoricalDate d;
    d.year_ = firstYear;
    d.precision_ = Precision::Decade;
    return d;
}

std::string HistoricalDate::iso() const {
    auto two = [](int v) { return (v < 10 ? "0" : "") + std::to_string(v); };
    switch (precision_) {
    case Precision::Decade:
        return std::to_string(year_) + "s";
    case Precision::Year:
        return std::to_string(year_);
    case Precision::Month:
        return std::to_string(year_) + "-" + two(month_);
    case Precision::Day:
        return std::to_string(year_) + "-" + two(month_) + "-" + two(day_);
    }
    return {};
}

std::string HistoricalDate::text() const {
    switch (precision_) {
    case Precision::Decade:
        return "the " + std::to_string(year_) + "s";
    case Precision::Year:
        return std::to_string(year_);
    case Precision::Month:
        return std::string(monthName(month_)) + " " + std::to_string(year_);
    case Precision::Day:
        return std::to_string(day_) + " " + std::string(monthName(month_)) + " " +
               std::to_string(year_);
    }
    return {};
}

} // namespace yaddas::core
