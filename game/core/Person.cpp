#include <core/Person.hpp>

namespace yaddas::core {

std::string Person::lifeYears() const {
    const std::string b = born.valid() ? std::to_string(born.year()) : "?";
    const std::string d = died.valid() ? std::to_string(died.year()) : "?";
    return b + "\u2013" + d;
}

} // namespace yaddas::core
