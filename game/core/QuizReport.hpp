#pragma once

#include <core/Outcome.hpp>
#include <core/Status.hpp>

#include <string>
#include <vector>

namespace yaddas::core {

/// What the results screen shows of a finished quiz: plain values, so it does not depend on how
/// the quiz was run.
struct QuizReport {
    struct Item {
        std::string factId;
        Category category = Category::Dates;
        Outcome outcome = Outcome::Wrong;
        std::string prompt;
        std::string given;       ///< the learner's answer, as text
        std::string correct;     ///< the right answer, as text
        std::string explanation; ///< with the context note for contested facts
    };

    std::string moduleId;
    std::string moduleTitle;
    std::vector<Item> items;

    /// Right answers count 1, partly right ½.
    double score() const;
    /// [right-equivalents, asked] for one category.
    std::pair<double, int> scoreOf(Category category) const;
};

} // namespace yaddas::core
