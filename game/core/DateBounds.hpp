#pragma once

#include <core/DateSpan.hpp>
#include <core/HistoricalDate.hpp>

namespace yaddas::core {

/// The days a date could mean, as sort keys (yyyymmdd): "1937" is 1 January to 31 December 1937,
/// "the 1920s" the whole decade, a range from the start of its first date to the end of its last.
/// Two events can be put in order only when their bounds do not overlap.
struct DateBounds {
    long first = 0;
    long last = 0;

    static DateBounds of(const HistoricalDate& date);
    static DateBounds of(const DateSpan& span);
    /// The whole of one calendar year.
    static DateBounds ofYear(int year);

    bool overlaps(const DateBounds& other) const {
        return first <= other.last && other.first <= last;
    }
    bool before(const DateBounds& other) const { return last < other.first; }
    int firstYear() const { return static_cast<int>(first / 10000); }
    int lastYear() const { return static_cast<int>(last / 10000); }
};

} // namespace yaddas::core
