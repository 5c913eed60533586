#pragma once

#include <cstdint>

namespace yaddas::core {

/// A stretch of study: from opening the learner to the last thing they did.
struct StudySession {
    int id = 0;
    std::int64_t start = 0; ///< seconds since the epoch, UTC
    std::int64_t end = 0;   ///< the last activity in the session

    std::int64_t seconds() const { return end > start ? end - start : 0; }
};

} // namespace yaddas::core
