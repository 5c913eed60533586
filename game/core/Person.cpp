#include <core/Person.hpp>

#include <core/I18n.hpp>

namespace yaddas::core {

std::string Person::lifeYears() const {
    // A year nobody knows is said in words, not shown as "1899–?".
    if (born.valid() && died.valid()) {
        return std::to_string(born.year()) + "\u2013" + std::to_string(died.year());
    }
    if (born.valid()) {
        return I18n::format(I18n::tr("born {1}"), {std::to_string(born.year())});
    }
    if (died.valid()) {
        return I18n::format(I18n::tr("died {1}"), {std::to_string(died.year())});
    }
    return I18n::tr("life dates unknown");
}

std::vector<std::string> Person::spellings() const {
    std::vector<std::string> out{nameEn, nameAz};
    // Only when it adds a spelling: an Azerbaijani module's name is its name-az.
    if (!name.empty() && name != nameEn && name != nameAz) {
        out.push_back(name);
    }
    for (const std::string& other : otherSpellings) {
        if (other != name) {
            out.push_back(other);
        }
    }
    return out;
}

} // namespace yaddas::core
