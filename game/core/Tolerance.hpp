#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace yaddas::core {

/// How close a typed number must be to count as right: exactly, within an amount, or a percentage.
struct Tolerance {
    enum class Kind { Exact, Absolute, Percent };

    Kind kind = Kind::Exact;
    double amount = 0.0;

    /// Parses "0" (exact), "500" (absolute) or "5%" (percent); empty when malformed or negative.
    static std::optional<Tolerance> parse(std::string_view text);
    bool accepts(double expected, double answer) const;
    std::string text() const;
};

} // namespace yaddas::core
