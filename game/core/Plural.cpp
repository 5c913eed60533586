#include <core/Plural.hpp>

namespace yaddas::core {

std::string Plural::count(long long n, std::string_view one, std::string_view many) {
    return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

} // namespace yaddas::core
