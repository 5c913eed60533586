#include <core/Fnv1a.hpp>

namespace yaddas::core {

std::uint64_t Fnv1a::hash(std::string_view bytes, std::uint64_t state) {
    for (const char c : bytes) {
        state ^= static_cast<std::uint8_t>(c);
        state *= prime;
    }
    return state;
}

std::string Fnv1a::hex(std::uint64_t value) {
    static constexpr char digits[] = "0123456789abcdef";
    std::string out(16, '0');
    for (int i = 15; i >= 0; --i) {
        out[static_cast<std::size_t>(i)] = digits[value & 0xfu];
        value >>= 4;
    }
    return out;
}

} // namespace yaddas::core
