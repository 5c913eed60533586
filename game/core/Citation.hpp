#pragma once

#include <string>

namespace yaddas::core {

/// A pointer into a source: which work, where in it, and its words when they are quoted.
struct Citation {
    std::string source;  ///< a Source id; Source::sourceTextId for the course's source text
    std::string locator; ///< "p. 659", "paragraph 11", "article 2"; may be empty
    std::string quote;   ///< the cited words, verbatim, when the author gives them
    int line = 0;

    bool operator==(const Citation& o) const {
        return source == o.source && locator == o.locator && quote == o.quote;
    }
};

} // namespace yaddas::core
