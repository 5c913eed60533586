#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace yaddas::core {

/// A date as precisely as history knows it: a day, a month, a year or only a decade.
class HistoricalDate {
public:
    enum class Precision { Decade, Year, Month, Day };

    HistoricalDate() = default;

    /// Parses "1920-04-28", "1920-04", "1920" or "1920s". Empty when the text is malformed or
    /// names a day that does not exist (31 February); `why` then says what is wrong.
    static std::optional<HistoricalDate> parse(std::string_view text, std::string* why = nullptr);

    static HistoricalDate ofDay(int year, int month, int day);
    static HistoricalDate ofYear(int year);
    static HistoricalDate ofDecade(int firstYear);

    int year() const { return year_; }
    int month() const { return month_; }
    int day() const { return day_; }
    Precision precision() const { return precision_; }
    bool valid() const { return year_ != 0; }

    /// The form it was written in: "1920-04-28", "1937", "1920s".
    std::string iso() const;
    /// For reading, in the interface's language (I18n::language()): "28 April 1920",
    /// "April 1920", "1937", "the 1920s"; "28 aprel 1920", "1920-ci illər"; "28 апреля 1920",
    /// "апрель 1920", "1920-е годы".
    std::string text() const;
    /// Orders dates; a less precise date sorts at its start (1920s == 1920-01-01).
    long sortKey() const { return year_ * 10000L + month_ * 100L + day_; }

    friend bool operator==(const HistoricalDate& a, const HistoricalDate& b) {
        return a.year_ == b.year_ && a.month_ == b.month_ && a.day_ == b.day_ &&
               a.precision_ == b.precision_;
    }
    friend bool operator!=(const HistoricalDate& a, const HistoricalDate& b) { return !(a == b); }

private:
    int year_ = 0;
    int month_ = 0; ///< 0 when unknown
    int day_ = 0;   ///< 0 when unknown
    Precision precision_ = Precision::Year;
};

/// Days in a month of the proleptic Gregorian calendar.
int daysInMonth(int year, int month);

/// English month name, 1-based ("April").
std::string_view monthName(int month);

/// The Azerbaijani suffix of an ordinal number, by vowel harmony: "ci" for 1920 (1920-ci),
/// "cu" for 1930, "cı" for 1940, "cü" for 1900.
std::string azerbaijaniOrdinalSuffix(int number);

} // namespace yaddas::core
