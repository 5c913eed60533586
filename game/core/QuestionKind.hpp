#pragma once

#include <optional>
#include <string_view>

namespace yaddas::core {

/// The form of a quiz question: how it is shown and how an answer to it is given.
enum class QuestionKind {
    SingleChoice,   ///< four options, exactly one right
    MultipleAnswer, ///< several options, one or more right; partial credit
    TrueFalse,      ///< options "True" and "False"
    TypedYear,      ///< the learner types a year
    TypedNumber,    ///< the learner types a number, accepted within the figure's tolerance
    TypedName,      ///< the learner types a person's name, in any accepted spelling
    Timeline,       ///< put four to six events in order; partial credit
    Matching,       ///< match each left item to one target; partial credit
    FillBlank,      ///< a sentence of the lesson with one blank; pick (or type) what fills it
};

/// "single", "multiple", "truefalse", "year", "number", "name", "timeline", "matching", "blank".
std::string_view toString(QuestionKind kind);
std::optional<QuestionKind> questionKindFromString(std::string_view text);

/// True for the kinds answered by choosing among options (single, multiple, true/false, blank).
bool isChoice(QuestionKind kind);
/// True for the kinds answered by typing text (year, number, name).
bool isTyped(QuestionKind kind);

} // namespace yaddas::core
