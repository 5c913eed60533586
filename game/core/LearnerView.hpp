#pragma once

#include <map>
#include <string>
#include <vector>

namespace yaddas::core {

/// What the quiz generator needs to know about a learner, as plain data the app fills from its
/// progress store (the generator does not depend on how progress is kept).
struct LearnerView {
    std::vector<std::string> dueFacts;      ///< facts due for review, most urgent first
    std::vector<std::string> wrongLastTime; ///< facts answered wrongly the last time they came up
    std::map<std::string, int> timesAsked;  ///< how often each fact has been asked (absent: never)
    std::map<std::string, int> questionsAsked; ///< how often each question id has been asked
};

} // namespace yaddas::core
