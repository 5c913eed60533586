#pragma once

#include <core/FactMeta.hpp>

#include <string>

namespace yaddas::core {

/// A glossary entry: a word the lessons use and what it means.
struct Term {
    FactMeta meta;
    std::string word;       ///< "Musavat"
    std::string definition; ///< one or two sentences
};

} // namespace yaddas::core
