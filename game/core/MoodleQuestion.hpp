#pragma once

#include <string>
#include <vector>

namespace yaddas::core {

/// One question of a Moodle XML question bank as plain data, between the Moodle reader/writer
/// and the conversions to and from the quiz engine's questions. Texts are plain text (the reader
/// strips HTML; the writer escapes it).
struct MoodleQuestion {
    /// An `<answer>`: its text and its grade in percent (Moodle's "fraction").
    struct Answer {
        std::string text;
        double fraction = 0.0;
        double tolerance = 0.0; ///< numerical answers only
        std::string feedback;
    };
    /// A matching pair (`<subquestion>`); an empty `text` is a distractor target.
    struct Pair {
        std::string text;
        std::string answer;
    };

    std::string type; ///< Moodle's type: "multichoice", "truefalse", "matching", …
    std::string name;
    std::string prompt;   ///< the question text
    std::string category; ///< the category path in force ("$course$/Yaddas/…")
    std::string generalFeedback;
    std::string idNumber;
    bool single = true;          ///< multichoice: one answer or several
    std::vector<Answer> answers; ///< in file order
    std::vector<Pair> pairs;     ///< matching
    bool hasMedia = false;       ///< images, files or @@PLUGINFILE@@ references in the texts
    int mediaLine = 0;           ///< the line of the first image or file, when known
    std::string gradingType;     ///< ordering: Moodle's <gradingtype> (export: how it grades)
    bool badGrade = false;       ///< a fraction that is not a number
    int line = 0;
};

} // namespace yaddas::core
