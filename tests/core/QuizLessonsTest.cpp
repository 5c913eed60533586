// The question engine over the shipped lessons: every module, 1,000 seeds.
#include <core/QuizGenerator.hpp>
#include <io/LibraryLoader.hpp>

#include "QuestionChecks.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <set>

using namespace yaddas;

namespace {

io::LibraryLoader::Result shippedLessons() {
    const std::filesystem::path lessons = std::filesystem::path(YADDAS_SOURCE_DIR) / "lessons";
    return io::LibraryLoader::load({lessons}, lessons / "source-text.txt");
}

} // namespace

TEST_CASE("Quizzes over every shipped module, 1,000 seeds", "[core][quiz][lessons][slow]") {
    const auto loaded = shippedLessons();
    for (const auto& d : loaded.diagnostics) {
        UNSCOPED_INFO(d.format());
    }
    REQUIRE_FALSE(core::hasErrors(loaded.diagnostics));
    const core::Library& library = loaded.library;
    REQUIRE(library.modules().size() >= 6);
    const core::QuizGenerator generator(library);

    std::size_t checked = 0;
    for (const auto& m : library.modules()) {
        std::set<core::Category> want;
        for (const auto& id : m.factIds()) {
            want.insert(*m.categoryOf(id));
        }
        for (std::uint64_t seed = 1; seed <= 1000; ++seed) {
            const auto quiz = generator.generate(core::QuizSpec::afterModule(m.id, seed));
            std::set<core::Category> got;
            std::string problems;
            for (const auto& q : quiz.questions) {
                got.insert(q.category);
                for (const auto& p : test::questionProblems(q, library)) {
                    problems += p + "\n";
                }
            }
            checked += quiz.questions.size();
            if (!problems.empty() || got != want || quiz.questions.empty()) {
                INFO("module " << m.id << ", seed " << seed << "\n" << problems);
                CHECK(problems.empty());
                CHECK(got == want);
                CHECK_FALSE(quiz.questions.empty());
            }
        }
    }
    CHECK(checked >= 6 * 1000 * 8);
}

TEST_CASE("Every question the shipped lessons allow passes the checks", "[core][quiz][lessons]") {
    const auto loaded = shippedLessons();
    REQUIRE_FALSE(core::hasErrors(loaded.diagnostics));
    const core::Library& library = loaded.library;
    const core::QuizGenerator generator(library);
    std::set<core::QuestionKind> kinds;
    for (std::uint64_t seed = 1; seed <= 20; ++seed) {
        std::mt19937_64 rng(seed);
        for (const auto& m : library.modules()) {
            for (const auto& id : m.factIds()) {
                const auto questions = generator.questionsForFact(id, rng);
                INFO(id);
                CHECK_FALSE(questions.empty());
                for (const auto& q : questions) {
                    kinds.insert(q.kind);
                    const auto problems = test::questionProblems(q, library);
                    if (!problems.empty()) {
                        FAIL_CHECK(problems.front());
                    }
                }
            }
            for (const auto& q : generator.groupQuestions(m, rng)) {
                kinds.insert(q.kind);
                const auto problems = test::questionProblems(q, library);
                if (!problems.empty()) {
                    FAIL_CHECK(problems.front());
                }
            }
        }
    }
    std::mt19937_64 rng(3);
    const auto timeline = generator.libraryTimeline(rng);
    REQUIRE(timeline);
    kinds.insert(timeline->kind);
    const auto problems = test::questionProblems(*timeline, library);
    CHECK(problems.empty());
    CHECK(kinds.size() == 9);
}

TEST_CASE("A mixed review over all shipped modules", "[core][quiz][lessons]") {
    const auto loaded = shippedLessons();
    const core::QuizGenerator generator(loaded.library);
    for (std::uint64_t seed = 1; seed <= 50; ++seed) {
        const auto quiz = generator.generate(core::QuizSpec::exam({}, {}, 20, seed));
        CHECK(quiz.questions.size() == 20);
        std::set<std::string> modules;
        for (const auto& q : quiz.questions) {
            modules.insert(q.moduleId);
            const auto problems = test::questionProblems(q, loaded.library);
            if (!problems.empty()) {
                FAIL_CHECK(problems.front());
            }
        }
        CHECK(modules.size() >= 3);
    }
}
