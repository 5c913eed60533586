#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace yaddas::core {

/// What the scheduler knows about one fact for one learner (an FSRS "card").
/// Times are seconds since the Unix epoch (UTC).
struct MemoryState {
    enum class Phase { New, Learning, Review, Relearning };

    Phase phase = Phase::New;
    double stability = 0.0;  ///< days until retrievability falls to 90 %
    double difficulty = 0.0; ///< 1 (easy) … 10 (hard)
    int step = 0;            ///< current (re)learning step
    std::int64_t lastReview = 0;
    std::int64_t due = 0;
    int scheduledDays = 0; ///< the interval given at the last review, in days (0: minutes)
    int reps = 0;
    int lapses = 0;

    friend bool operator==(const MemoryState& a, const MemoryState& b) {
        return a.phase == b.phase && a.stability == b.stability && a.difficulty == b.difficulty &&
               a.step == b.step && a.lastReview == b.lastReview && a.due == b.due &&
               a.scheduledDays == b.scheduledDays && a.reps == b.reps && a.lapses == b.lapses;
    }
};

std::string_view toString(MemoryState::Phase phase);
std::optional<MemoryState::Phase> phaseFromString(std::string_view text);

} // namespace yaddas::core
