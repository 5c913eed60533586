#include <core/FsrsScheduler.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace yaddas::core {
namespace {

constexpr double minStability = 0.001;
constexpr double maxStability = 36500.0;
constexpr std::int64_t secondsPerDay = 86400;

// ts-fsrs rounds most intermediate values to 8 decimals (`+x.toFixed(8)`); doing the same keeps
// our states equal to the reference implementation's, not merely close.
double round8(double x) {
    if (!std::isfinite(x)) {
        return x;
    }
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.8f", x);
    return std::strtod(buffer, nullptr);
}

// JavaScript's Math.round: halves go up.
double jsRound(double x) {
    return std::floor(x + 0.5);
}

int grade(Rating rating) {
    return static_cast<int>(rating);
}

std::int64_t floorDiv(std::int64_t a, std::int64_t b) {
    std::int64_t q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

// What a (re)learning step gives for a grade: minutes to wait and the next step; none means
// "leave the steps and let FSRS schedule in days" (ts-fsrs BasicLearningStepsStrategy).
struct StepInfo {
    bool set = false;
    double minutes = 0.0;
    int nextStep = 0;
};

StepInfo stepFor(const FsrsParameters& p, MemoryState::Phase phase, int curStep, Rating rating) {
    using Phase = MemoryState::Phase;
    const std::vector<int>& steps = (phase == Phase::Relearning || phase == Phase::Review)
                                        ? p.relearningSteps
                                        : p.learningSteps;
    const int count = static_cast<int>(steps.size());
    if (count == 0 || curStep >= count) {
        return {};
    }
    const auto at = [&](int i) { return static_cast<double>(steps[static_cast<std::size_t>(i)]); };
    if (phase == Phase::Review) {
        if (rating == Rating::Again) {
            return {true, at(std::max(0, curStep)), 0};
        }
        return {};
    }
    switch (rating) {
    case Rating::Again:
        return {true, at(0), 0};
    case Rating::Hard:
        return {true, count == 1 ? jsRound(at(0) * 1.5) : jsRound((at(0) + at(1)) / 2.0), curStep};
    case Rating::Good:
        if (curStep + 1 < count && at(curStep + 1) > 0) {
            return {true, jsRound(at(curStep + 1)), curStep + 1};
        }
        return {};
    case Rating::Easy:
        return {};
    }
    return {};
}

} // namespace

FsrsScheduler::FsrsScheduler(FsrsParameters parameters) : parameters_(std::move(parameters)) {
    decay_ = -parameters_.w[20];
    factor_ = round8(std::exp((1.0 / decay_) * std::log(0.9)) - 1.0);
    intervalModifier_ =
        round8((std::pow(parameters_.desiredRetention, 1.0 / decay_) - 1.0) / factor_);
}

std::int64_t FsrsScheduler::elapsedDays(std::int64_t from, std::int64_t to) {
    return floorDiv(to, secondsPerDay) - floorDiv(from, secondsPerDay);
}

double FsrsScheduler::initialStability(Rating rating) const {
    return std::max(parameters_.w[static_cast<std::size_t>(grade(rating) - 1)], 0.1);
}

double FsrsScheduler::initialDifficulty(Rating rating) const {
    const auto& w = parameters_.w;
    return round8(w[4] - std::exp(double(grade(rating) - 1) * w[5]) + 1.0);
}

double FsrsScheduler::nextDifficulty(double difficulty, Rating rating) const {
    const auto& w = parameters_.w;
    const double delta = -w[6] * double(grade(rating) - 3);
    const double damped = difficulty + round8(delta * (10.0 - difficulty) / 9.0);
    const double reverted = round8(w[7] * initialDifficulty(Rating::Easy) + (1.0 - w[7]) * damped);
    return std::clamp(reverted, 1.0, 10.0);
}

double FsrsScheduler::forgettingCurve(double elapsed, double stability) const {
    return round8(std::pow(1.0 + factor_ * elapsed / stability, decay_));
}

double FsrsScheduler::nextRecallStability(double d, double s, double r, Rating rating) const {
    const auto& w = parameters_.w;
    const double hardPenalty = rating == Rating::Hard ? w[15] : 1.0;
    const double easyBonus = rating == Rating::Easy ? w[16] : 1.0;
    const double next =
        s * (1.0 + std::exp(w[8]) * (11.0 - d) * std::pow(s, -w[9]) *
                       (std::exp((1.0 - r) * w[10]) - 1.0) * hardPenalty * easyBonus);
    return round8(std::clamp(next, minStability, maxStability));
}

double FsrsScheduler::nextForgetStability(double d, double s, double r) const {
    const auto& w = parameters_.w;
    const double next = w[11] * std::pow(d, -w[12]) * (std::pow(s + 1.0, w[13]) - 1.0) *
                        std::exp((1.0 - r) * w[14]);
    return round8(std::clamp(next, minStability, maxStability));
}

double FsrsScheduler::nextShortTermStability(double s, Rating rating) const {
    const auto& w = parameters_.w;
    const double increase =
        std::pow(s, -w[19]) * std::exp(w[17] * (double(grade(rating)) - 3.0 + w[18]));
    const double masked = grade(rating) >= 3 ? std::max(increase, 1.0) : increase;
    return round8(std::clamp(s * masked, minStability, maxStability));
}

int FsrsScheduler::nextInterval(double stability) const {
    const double days = std::max(1.0, jsRound(stability * intervalModifier_));
    return static_cast<int>(std::min(days, double(parameters_.maximumInterval)));
}

double FsrsScheduler::retrievability(const MemoryState& state, std::int64_t now) const {
    if (state.phase == MemoryState::Phase::New || state.reps == 0 || state.stability <= 0.0) {
        return 0.0;
    }
    const auto elapsed = std::max<std::int64_t>(0, elapsedDays(state.lastReview, now));
    return forgettingCurve(double(elapsed), state.stability);
}

MemoryState FsrsScheduler::review(const MemoryState& state, Rating rating, std::int64_t now) const {
    using Phase = MemoryState::Phase;
    MemoryState next = state;
    next.reps = state.reps + 1;
    next.lastReview = now;

    // Leaves (re)learning steps or schedules in days, as ts-fsrs applyLearningSteps does.
    const auto applySteps = [&](Phase toPhase) {
        const int curStep =
            (state.phase == Phase::Learning && rating != Rating::Again && rating != Rating::Hard)
                ? state.step + 1
                : state.step;
        const StepInfo info = stepFor(parameters_, state.phase, curStep, rating);
        const double minutes = info.set ? std::max(0.0, info.minutes) : 0.0;
        const int nextStep = info.set ? std::max(0, info.nextStep) : 0;
        if (minutes > 0.0 && minutes < 1440.0) {
            next.step = nextStep;
            next.scheduledDays = 0;
            next.phase = toPhase;
            next.due = now + static_cast<std::int64_t>(jsRound(minutes)) * 60;
        } else {
            next.phase = Phase::Review;
            if (minutes >= 1440.0) {
                next.step = nextStep;
                next.due = now + static_cast<std::int64_t>(jsRound(minutes)) * 60;
                next.scheduledDays = static_cast<int>(std::floor(minutes / 1440.0));
            } else {
                next.step = 0;
                const int interval = nextInterval(next.stability);
                next.scheduledDays = interval;
                next.due = now + std::int64_t{interval} * secondsPerDay;
            }
        }
    };

    switch (state.phase) {
    case Phase::New:
        next.difficulty = std::clamp(initialDifficulty(rating), 1.0, 10.0);
        next.stability = initialStability(rating);
        applySteps(Phase::Learning);
        break;
    case Phase::Learning:
    case Phase::Relearning:
        next.difficulty = nextDifficulty(state.difficulty, rating);
        next.stability = nextShortTermStability(state.stability, rating);
        applySteps(state.phase);
        break;
    case Phase::Review: {
        // A clock put back gives a review before the last one: no time has elapsed (a negative
        // span would make the forgetting curve, and then the stability, not a number).
        const auto elapsed = std::max<std::int64_t>(0, elapsedDays(state.lastReview, now));
        const double d = state.difficulty;
        const double s = state.stability;
        const double r = forgettingCurve(double(elapsed), s);
        next.difficulty = nextDifficulty(d, rating);
        if (rating == Rating::Again) {
            const auto& w = parameters_.w;
            const double floorStability = round8(s / std::exp(w[17] * w[18]));
            next.stability =
                std::min(std::max(floorStability, minStability), nextForgetStability(d, s, r));
            next.lapses = state.lapses + 1;
            applySteps(Phase::Relearning);
            break;
        }
        // The hard, good and easy intervals are kept in order, so each is computed.
        int hard = nextInterval(nextRecallStability(d, s, r, Rating::Hard));
        int good = nextInterval(nextRecallStability(d, s, r, Rating::Good));
        hard = std::min(hard, good);
        good = std::max(good, hard + 1);
        const int easy =
            std::max(nextInterval(nextRecallStability(d, s, r, Rating::Easy)), good + 1);
        next.stability = nextRecallStability(d, s, r, rating);
        next.phase = Phase::Review;
        next.step = 0;
        next.scheduledDays = rating == Rating::Hard ? hard : rating == Rating::Good ? good : easy;
        next.due = now + std::int64_t{next.scheduledDays} * secondsPerDay;
        break;
    }
    }
    return next;
}

} // namespace yaddas::core
