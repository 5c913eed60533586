#pragma once

#include <core/FactMeta.hpp>
#include <core/HistoricalDate.hpp>

#include <string>
#include <vector>

namespace yaddas::core {

/// A person a lesson names, with both spellings of the name: a victim of the repressions, an
/// official who carried them out, or another figure.
struct Person {
    enum class Kind { Victim, Official, Other };

    FactMeta meta;
    Kind kind = Kind::Victim; ///< format 1 knows victims only
    std::string nameEn;       ///< "Huseyn Javid"
    std::string nameAz;       ///< "Hüseyn Cavid"
    /// The name as the module's language writes it (`<name>`): "Гусейн Джавид" in a Russian
    /// translation; empty in most English modules.
    std::string name;
    std::vector<std::string> otherSpellings; ///< as the source text or other sources spell it
    HistoricalDate born;
    HistoricalDate died;
    std::string role; ///< "poet and playwright"
    std::string fate; ///< "arrested 1937, exiled to Siberia 1939, died in exile in 1941"

    bool isVictim() const { return kind == Kind::Victim; }
    /// Every spelling of the name: English, Azerbaijani, the module language's, then the others.
    std::vector<std::string> spellings() const;
    /// The name to show to a reader of the module's language: `name`, else the English one.
    const std::string& displayName() const { return name.empty() ? nameEn : name; }

    /// "1882–1941"; "born 1899" or "died 1938" when one year is unknown.
    std::string lifeYears() const;
};

} // namespace yaddas::core
