#pragma once

#include <core/QuestionKind.hpp>
#include <core/Status.hpp>
#include <core/Tolerance.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace yaddas::core {

/// One quiz question as plain data: everything a front end needs to show it and everything the
/// Grader needs to judge an answer. It holds no rendering concerns and no references into the
/// Library, so it can be copied, stored, exported (Moodle XML) or printed (`yaddas questions`).
///
/// How the fields are used per kind:
/// - SingleChoice, MultipleAnswer, TrueFalse, FillBlank: `options` are shown in order (already
///   shuffled); `key.correctOptions` holds the indexes of the right ones (exactly one except for
///   MultipleAnswer). For FillBlank, `prompt` contains the sentence with the blank as "_____";
///   a typed answer is also accepted (see `key.years`, `key.number`, `key.names`).
/// - TypedYear: `key.years` holds the accepted years.
/// - TypedNumber: `key.number` with `key.tolerance`.
/// - TypedName: `key.names` holds every accepted spelling (full names, and the surname alone
///   when no other person of the library shares it).
/// - Timeline: `options` are the events as shown (shuffled); `key.order` lists option indexes
///   from the earliest to the latest event.
/// - Matching: `options` are the left items (people, numbers), `targets` the right items
///   (roles, what a number counts), both shuffled; `key.matches[i]` is the index in `targets`
///   that belongs to `options[i]`.
struct Question {
    /// The right answer in machine form; see the struct comment for which fields a kind uses.
    struct Key {
        std::vector<std::size_t> correctOptions; ///< choice kinds: indexes into `options`
        std::vector<std::size_t> order;          ///< Timeline: option indexes, earliest first
        std::vector<std::size_t> matches;        ///< Matching: target index for each option
        std::vector<int> years;                  ///< TypedYear (and year blanks): accepted years
        std::optional<double> number;            ///< TypedNumber (and number blanks)
        Tolerance tolerance;                     ///< how close a typed number must be
        std::vector<std::string> names;          ///< TypedName (and name blanks): accepted forms
        /// Authored questions only: partial credit (0 to 1) per option (SingleChoice) or per
        /// accepted form (TypedName); empty means all or nothing. An authored TypedName compares
        /// case-insensitively but exactly (no spelling allowance: it may not be a name).
        std::vector<double> credits;
    };

    std::string id; ///< unique within a quiz: "<fact id>/<kind>" ("timeline/<first fact>" …)
    QuestionKind kind = QuestionKind::SingleChoice;
    Category category = Category::Dates;
    std::string factId;                    ///< the fact it tests (progress is kept per fact)
    std::vector<std::string> relatedFacts; ///< every fact it tests (Timeline, Matching, …)
    std::string moduleId;
    Status status = Status::Confirmed; ///< of the fact: contested/unverified facts are asked
                                       ///< "according to the source text"
    std::string prompt;
    std::vector<std::string> options; ///< choices, timeline events or matching left items
    std::vector<std::string> targets; ///< Matching: the right-hand items
    Key key;
    std::string rightAnswer; ///< the right answer in words, shown after answering
    std::string explanation; ///< why, shown after answering (with what sources say, if contested)
    /// Authored questions: a note per option (choice kinds) or per accepted form (TypedName),
    /// given as the grade's feedback when that option is chosen or that form typed.
    std::vector<std::string> optionFeedback;
    std::string context;       ///< contested/unverified: what public sources say
    std::string contextSource; ///< where that context comes from
    std::string citation;      ///< the fact's sources on one line (CitationText::forFact)
    std::string sourcePassage; ///< the source text's own words it comes from (its excerpt)
    int sourceParagraph = 0;   ///< 1-based paragraph of the source text (0: none)
    bool authored = false;     ///< written by the lesson's author, not generated
};

} // namespace yaddas::core
