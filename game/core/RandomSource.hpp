#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <random>
#include <utility>
#include <vector>

namespace yaddas::core {

/// Draws from an injected std::mt19937_64 with algorithms written here, so the same seed gives
/// the same draws with every standard library (std::uniform_int_distribution and std::shuffle
/// are allowed to differ between implementations; the engine itself is fully specified).
class RandomSource {
public:
    explicit RandomSource(std::mt19937_64& engine) : engine_(engine) {}

    /// A uniform integer in [0, bound); 0 when bound is 0. Unbiased (rejection sampling).
    std::uint64_t below(std::uint64_t bound) {
        if (bound <= 1) {
            return 0;
        }
        const std::uint64_t draw = engine_();
        // The partial bucket at the top, whose draws are rejected, is smaller than `bound`: a
        // draw below max - (bound - 1) is kept without working out where the bucket starts (two
        // divisions, at every step of a shuffle).
        if (draw <= std::numeric_limits<std::uint64_t>::max() - (bound - 1)) {
            return draw % bound;
        }
        return nearTop(draw, bound);
    }
    /// A uniform index into a container of `size` elements (size must be > 0).
    std::size_t index(std::size_t size) { return static_cast<std::size_t>(below(size)); }
    /// A uniform integer in [low, high].
    long long between(long long low, long long high);

    /// Fisher–Yates shuffle.
    template <class T> void shuffle(std::vector<T>& items) {
        for (std::size_t i = items.size(); i > 1; --i) {
            const std::size_t j = index(i);
            if (j != i - 1) {
                std::swap(items[i - 1], items[j]);
            }
        }
    }

private:
    /// below() for a draw that may lie in the rejected bucket.
    std::uint64_t nearTop(std::uint64_t draw, std::uint64_t bound);

    std::mt19937_64& engine_;
};

} // namespace yaddas::core
