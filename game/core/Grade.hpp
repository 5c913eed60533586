#pragma once

#include <core/Outcome.hpp>

#include <string>

namespace yaddas::core {

/// The Grader's verdict on one answer.
struct Grade {
    Outcome outcome = Outcome::Wrong;
    double fraction = 0.0;   ///< credit from 0 to 1 (1 when right, 0 when wrong)
    std::string rightAnswer; ///< the right answer in words
    std::string feedback;    ///< a short note on the answer ("not a year", "3 of 5 pairs right")
};

} // namespace yaddas::core
