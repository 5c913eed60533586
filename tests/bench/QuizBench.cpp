// Times quiz generation: a 20-question quiz over every shipped module (the exam shape, which
// also makes timelines, matching and multiple-answer questions), then a 20-question mixed review.
// Prints the median, 90th percentile and maximum over RUNS runs (default 2000), each with a
// different seed. Goal: a median under 1 ms.
#include <core/QuizGenerator.hpp>
#include <io/LibraryLoader.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

using namespace yaddas;

namespace {

struct Stats {
    double median = 0;
    double p90 = 0;
    double max = 0;
};

Stats summarise(std::vector<double> micros) {
    std::sort(micros.begin(), micros.end());
    Stats s;
    s.median = micros[micros.size() / 2];
    s.p90 = micros[micros.size() * 9 / 10];
    s.max = micros.back();
    return s;
}

template <class Make> Stats time(int runs, std::size_t& questions, Make make) {
    std::vector<double> micros;
    micros.reserve(static_cast<std::size_t>(runs));
    for (int i = 0; i < runs; ++i) {
        const auto start = std::chrono::steady_clock::now();
        const core::Quiz quiz = make(static_cast<std::uint64_t>(i + 1));
        const auto end = std::chrono::steady_clock::now();
        questions += quiz.questions.size();
        micros.push_back(std::chrono::duration<double, std::micro>(end - start).count());
    }
    return summarise(std::move(micros));
}

} // namespace

int main(int argc, char** argv) {
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 2000;
    const std::filesystem::path lessons = std::filesystem::path(YADDAS_SOURCE_DIR) / "lessons";
    const auto loaded = io::LibraryLoader::load({lessons}, lessons / "source-text.txt");
    if (loaded.library.modules().empty()) {
        std::fprintf(stderr, "no modules loaded from %s\n", lessons.string().c_str());
        return 1;
    }
    const core::QuizGenerator generator(loaded.library);
    std::size_t facts = 0;
    for (const auto& m : loaded.library.modules()) {
        facts += m.factCount();
    }

    std::size_t examQuestions = 0;
    const Stats exam = time(runs, examQuestions, [&](std::uint64_t seed) {
        return generator.generate(core::QuizSpec::exam({}, {}, 20, seed));
    });
    core::LearnerView learner;
    for (const auto& m : loaded.library.modules()) {
        if (!m.factIds().empty()) {
            learner.dueFacts.push_back(m.factIds().front());
        }
    }
    std::size_t reviewQuestions = 0;
    const Stats review = time(runs, reviewQuestions, [&](std::uint64_t seed) {
        return generator.generate(core::QuizSpec::mixedReview(seed, 20), learner);
    });

    std::printf("library: %zu modules, %zu facts; %d runs each\n", loaded.library.modules().size(),
                facts, runs);
    std::printf("20-question quiz over all modules: median %.1f us, p90 %.1f us, max %.1f us "
                "(%.1f questions on average)\n",
                exam.median, exam.p90, exam.max, static_cast<double>(examQuestions) / runs);
    std::printf("20-question mixed review:          median %.1f us, p90 %.1f us, max %.1f us "
                "(%.1f questions on average)\n",
                review.median, review.p90, review.max, static_cast<double>(reviewQuestions) / runs);
    std::printf("goal: median under 1000 us: %s\n",
                exam.median < 1000.0 && review.median < 1000.0 ? "met" : "NOT met");
    return 0;
}
