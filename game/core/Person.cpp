#include <core/Person.hpp>

namespace yaddas::core {

std::string Person::lifeYears() const {
    // A year nobody knows is said in words, not shown as "1899–?".
    if (born.valid() && died.valid()) {
        return std::to_string(born.year()) + "\u2013" + std::to_string(died.year());
    }
    if (born.valid()) {
        return "born " + std::to_string(born.year());
    }
    if (died.valid()) {
        return "died " + std::to_string(died.year());
    }
    return "life dates unknown";
}

std::vector<std::string> Person::spellings() const {
    std::vector<std::string> out{nameEn, nameAz};
    out.insert(out.end(), otherSpellings.begin(), otherSpellings.end());
    return out;
}

} // namespace yaddas::core
