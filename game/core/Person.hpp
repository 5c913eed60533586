#pragma once

#include <core/FactMeta.hpp>
#include <core/HistoricalDate.hpp>

#include <string>
#include <vector>

namespace yaddas::core {

/// A person the text names: one of the victims, remembered with both spellings of the name.
struct Person {
    FactMeta meta;
    std::string nameEn;                    ///< "Huseyn Javid"
    std::string nameAz;                    ///< "Hüseyn Cavid"
    std::vector<std::string> otherSpellings; ///< as the source text or other sources spell it
    HistoricalDate born;
    HistoricalDate died;
    std::string role; ///< "poet and playwright"
    std::string fate; ///< "arrested 1937, exiled to Siberia 1939, died in exile in 1941"

    /// "1882–1941"
    std::string lifeYears() const;
};

} // namespace yaddas::core
