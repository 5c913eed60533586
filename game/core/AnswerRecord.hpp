#pragma once

#include <core/Outcome.hpp>

#include <cstdint>
#include <string>

namespace yaddas::core {

/// One answer a learner gave, kept for ever: what was asked, what was answered, how it was judged.
/// Plain data, so that the quiz engine and the progress file need not know each other.
struct AnswerRecord {
    std::int64_t at = 0;      ///< when (seconds since the epoch, UTC)
    int session = 0;          ///< the study session it belongs to (0: none)
    std::string questionKind; ///< "date-order", "figure-number", … as the quiz engine names it
    std::string questionId;   ///< the question's own id (empty in files written before it was kept)
    std::string factId;       ///< the fact the question tests
    std::string moduleId;     ///< the module the fact belongs to
    std::string given;        ///< the answer as text
    Outcome outcome = Outcome::Wrong;
    double fraction = 0.0; ///< 0 … 1: share of a partial answer that was right
    double seconds = 0.0;  ///< time taken to answer
};

} // namespace yaddas::core
