#include <core/DateBounds.hpp>

namespace yaddas::core {

DateBounds DateBounds::of(const HistoricalDate& date) {
    const long y = date.year();
    switch (date.precision()) {
    case HistoricalDate::Precision::Decade:
        return {y * 10000L + 101L, (y + 9) * 10000L + 1231L};
    case HistoricalDate::Precision::Year:
        return ofYear(date.year());
    case HistoricalDate::Precision::Month:
        return {y * 10000L + date.month() * 100L + 1L,
                y * 10000L + date.month() * 100L + daysInMonth(date.year(), date.month())};
    case HistoricalDate::Precision::Day:
        return {date.sortKey(), date.sortKey()};
    }
    return ofYear(date.year());
}

DateBounds DateBounds::of(const DateSpan& span) {
    DateBounds b = of(span.from);
    if (span.to) {
        const DateBounds end = of(*span.to);
        if (end.last > b.last) {
            b.last = end.last;
        }
    }
    return b;
}

DateBounds DateBounds::ofYear(int year) {
    return {year * 10000L + 101L, year * 10000L + 1231L};
}

} // namespace yaddas::core
