#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace yaddas::core {

/// Seconds since the epoch written as ISO 8601 in UTC ("2026-11-25T15:00:00Z") and back,
/// without the C library's time zone state (the same text on every machine).
class UtcTime {
public:
    static std::string format(std::int64_t seconds);
    /// Reads exactly "YYYY-MM-DDTHH:MM:SSZ" (years 1970 to 9999); empty when malformed.
    static std::optional<std::int64_t> parse(std::string_view text);
    /// Days since 1970-01-01 of a proleptic Gregorian date.
    static std::int64_t daysFromCivil(int year, int month, int day);
};

} // namespace yaddas::core
