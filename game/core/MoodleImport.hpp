#pragma once

#include <core/Module.hpp>
#include <core/MoodleQuestion.hpp>

#include <string>
#include <vector>

namespace yaddas::core {

/// Turns a Moodle question bank into a lesson module the app can use. The lesson format holds
/// authored questions of three kinds (single, multiple, true/false), each tied to a fact, so:
/// - multichoice (one or several answers) and truefalse are kept as they are;
/// - matching becomes one single-choice question per pair (the other answers as options);
/// - everything else (shortanswer, numerical, ordering, essay, cloze, drag and drop, …), and
///   any question with embedded media or grades Moodle itself would refuse, is skipped with a
///   reason.
/// Each kept question is tied to an "unverified" claim fact stating the question and its answer,
/// attributed to the question bank: the module is usable at once but marked as not checked
/// against the source text.
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
    static Result convert(const std::vector<MoodleQuestion>& questions, const std::string& moduleId,
                          const std::string& title, const std::string& sourceFile);
    /// Why Moodle itself would refuse these answers' grades, or empty when they are valid.
    static std::string gradeProblem(const MoodleQuestion& question);
};

} // namespace yaddas::core
