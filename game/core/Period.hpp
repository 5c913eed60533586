#pragma once

namespace yaddas::core {

/// The years a module's dates belong to. Wrong dates in its questions stay inside it: "the 1850s
/// to the 1870s" is no option for a question on 1937. A module may declare its own; this
/// library's default covers the repressions (1920 to the early 1950s) and the years around them.
struct Period {
    int first = 1900;
    int last = 1960;

    bool contains(int year) const { return year >= first && year <= last; }
};

} // namespace yaddas::core
