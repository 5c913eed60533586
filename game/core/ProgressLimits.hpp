#pragma once

#include <cstddef>
#include <cstdint>

namespace yaddas::core {

/// What a learner's progress file can hold. The progress reader refuses anything beyond these
/// (damage or mischief), so whatever the app records must stay within them: the Learner clamps
/// times and texts when a record is made, and the module validator refuses ids that are longer,
/// so that nothing written is refused when it is read back (game/io/PROGRESS.md).
struct ProgressLimits {
    /// Times run from 0 (1970-01-01) to 9999-12-31T23:59:59Z.
    static constexpr std::int64_t latestTime = 253402300799;
    /// A review is due at most the longest interval (36,500 days) after the latest time.
    static constexpr std::int64_t latestDue = latestTime + 36500LL * 86400;
    /// Module, section and fact ids, question and quiz kinds, display names (bytes).
    static constexpr std::size_t maxIdLength = 200;
    /// The answer given, as text (bytes).
    static constexpr std::size_t maxTextLength = 10000;
    /// Session ids, reviews and lapses.
    static constexpr std::int64_t maxCount = 1000000000;
    /// Questions (and right or partial answers) in one quiz.
    static constexpr int maxQuizQuestions = 1000000;
    /// The time taken by one answer: a day.
    static constexpr double maxAnswerSeconds = 86400.0;
    /// The time taken by one quiz: about 115 days.
    static constexpr double maxQuizSeconds = 1.0e7;
};

} // namespace yaddas::core
