#include <core/Plural.hpp>

#include <core/I18n.hpp>

#include <string>

namespace yaddas::core {

std::string Plural::count(long long n, const char* one, const char* many) {
    return std::to_string(n) + " " + I18n::trn(one, many, n);
}

} // namespace yaddas::core
