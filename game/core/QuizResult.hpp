#pragma once

#include <cstdint>
#include <string>

namespace yaddas::core {

/// The result of one finished quiz (the answers themselves are kept as AnswerRecords).
struct QuizResult {
    std::int64_t at = 0; ///< when it finished
    int session = 0;
    std::string kind;     ///< "module", "review", "dates", … as the quiz engine names it
    std::string moduleId; ///< empty for a quiz across modules
    int questions = 0;
    int right = 0;
    int partial = 0;
    double seconds = 0.0; ///< time spent on the quiz
};

} // namespace yaddas::core
