#pragma once

#include <core/AssignmentResult.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace yaddas::core {

/// A class's results on one assignment: a row per learner (the attempt the assignment's rule
/// keeps), the score distribution, how each question went and which wrong answers were chosen,
/// results per category, who has not submitted and who submitted without being on the roster.
class ClassReport {
public:
    /// One learner on the roster: an id, a name, or both.
    struct RosterEntry {
        std::string id;
        std::string name;
    };

    /// One learner's answer to one question of the report (in the kept attempt).
    struct Cell {
        bool asked = false; ///< false: this question was not in the learner's kept attempt
        std::string given;
        double score = 0.0;
        Outcome outcome = Outcome::Wrong;
    };

    /// Answers and score in one category ("dates", "figures", …).
    struct CategoryScore {
        int asked = 0;
        int right = 0;
        double sum = 0.0; ///< of the answers' scores
        double mean() const { return asked > 0 ? sum / asked : 0.0; }
    };

    /// One learner's line of the report.
    struct Row {
        std::string learnerId;
        std::string learnerName;
        std::string learnerUid; ///< empty for results written before profiles had one
        std::string shortUid;   ///< LearnerUid::shortForm, to tell learners of one name apart
        std::string rosterId;   ///< the roster id she picked her name under, if any
        int attempts = 0;
        double score = 0.0; ///< of the kept attempt, 0 … 1
        int right = 0;
        int answered = 0;
        bool passed = false;
        /// The only attempts are open (not handed in): the row shows the open one, which
        /// neither passes nor counts as finished.
        bool unfinished = false;
        bool onRoster = false;      ///< a roster entry matched this row (false without a roster)
        std::int64_t submitted = 0; ///< end of the kept attempt
        double minutes = 0.0;       ///< length of the kept attempt
        std::vector<Cell> cells;    ///< one per ClassReport::questions, in its order
        std::vector<CategoryScore> byCategory; ///< one per ClassReport::categories
    };

    /// How the class did on one fact, over the kept attempts.
    struct FactStat {
        std::string factId;
        std::string prompt; ///< one prompt that asked it, for the reader of the report
        int asked = 0;
        int wrong = 0;     ///< answers not fully right
        double mean = 0.0; ///< mean score, 0 … 1
    };

    /// A wrong (or partly right) answer and how many learners gave it.
    struct WrongAnswer {
        std::string given;
        int count = 0;
    };

    /// One question of the kept attempts (by question id), for the learner × question table,
    /// the per-question chart and the wrong answers chosen.
    struct QuestionStat {
        std::string questionId;
        std::string factId;
        std::string category;
        std::string prompt;
        std::string shortText; ///< the prompt cut to a header's length (whole words, "…")
        std::string right;     ///< the right answer in words, when the results file has it
        int asked = 0;
        int wrong = 0;                         ///< answers not fully right
        double mean = 0.0;                     ///< mean score, 0 … 1
        std::vector<WrongAnswer> wrongAnswers; ///< most chosen first
    };

    /// Something the teacher should look at: two learners (different uids) with the same name,
    /// or two learners claiming the same roster id.
    struct Clash {
        enum class Kind { SameName, SameRosterId };
        Kind kind = Kind::SameName;
        std::string what; ///< the name, or the roster id
        std::vector<std::string> shortUids;
    };

    /// Builds the report. Results of one learner are merged (attempts in time order) before
    /// the assignment's rule picks the attempt that counts: by learnerUid when the file has
    /// one; a file without (an older one) joins the learner of the same learnerId when exactly
    /// one uid holder has that id, or none does. Open attempts count only when a learner has
    /// nothing handed in.
    static ClassReport build(const std::vector<AssignmentResult>& results,
                             const std::vector<RosterEntry>& roster = {});

    /// Roster names compare by TextNormalizer::nameKey: Unicode case folded with the
    /// Azerbaijani letters (İ i I ı Ə ə), spaces collapsed, so "AYSEL  MƏMMƏDOVA" is
    /// "Aysel Məmmədova" and "İLQAR" is "İlqar" and "Ilqar".
    static bool sameName(const std::string& a, const std::string& b);
    /// A prompt cut to at most `maxChars` characters at a word boundary, with "…" when cut.
    static std::string shortText(const std::string& prompt, std::size_t maxChars = 40);

    std::string assignmentId;
    std::string assignmentTitle;
    int passMark = 60;
    Assignment::Keep keep = Assignment::Keep::Best;
    std::vector<Row> rows;               ///< Azerbaijani alphabetical order, then uid and id
    std::array<int, 10> histogram{};     ///< learners per tenth of the score (90–100 % last)
    std::vector<FactStat> facts;         ///< hardest first
    std::vector<QuestionStat> questions; ///< in the order the kept attempts asked them
    std::vector<std::string> categories; ///< dates, figures, victims, ideas, then others
    std::vector<CategoryScore> classByCategory; ///< one per category, over every row
    std::vector<RosterEntry> missing;           ///< roster entries with no results
    std::vector<Clash> clashes;
    bool hasRoster = false;

    double meanScore() const;
    int passedCount() const;
    int unfinishedCount() const;
    /// Rows no roster entry matched (0 without a roster).
    int notOnRosterCount() const;
};

} // namespace yaddas::core
