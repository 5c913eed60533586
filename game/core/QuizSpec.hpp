#pragma once

#include <core/Status.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace yaddas::core {

/// What quiz to build: its shape, what it draws on, how long it is, and the seed that makes it
/// reproducible (the same spec and the same learner give the same quiz).
struct QuizSpec {
    enum class Shape {
        AfterModule, ///< about ten questions over one module's facts, mixing kinds and categories
        MixedReview, ///< across modules, due facts first, then facts asked least
        RetakeMistakes, ///< the facts answered wrongly last time
        Exam,           ///< a fixed quiz a teacher defines: modules, categories, count and seed
    };

    Shape shape = Shape::AfterModule;
    std::vector<std::string> modules; ///< module ids; empty: every module of the library
    std::vector<Category> categories; ///< empty: every category
    std::size_t count = 10;           ///< at most this many questions
    std::uint64_t seed = 1;

    static QuizSpec afterModule(std::string moduleId, std::uint64_t seed, std::size_t count = 10);
    static QuizSpec mixedReview(std::uint64_t seed, std::size_t count = 20);
    static QuizSpec retakeMistakes(std::uint64_t seed, std::size_t count = 10);
    static QuizSpec exam(std::vector<std::string> modules, std::vector<Category> categories,
                         std::size_t count, std::uint64_t seed);
};

} // namespace yaddas::core
