#pragma once

#include <core/Diagnostic.hpp>
#include <core/HistoricalDate.hpp>
#include <core/Library.hpp>
#include <core/Quiz.hpp>
#include <core/QuizSpec.hpp>
#include <core/Roster.hpp>
#include <core/Status.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace yaddas::core {

/// A quiz a teacher sets for a class (file format: game/io/ASSIGNMENTS.md): what it covers,
/// how many questions, whose questions are the same, the pass mark, the due date and the rules
/// for attempts. The app builds each learner's quiz from it with quizFor().
struct Assignment {
    /// Whether every learner gets the same questions or each their own shuffle.
    enum class SeedRule { Same, PerLearner };
    /// Which attempt counts when a learner makes several.
    enum class Keep { Best, Last };

    static constexpr std::size_t maxCount = 200;        ///< questions in one assignment
    static constexpr int maxAttempts = 100;             ///< attempts allowed
    static constexpr int maxTimeLimitMinutes = 24 * 60; ///< a day
    static constexpr std::size_t maxTitleLength = 200;

    std::string id; ///< stable: results files refer to it
    std::string title;
    std::vector<std::string> modules; ///< module ids; empty: every module
    std::vector<Category> categories; ///< empty: every category
    std::size_t count = 10;
    std::uint64_t seed = 1;
    SeedRule seedRule = SeedRule::Same;
    int passMark = 60;                 ///< percent of the score needed to pass
    std::optional<HistoricalDate> due; ///< a day
    int attempts = 1;                  ///< attempts allowed
    std::optional<int> timeLimitMinutes;
    Keep keep = Keep::Best;
    /// The class list (`<class>`): learners pick their name from it when they start, and the
    /// results file keeps the id they picked. Every entry has an id; empty: no list.
    std::vector<Roster::Entry> classList;

    /// The seed of one learner's quiz: the assignment's seed, or for PerLearner a stable
    /// FNV-1a hash of the seed and the learner id (the same learner always gets the same quiz).
    std::uint64_t seedFor(const std::string& learnerId) const;
    /// The quiz spec for one learner (an Exam over the assignment's modules and categories).
    QuizSpec specFor(const std::string& learnerId) const;
    /// The learner's quiz, built by the quiz engine from specFor(learnerId): the same learner
    /// always gets the same questions in the same order.
    Quiz quizFor(const Library& library, const std::string& learnerId) const;
    /// Module ids and categories the library does not have, as errors naming `file`.
    Diagnostics checkAgainst(const Library& library, const std::string& file) const;
    /// The end of the due day (its last second, UTC, as seconds since the epoch), if there is
    /// a due date: the app may warn about or refuse a later start.
    std::optional<std::int64_t> dueEnd() const;
    /// When an attempt started at `start` must end under the time limit, if there is one.
    std::optional<std::int64_t> deadline(std::int64_t start) const;
    /// True when the score (0 … 1) reaches the pass mark.
    bool passes(double score) const;

    /// A readable id from a title: lowercase letters, digits and '-' ("assignment" when empty).
    static std::string slugOf(const std::string& title);
};

std::string_view toString(Assignment::Keep keep);
std::optional<Assignment::Keep> keepFromString(std::string_view text);

} // namespace yaddas::core
