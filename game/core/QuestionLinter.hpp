#pragma once

#include <core/Library.hpp>
#include <core/Question.hpp>

#include <string>
#include <vector>

namespace yaddas::core {

/// The defects of a generated question that a machine can find, as a history teacher would strike
/// them out: the same option twice, an option the stem already shows, a date outside the period
/// of the question's module, a wrong number far from the right one, a template left with broken
/// grammar, a contested or unverified fact asked without saying who states it, a sentence repeated
/// in the explanation. Each defect is one short line.
class QuestionLinter {
public:
    static std::vector<std::string> defects(const Question& question, const Library& library);
};

} // namespace yaddas::core
