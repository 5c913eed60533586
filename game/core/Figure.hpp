#pragma once

#include <core/FactMeta.hpp>
#include <core/Tolerance.hpp>

#include <cstdint>
#include <string>

namespace yaddas::core {

/// A number and what it counts, with its real scope: where, when, and counted by whom.
struct Figure {
    struct Scope {
        std::string where; ///< "USSR", "Azerbaijan SSR"
        std::string when;  ///< "1937–1938"
        std::string by;    ///< "NKVD", "the source text"
    };

    FactMeta meta;
    std::int64_t value = 0;
    bool approximate = false; ///< the text says "about"
    Tolerance tolerance;      ///< how close a typed answer must be
    std::string counts;       ///< what is counted: "people arrested"
    /// A translation's figure: the English module's `counts`, which tells what kind of number
    /// it is (years, months, an age …) whatever the translation's word order.
    std::string countsEn;
    std::string ask; ///< the author's own question for the number ("How many … ?"); may be empty
    Scope scope;
};

} // namespace yaddas::core
