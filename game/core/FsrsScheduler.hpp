#pragma once

#include <core/FsrsParameters.hpp>
#include <core/MemoryState.hpp>
#include <core/Rating.hpp>

#include <cstdint>

namespace yaddas::core {

/// FSRS-6 spaced review, without fuzz, following the ts-fsrs 5.2 scheduler with short-term
/// (learning) steps; see game/io/PROGRESS.md. Pure: the time of each review is passed in.
class FsrsScheduler {
public:
    explicit FsrsScheduler(FsrsParameters parameters = FsrsParameters::defaults());

    /// The state after reviewing `state` with `rating` at `now` (seconds since the epoch).
    MemoryState review(const MemoryState& state, Rating rating, std::int64_t now) const;
    /// The predicted probability of recall at `now` (0 for a fact never reviewed).
    double retrievability(const MemoryState& state, std::int64_t now) const;
    /// Whole UTC calendar days from one time to a later one (negative when `to` is earlier).
    static std::int64_t elapsedDays(std::int64_t from, std::int64_t to);

    const FsrsParameters& parameters() const { return parameters_; }

    // The model's formulas, public so that tests can check them one by one.
    double initialStability(Rating rating) const;
    double initialDifficulty(Rating rating) const;
    double nextDifficulty(double difficulty, Rating rating) const;
    double forgettingCurve(double elapsedDays, double stability) const;
    double nextRecallStability(double d, double s, double r, Rating rating) const;
    double nextForgetStability(double d, double s, double r) const;
    double nextShortTermStability(double s, Rating rating) const;
    int nextInterval(double stability) const;

private:
    FsrsParameters parameters_;
    double decay_ = 0.0;
    double factor_ = 0.0;
    double intervalModifier_ = 0.0;
};

} // namespace yaddas::core
