#pragma once

#include <core/FsrsScheduler.hpp>
#include <core/Learner.hpp>
#include <core/Status.hpp>

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace yaddas::core {

class Library;

/// What a learner has achieved, for the statistics screen and `yaddas progress`.
///
/// A fact is *mastered* when its FSRS retrievability now is at least 0.9 and the learner's
/// latest answer on it was right. Mastery of a module or a category is the share of its facts
/// that are mastered. Days are UTC calendar days.
struct LearnerStatistics {
    /// Which facts exist, in which module and category (taken from the lessons, not the learner).
    struct FactIndex {
        struct Module {
            std::string id;
            std::string title;
            std::vector<std::pair<std::string, Category>> facts; ///< fact id → category
        };
        std::vector<Module> modules;

        static FactIndex fromLibrary(const Library& library);
    };

    struct Mastery {
        std::size_t facts = 0;    ///< facts that exist
        std::size_t seen = 0;     ///< facts asked at least once
        std::size_t mastered = 0; ///< see above
        double share() const { return facts == 0 ? 0.0 : double(mastered) / double(facts); }
    };

    struct ModuleMastery {
        std::string moduleId;
        std::string title;
        Mastery mastery;
        double read = 0.0; ///< share of the module read, 0 … 1
    };

    struct Day {
        std::int64_t day = 0; ///< days since 1970-01-01 (UTC)
        std::string date;     ///< "2026-11-25"
        int answers = 0;
        int right = 0;
        int partial = 0;
        double seconds = 0.0; ///< time spent answering that day
        double accuracy() const { return answers == 0 ? 0.0 : double(right) / double(answers); }
    };

    std::vector<ModuleMastery> modules;  ///< in the order of the index
    std::array<Mastery, 4> categories{}; ///< indexed by Category (dates, figures, victims, ideas)
    Mastery overall;
    std::vector<Day> days; ///< days with answers, oldest first
    int currentStreak = 0; ///< days studied in a row, ending today or yesterday
    int longestStreak = 0;
    int daysStudied = 0;
    std::int64_t secondsSpent = 0; ///< over all study sessions
    int answers = 0;
    int right = 0;
    int partial = 0;
    int wrong = 0;
    int quizzes = 0;
    std::size_t dueNow = 0; ///< facts due for review at `now`

    const Mastery& category(Category c) const { return categories[static_cast<std::size_t>(c)]; }

    static LearnerStatistics compute(const Learner& learner, const FactIndex& index,
                                     std::int64_t now, const FsrsScheduler& scheduler);
    /// "2026-11-25" for a day number.
    static std::string dateOf(std::int64_t day);
};

} // namespace yaddas::core
