#pragma once

#include <core/Status.hpp>

#include <optional>
#include <string>
#include <vector>

namespace yaddas::core {

/// A question written by a lesson's author rather than generated from facts.
struct AuthoredQuestion {
    enum class Kind { Single, Multiple, TrueFalse };

    struct Option {
        std::string text;
        bool correct = false;
    };

    std::string id;
    Kind kind = Kind::Single;
    std::string fact;                 ///< the fact it tests (required: progress is kept per fact)
    std::optional<Category> category; ///< defaults to the fact's category
    std::string prompt;
    std::vector<Option> options; ///< for true/false: "True" and "False"
    std::string explanation;
    bool always = false; ///< asked in every quiz of its module, not only every few quizzes
    int line = 0;
};

} // namespace yaddas::core
