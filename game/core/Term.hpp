#pragma once

#include <core/FactMeta.hpp>

#include <string>

namespace yaddas::core {

/// A glossary entry: a word the lessons use and what it means.
struct Term {
    FactMeta meta;
    std::string word;       ///< "Musavat"
    std::string definition; ///< one or two sentences
    /// What sort of word it is ("charge", "body", "place"): a word is paired in questions only
    /// with definitions of its own sort. Empty in format 1, where all terms are one sort.
    std::string kind;
};

} // namespace yaddas::core
