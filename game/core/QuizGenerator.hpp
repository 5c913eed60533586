#pragma once

#include <core/LearnerView.hpp>
#include <core/Library.hpp>
#include <core/Question.hpp>
#include <core/Quiz.hpp>
#include <core/QuizSpec.hpp>

#include <optional>
#include <random>
#include <string>
#include <vector>

namespace yaddas::core {

/// Turns a library's modules into quizzes. Deterministic: it draws only from the engine it is
/// given (with its own uniform-int and shuffle, identical across standard libraries) and never
/// iterates unordered containers, so the same seed and learner always give the same quiz.
///
/// Quiz shapes (QuizSpec::Shape):
/// - AfterModule / Exam: facts of the chosen modules and categories; every category present is
///   covered first, then kinds and categories are mixed: up to a quarter of the questions span
///   several facts (at most one timeline, one matching and, in quizzes of eight or more, one
///   multiple-answer question, all from one module; a quiz over several modules may take its
///   timeline across them).
/// - MixedReview: one question per fact, due facts first (in the learner's order), then the
///   facts answered wrongly last time, then the facts asked least.
/// - RetakeMistakes: the facts answered wrongly last time, in that order.
/// The generator keeps a reference to the library: the library must outlive it.
class QuizGenerator {
public:
    explicit QuizGenerator(const Library& library) : library_(library) {}

    /// Builds the quiz with an engine seeded from spec.seed.
    Quiz generate(const QuizSpec& spec, const LearnerView& learner = {}) const;
    /// Builds the quiz drawing from `rng` (spec.seed is not used).
    Quiz generate(const QuizSpec& spec, const LearnerView& learner, std::mt19937_64& rng) const;

    /// Every question the generator can make about one fact (one per kind it supports, plus
    /// the module's authored questions on it), for checks and previews.
    std::vector<Question> questionsForFact(const std::string& factId, std::mt19937_64& rng) const;
    /// The questions that span several facts of a module: timeline, matching, multiple answer.
    std::vector<Question> groupQuestions(const Module& module, std::mt19937_64& rng) const;
    /// A timeline over the events of every module of the library, if four can be ordered.
    std::optional<Question> libraryTimeline(std::mt19937_64& rng) const;

private:
    const Library& library_;
};

} // namespace yaddas::core
