#pragma once

#include <string>

namespace yaddas::core {

/// A run of lesson prose; key dates, numbers, names and glossary terms are marked for highlighting.
struct Span {
    enum class Kind { Text, Date, Number, Name, Term };

    Kind kind = Kind::Text;
    std::string text;
    std::string ref; ///< the fact this span marks (optional, except for terms)
    int line = 0;    ///< line in the module file, for messages (0: unknown)
};

} // namespace yaddas::core
