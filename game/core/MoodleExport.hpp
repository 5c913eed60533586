#pragma once

#include <core/MoodleQuestion.hpp>
#include <core/Question.hpp>

#include <optional>
#include <string>
#include <vector>

namespace yaddas::core {

/// Turns quiz-engine questions into Moodle questions: single choice and fill the blank become
/// multichoice (one answer), multiple answer becomes multichoice with split positive and
/// negative grades (the Grader's credit rule), true/false truefalse, a typed year or number
/// numerical (the tolerance taken from the fact's Tolerance), a typed name shortanswer (every
/// accepted spelling at 100 %), a timeline ordering and matching matching.
class MoodleExport {
public:
    /// `category` is the full category path, e.g. "$course$/Yaddas/The beginning".
    static std::optional<MoodleQuestion> convert(const Question& question,
                                                 const std::string& category);
    /// A grade Moodle accepts (100, 50, 33.33333, …, and their negatives), nearest to `percent`.
    static double nearestGrade(double percent);
    /// The grades Moodle's question bank accepts, positive ones, largest first.
    static const std::vector<double>& validGrades();
};

} // namespace yaddas::core
