#pragma once

#include <array>
#include <vector>

namespace yaddas::core {

/// The settings of the FSRS-6 scheduler: the 21 model weights and the scheduling options.
/// defaults() gives the published FSRS-6 defaults (as in ts-fsrs 5.2 and py-fsrs 6).
struct FsrsParameters {
    std::array<double, 21> w{};
    double desiredRetention = 0.9;
    int maximumInterval = 36500;           ///< days
    std::vector<int> learningSteps{1, 10}; ///< minutes, for a new fact
    std::vector<int> relearningSteps{10};  ///< minutes, after a lapse

    static FsrsParameters defaults();
};

} // namespace yaddas::core
