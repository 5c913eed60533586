#pragma once

#include <core/Outcome.hpp>
#include <core/Symbol.hpp>

#include <cstdint>

namespace yaddas::core {

/// One answer a learner gave, kept for ever: what was asked, what was answered, how it was judged.
/// Plain data, so that the quiz engine and the progress file need not know each other. A
/// learner may have hundreds of thousands: texts are interned symbols (the same few hundred
/// ids and answers recur), so a record takes 72 bytes.
struct AnswerRecord {
    std::int64_t at = 0;      ///< when (seconds since the epoch, UTC)
    std::int32_t session = 0; ///< the study session it belongs to (0: none)
    Outcome outcome = Outcome::Wrong;
    Symbol questionKind;   ///< "date-order", "figure-number", … as the quiz engine names it
    Symbol questionId;     ///< the question's own id (empty in files written before it was kept)
    Symbol factId;         ///< the fact the question tests
    Symbol moduleId;       ///< the module the fact belongs to
    Symbol given;          ///< the answer as text
    double fraction = 0.0; ///< 0 … 1: share of a partial answer that was right
    double seconds = 0.0;  ///< time taken to answer
};

} // namespace yaddas::core
