#include <core/HistoricalDate.hpp>

#include <core/I18n.hpp>

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
            fail(why,
                 "'" + shown + "' is not a decade (write the decade's first year, as in 1920s)");
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

namespace {

/// Month names as a date writes them: Azerbaijani in lower case, Russian in the genitive after
/// a day ("28 апреля") and the nominative before a year alone ("апрель 1920").
std::string_view monthIn(const std::string& language, int month, bool afterDay) {
    static constexpr std::array<std::string_view, 12> az{"yanvar",   "fevral",  "mart",   "aprel",
                                                         "may",      "iyun",    "iyul",   "avqust",
                                                         "sentyabr", "oktyabr", "noyabr", "dekabr"};
    static constexpr std::array<std::string_view, 12> ruOf{
        "января", "февраля", "марта",    "апреля",  "мая",    "июня",
        "июля",   "августа", "сентября", "октября", "ноября", "декабря"};
    static constexpr std::array<std::string_view, 12> ru{
        "январь", "февраль", "март",     "апрель",  "май",    "июнь",
        "июль",   "август",  "сентябрь", "октябрь", "ноябрь", "декабрь"};
    if (month < 1 || month > 12) {
        return {};
    }
    const auto i = static_cast<std::size_t>(month - 1);
    if (language == "az") {
        return az[i];
    }
    if (language == "ru") {
        return afterDay ? ruOf[i] : ru[i];
    }
    return monthName(month);
}

} // namespace

std::string azerbaijaniOrdinalSuffix(int number) {
    // The suffix follows the vowel of the number's last word said aloud: 1920 "iyirmi" → -ci,
    // 1930 "otuz" → -cu, 1940 "qırx" → -cı, 1900 "yüz" → -cü, 2000 "min" → -ci.
    static constexpr std::array<std::string_view, 10> units{"",   "ci", "ci", "cü", "cü",
                                                            "ci", "cı", "ci", "ci", "cu"};
    static constexpr std::array<std::string_view, 10> tens{"",   "cu", "ci", "cu", "cı",
                                                           "ci", "cı", "ci", "ci", "cı"};
    const int n = number < 0 ? -number : number;
    if (n == 0) {
        return "cı"; // "sıfır"
    }
    if (n % 10 != 0) {
        return std::string(units[static_cast<std::size_t>(n % 10)]);
    }
    if (n % 100 != 0) {
        return std::string(tens[static_cast<std::size_t>(n / 10 % 10)]);
    }
    if (n % 1000 != 0) {
        return "cü"; // "yüz"
    }
    return "ci"; // "min"
}

std::string HistoricalDate::text() const {
    const std::string& language = I18n::language();
    const std::string year = std::to_string(year_);
    switch (precision_) {
    case Precision::Decade:
        if (language == "az") {
            return year + "-" + azerbaijaniOrdinalSuffix(year_) + " illər";
        }
        if (language == "ru") {
            return year + "-е годы";
        }
        return "the " + year + "s";
    case Precision::Year:
        return year;
    case Precision::Month:
        return std::string(monthIn(language, month_, false)) + " " + year;
    case Precision::Day:
        return std::to_string(day_) + " " + std::string(monthIn(language, month_, true)) + " " +
               year;
    }
    return {};
}

} // namespace yaddas::core
