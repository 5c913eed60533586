#pragma once

#include <core/Question.hpp>
#include <core/QuizSpec.hpp>

#include <vector>

namespace yaddas::core {

/// A generated quiz: the spec it was built from and its questions in the order to ask them.
struct Quiz {
    QuizSpec spec;
    std::vector<Question> questions;
};

} // namespace yaddas::core
