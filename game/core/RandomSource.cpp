#include <core/RandomSource.hpp>

#include <limits>

namespace yaddas::core {

std::uint64_t RandomSource::below(std::uint64_t bound) {
    if (bound <= 1) {
        return 0;
    }
    // Reject the top partial bucket so every value is equally likely.
    const std::uint64_t max = std::numeric_limits<std::uint64_t>::max();
    std::uint64_t draw = engine_();
    // The partial bucket is smaller than `bound`: a draw below max - (bound - 1) is kept without
    // working out where the bucket starts (two divisions, at every draw of a shuffle).
    if (draw <= max - (bound - 1)) {
        return draw % bound;
    }
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
