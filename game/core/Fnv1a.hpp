#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace yaddas::core {

/// FNV-1a, 64 bits: a stable hash (the same on every platform and standard library, unlike
/// std::hash), used for per-learner seeds and assignment checksums.
class Fnv1a {
public:
    static constexpr std::uint64_t offsetBasis = 0xcbf29ce484222325ULL;
    static constexpr std::uint64_t prime = 0x100000001b3ULL;

    /// The hash of `bytes`, continuing from `state` (chain calls to hash several parts).
    static std::uint64_t hash(std::string_view bytes, std::uint64_t state = offsetBasis);
    /// The hash as sixteen lowercase hex digits.
    static std::string hex(std::uint64_t value);
};

} // namespace yaddas::core
