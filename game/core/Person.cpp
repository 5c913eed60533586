#include <core/Person.hpp>

namespace yaddas::core {

std::string Person::lifeYears() const {
    const std::string b = born.valid() ? std::to_string(born.year()) : "?";
    const std::string d = died.valid() ? std::to_string(died.year()) : "?";
    return b + "\u2013" + d;
}

std::vector<std::string> Person::spellings() const {
    std::vector<std::string> out{nameEn, nameAz};
    out.insert(out.end(), otherSpellings.begin(), otherSpellings.end());
    return out;
}

} // namespace yaddas::core
