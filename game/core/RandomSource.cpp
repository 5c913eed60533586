#include <core/RandomSource.hpp>

#include <limits>

namespace yaddas::core {

std::uint64_t RandomSource::nearTop(std::uint64_t draw, std::uint64_t bound) {
    // Reject the top partial bucket so every value is equally likely.
    const std::uint64_t max = std::numeric_limits<std::uint64_t>::max();
    const std::uint64_t limit = max - (max % bound + 1) % bound;
    while (draw > limit) {
        draw = engine_();
    }
    return draw % bound;
}

long long RandomSource::between(long long low, long long high) {
    if (high <= low) {
        return low;
    }
    const auto span = static_cast<std::uint64_t>(high) - static_cast<std::uint64_t>(low) + 1U;
    return static_cast<long long>(static_cast<std::uint64_t>(low) + below(span));
}

} // namespace yaddas::core
