// How the work of making a quiz grows with the library, counted in memory allocations (every
// name, definition or id the generator normalises or copies is one), never timed: the test
// gives the same counts on every machine. A quiz over a library ten times the shipped one must
// take about the work of one over the shipped library. When each question normalised every
// person's names and every term's definition of the library, and each quiz copied every fact
// id, an exam took 1.4 times the allocations and a mixed review 2.6 times, more the larger the
// library.
//
// This file replaces the global operator new and delete of the test program, to count.
#include <core/QuizGenerator.hpp>
#include <io/LibraryLoader.hpp>

#include "LibraryCopies.hpp"

#include <catch2/catch.hpp>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <new>

// Under the address sanitizer its own allocator must stay in place: nothing is counted there.
#if defined(__SANITIZE_ADDRESS__)
#define YADDAS_COUNT_ALLOCATIONS 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define YADDAS_COUNT_ALLOCATIONS 0
#endif
#endif
#ifndef YADDAS_COUNT_ALLOCATIONS
#define YADDAS_COUNT_ALLOCATIONS 1
#endif

namespace {

std::atomic<std::size_t> allocations{0};

} // namespace

#if YADDAS_COUNT_ALLOCATIONS
void* operator new(std::size_t size) {
    allocations.fetch_add(1, std::memory_order_relaxed);
    if (void* p = std::malloc(size == 0 ? 1 : size)) {
        return p;
    }
    throw std::bad_alloc();
}

void operator delete(void* p) noexcept {
    std::free(p);
}

void operator delete(void* p, std::size_t) noexcept {
    std::free(p);
}
#endif

using namespace yaddas;

namespace {

core::Library shipped() {
    const std::filesystem::path lessons = std::filesystem::path(YADDAS_SOURCE_DIR) / "lessons";
    return io::LibraryLoader::load({lessons}, lessons / "source-text.txt").library;
}

/// A learner with facts due in every module (the first two of each), one answered wrongly in
/// each, every one of them asked before.
core::LearnerView learnerOf(const core::Library& library) {
    core::LearnerView v;
    for (const core::Module& m : library.modules()) {
        const auto ids = m.factIds();
        for (std::size_t i = 0; i < ids.size() && i < 3; ++i) {
            (i < 2 ? v.dueFacts : v.wrongLastTime).push_back(ids[i]);
            v.timesAsked[ids[i]] = 1;
        }
    }
    return v;
}

/// The allocations of one quiz, on average over forty seeds.
template <class Make> double allocationsPerQuiz(Make make) {
    std::size_t total = 0;
    for (std::uint64_t seed = 1; seed <= 40; ++seed) {
        const std::size_t before = allocations.load();
        const core::Quiz quiz = make(seed);
        total += allocations.load() - before;
        REQUIRE(quiz.questions.size() == 20);
    }
    return static_cast<double>(total) / 40.0;
}

} // namespace

TEST_CASE("A quiz over a library ten times larger takes about the same work",
          "[core][quiz][generator]") {
    if (!YADDAS_COUNT_ALLOCATIONS) {
        WARN("allocations are not counted under the address sanitizer");
        return;
    }
    const core::Library one = shipped();
    REQUIRE(one.modules().size() >= 6);
    const core::Library ten = test::copies(one, 10);
    REQUIRE(ten.modules().size() == 10 * one.modules().size());

    struct Work {
        double exam;
        double review;
    };
    const auto work = [](const core::Library& library) {
        // The generator is made once per quiz, as the app makes it.
        const core::LearnerView learner = learnerOf(library);
        return Work{allocationsPerQuiz([&](std::uint64_t seed) {
                        return core::QuizGenerator(library).generate(
                            core::QuizSpec::exam({}, {}, 20, seed));
                    }),
                    allocationsPerQuiz([&](std::uint64_t seed) {
                        return core::QuizGenerator(library).generate(
                            core::QuizSpec::mixedReview(seed, 20), learner);
                    })};
    };
    const Work atOne = work(one);
    const Work atTen = work(ten);
    CAPTURE(atOne.exam, atTen.exam, atOne.review, atTen.review);
    CHECK(atTen.exam < 1.25 * atOne.exam);
    CHECK(atTen.review < 1.25 * atOne.review);

    // The mixed review still asks the due facts first, in the learner's order.
    const core::LearnerView learner = learnerOf(ten);
    const auto quiz =
        core::QuizGenerator(ten).generate(core::QuizSpec::mixedReview(7, 20), learner);
    REQUIRE(quiz.questions.size() == 20);
    CHECK(quiz.questions[0].factId == learner.dueFacts[0]);
}
