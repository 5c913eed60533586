#pragma once

#include <core/Module.hpp>
#include <core/MoodleQuestion.hpp>

#include <optional>
#include <string>
#include <vector>

namespace yaddas::core {

/// Turns a Moodle question bank into a lesson module the app can use, as authored questions:
/// - multichoice (one or several answers) and truefalse are kept, with each answer's feedback;
///   a single-answer option with partial credit (50 %) keeps its credit;
/// - shortanswer becomes a typed answer (the accepted answers with their credit; a catch-all
///   `*` answer worth nothing is dropped, other wildcards are refused);
/// - numerical becomes a typed number within the answer's tolerance;
/// - ordering becomes an order question (the items in the right order);
/// - matching becomes one single-choice question per pair (the other answers as options);
/// - everything else (essay, cloze, drag and drop, …), and any question with embedded media or
///   grades Moodle itself would refuse, is skipped with a reason.
/// Each kept question is tied to an "unverified" claim fact attributed to the question bank, and
/// marked as asked by its questions only (no question is generated from it). Question and fact
/// ids start with the module id, so several banks load side by side.
class MoodleImport {
public:
    /// A question left out, and why.
    struct Skipped {
        std::string name;
        std::string type;
        int line = 0;
        std::string reason;
    };
    struct Result {
        Module module;
        std::vector<Skipped> skipped;
        int imported = 0; ///< Moodle questions kept (a matching question counts once)
    };

    /// `sourceFile` names the bank in attributions; `moduleId` must be a valid module id.
    /// `category` puts every question in one quiz category; without it ordering questions are
    /// asked under dates, numerical ones under figures and the rest under ideas.
    static Result convert(const std::vector<MoodleQuestion>& questions, const std::string& moduleId,
                          const std::string& title, const std::string& sourceFile,
                          std::optional<Category> category = std::nullopt);
    /// Why Moodle itself would refuse these answers' grades, or empty when they are valid.
    static std::string gradeProblem(const MoodleQuestion& question);
};

} // namespace yaddas::core
