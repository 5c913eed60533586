#pragma once

#include <core/AssignmentResult.hpp>

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace yaddas::core {

/// A class's results on one assignment: a row per learner (the attempt the assignment's rule
/// keeps), the score distribution, how hard each fact was, and who has not submitted.
class ClassReport {
public:
    /// One learner on the roster: an id, a name, or both.
    struct RosterEntry {
        std::string id;
        std::string name;
    };

    /// One learner's line of the report.
    struct Row {
        std::string learnerId;
        std::string learnerName;
        int attempts = 0;
        double score = 0.0; ///< of the kept attempt, 0 … 1
        int right = 0;
        int answered = 0;
        bool passed = false;
        std::int64_t submitted = 0; ///< end of the kept attempt
        double minutes = 0.0;       ///< length of the kept attempt
    };

    /// How the class did on one fact, over the kept attempts.
    struct FactStat {
        std::string factId;
        std::string prompt; ///< one prompt that asked it, for the reader of the report
        int asked = 0;
        int wrong = 0;     ///< answers not fully right
        double mean = 0.0; ///< mean score, 0 … 1
    };

    /// Builds the report; several results of one learner are merged (attempts in time order)
    /// before the assignment's rule picks the attempt that counts.
    static ClassReport build(const std::vector<AssignmentResult>& results,
                             const std::vector<RosterEntry>& roster = {});

    std::string assignmentId;
    std::string assignmentTitle;
    int passMark = 60;
    Assignment::Keep keep = Assignment::Keep::Best;
    std::vector<Row> rows;            ///< by learner name, then id
    std::array<int, 10> histogram{};  ///< learners per tenth of the score (90–100 % last)
    std::vector<FactStat> facts;      ///< hardest first
    std::vector<RosterEntry> missing; ///< roster entries with no results
    bool hasRoster = false;

    double meanScore() const;
    int passedCount() const;
};

} // namespace yaddas::core
