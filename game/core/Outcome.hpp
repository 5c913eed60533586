#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace yaddas::core {

/// How an answer was judged: right, partly right (timeline, matching, multiple answer) or wrong.
enum class Outcome : std::uint8_t { Right, Partial, Wrong };

std::string_view toString(Outcome outcome);
std::optional<Outcome> outcomeFromString(std::string_view text);

} // namespace yaddas::core
