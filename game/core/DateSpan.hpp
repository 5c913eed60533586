#pragma once

#include <core/HistoricalDate.hpp>

#include <optional>
#include <string>

namespace yaddas::core {

/// When something happened: one date, or a range from one date to another.
struct DateSpan {
    HistoricalDate from;
    std::optional<HistoricalDate> to;

    bool isRange() const { return to.has_value(); }
    /// "28 April 1920", "1937–1938", "the 1920s to the early 1950s" style text for reading.
    std::string text() const;
};

} // namespace yaddas::core
