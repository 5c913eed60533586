// Times quiz generation: a 20-question quiz over every module (the exam shape, which also makes
// timelines, matching and multiple-answer questions), then a 20-question mixed review for a
// learner who has worked through the whole library. Prints the library's size, then the median,
// 90th percentile and maximum over RUNS runs (default 2000), each with a different seed, and a
// digest of the questions made (the same digest before and after a change: the same quizzes).
// Goal: a median under 1 ms, with the shipped library and with one 100 times its size.
// Usage: yaddas_bench_quiz [RUNS] [EXTRA_LESSONS_FOLDER]
//   EXTRA_LESSONS_FOLDER is loaded beside the shipped lessons (tests/bench/make-library.py
//   writes one 10 or 100 times the shipped library).
#include <core/Fnv1a.hpp>
#include <core/FsrsScheduler.hpp>
#include <core/Learner.hpp>
#include <core/QuizGenerator.hpp>
#include <core/RandomSource.hpp>
#include <io/LibraryLoader.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <random>
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

template <class Make>
Stats time(int runs, std::size_t& questions, std::uint64_t& digest, Make make) {
    std::vector<double> micros;
    micros.reserve(static_cast<std::size_t>(runs));
    for (int i = 0; i < runs; ++i) {
        const auto start = std::chrono::steady_clock::now();
        const core::Quiz quiz = make(static_cast<std::uint64_t>(i + 1));
        const auto end = std::chrono::steady_clock::now();
        questions += quiz.questions.size();
        for (const auto& q : quiz.questions) {
            digest = core::Fnv1a::hash(q.id + "\n" + q.prompt + "\n", digest);
            for (const auto& o : q.options) {
                digest = core::Fnv1a::hash(o + "\n", digest);
            }
        }
        micros.push_back(std::chrono::duration<double, std::micro>(end - start).count());
    }
    return summarise(std::move(micros));
}

/// A learner who studied the whole library over the past year, module after module in reading
/// order, answering a question on every fact (three in four right) and, for half the facts, a
/// review a week later; the view is taken as the app takes it (app::Learners::view): the facts
/// due now, the facts answered wrongly last time, and how often each fact and question was asked.
core::LearnerView studiedEverything(const core::Library& library) {
    constexpr std::int64_t start = 1700000000;
    constexpr std::int64_t day = 24 * 60 * 60;
    constexpr std::int64_t year = 365 * day;
    const auto& modules = library.modules();
    std::mt19937_64 engine(20261125);
    core::RandomSource random(engine);
    std::vector<core::AnswerRecord> answers;
    const std::vector<core::QuestionKind> kinds{
        core::QuestionKind::SingleChoice, core::QuestionKind::TrueFalse,
        core::QuestionKind::FillBlank, core::QuestionKind::TypedYear};
    for (std::size_t k = 0; k < modules.size(); ++k) {
        const std::int64_t studied =
            start + static_cast<std::int64_t>(k) * year / static_cast<std::int64_t>(modules.size());
        std::int64_t at = studied;
        for (const std::string& fact : modules[k].factIds()) {
            for (int review = 0; review < 2; ++review) {
                if (review == 1 && random.below(2) == 0) {
                    continue;
                }
                core::AnswerRecord a;
                a.at = at + review * 7 * day;
                a.factId = fact;
                a.moduleId = modules[k].id;
                const auto kind = kinds[random.index(kinds.size())];
                a.questionKind = std::string(core::toString(kind));
                a.questionId = fact + "/" + a.questionKind;
                const auto draw = random.below(8);
                a.outcome = draw < 6   ? core::Outcome::Right
                            : draw < 7 ? core::Outcome::Partial
                                       : core::Outcome::Wrong;
                a.seconds = 12;
                answers.push_back(std::move(a));
            }
            at += 40;
        }
    }
    std::stable_sort(
        answers.begin(), answers.end(),
        [](const core::AnswerRecord& a, const core::AnswerRecord& b) { return a.at < b.at; });
    const core::FsrsScheduler scheduler;
    core::Learner learner;
    for (auto& a : answers) {
        learner.recordAnswer(std::move(a), scheduler);
    }
    core::LearnerView v;
    for (const auto& d : learner.dueFacts(start + year + 7 * day)) {
        v.dueFacts.push_back(d.factId);
    }
    v.wrongLastTime = learner.mistakes();
    for (const auto& a : learner.answers()) {
        ++v.timesAsked[a.factId];
        if (!a.questionId.empty()) {
            ++v.questionsAsked[a.questionId];
        }
    }
    return v;
}

} // namespace

int main(int argc, char** argv) {
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 2000;
    const std::filesystem::path lessons = std::filesystem::path(YADDAS_SOURCE_DIR) / "lessons";
    std::vector<std::filesystem::path> folders{lessons};
    if (argc > 2) {
        folders.emplace_back(argv[2]);
    }
    const auto loaded = io::LibraryLoader::load(folders, lessons / "source-text.txt");
    if (loaded.library.modules().empty()) {
        std::fprintf(stderr, "no modules loaded from %s\n", lessons.string().c_str());
        return 1;
    }
    const core::QuizGenerator generator(loaded.library);
    std::size_t facts = 0;
    std::size_t authored = 0;
    for (const auto& m : loaded.library.modules()) {
        facts += m.factCount();
        authored += m.questions.size();
    }
    const core::LearnerView learner = studiedEverything(loaded.library);
    std::printf("library: %zu modules, %zu facts, %zu authored questions; %zu messages on "
                "loading; %d runs each\n",
                loaded.library.modules().size(), facts, authored, loaded.diagnostics.size(), runs);
    std::printf("learner: %zu facts due, %zu answered wrongly last time, %zu facts asked\n",
                learner.dueFacts.size(), learner.wrongLastTime.size(), learner.timesAsked.size());

    std::size_t examQuestions = 0;
    std::uint64_t examDigest = core::Fnv1a::offsetBasis;
    const Stats exam = time(runs, examQuestions, examDigest, [&](std::uint64_t seed) {
        return generator.generate(core::QuizSpec::exam({}, {}, 20, seed));
    });
    std::size_t reviewQuestions = 0;
    std::uint64_t reviewDigest = core::Fnv1a::offsetBasis;
    const Stats review = time(runs, reviewQuestions, reviewDigest, [&](std::uint64_t seed) {
        return generator.generate(core::QuizSpec::mixedReview(seed, 20), learner);
    });

    std::printf("20-question quiz over all modules: median %.1f us, p90 %.1f us, max %.1f us "
                "(%.1f questions on average, digest %s)\n",
                exam.median, exam.p90, exam.max, static_cast<double>(examQuestions) / runs,
                core::Fnv1a::hex(examDigest).c_str());
    std::printf("20-question mixed review:          median %.1f us, p90 %.1f us, max %.1f us "
                "(%.1f questions on average, digest %s)\n",
                review.median, review.p90, review.max, static_cast<double>(reviewQuestions) / runs,
                core::Fnv1a::hex(reviewDigest).c_str());
    std::printf("goal: median under 1000 us: %s\n",
                exam.median < 1000.0 && review.median < 1000.0 ? "met" : "NOT met");
    return 0;
}
