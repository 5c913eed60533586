// yaddas_bench_progress: for a learner with 100,000 recorded answers,
//  - what an answer costs as the app saves it (appended to the journal, fdatasync), each one
//    timed, the journal's folds into the file included;
//  - how long writing the whole file (atomic, fsync included) and loading it take: the first
//    time in this process (as at a real start, which does each once), then the median of a warm
//    loop;
//  - loading when a comment or an unknown element inside <answers> takes the reader off its
//    fastest path.
// A program, not a test: timings depend on the machine. The learner is left in
// FOLDER/learners/bench.xml, so that `yaddas --data-dir FOLDER progress` can be timed on it.
// Usage: yaddas_bench_progress [ANSWERS] [RUNS] [FOLDER]
#include <core/FsrsScheduler.hpp>
#include <core/Learner.hpp>
#include <io/ProgressReader.hpp>
#include <io/ProgressStore.hpp>
#include <io/ProgressWriter.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double millisecondsSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// CPU time of this process: on a machine shared with other work, wall time also counts waiting
// for a core, so both are reported.
double cpuMilliseconds() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char** argv) {
    using namespace yaddas;
    using io::ProgressReader;
    const long answers = argc > 1 ? std::atol(argv[1]) : 100000;
    const int runs = argc > 2 ? std::atoi(argv[2]) : 7;
    const std::filesystem::path folder =
        argc > 3 ? std::filesystem::path(argv[3])
                 : std::filesystem::temp_directory_path() / "yaddas-bench-progress";
    std::filesystem::create_directories(folder / "learners");
    const auto file = folder / "learners" / "bench.xml";
    std::filesystem::remove(ProgressReader::journalOf(file));

    // A plausible learner: 400 facts answered over about two years, with seeded randomness.
    std::mt19937_64 rng(20261125);
    std::uniform_int_distribution<int> fact(0, 399);
    std::uniform_int_distribution<int> outcome(0, 9);
    std::uniform_real_distribution<double> seconds(2.0, 60.0);
    const core::FsrsScheduler scheduler;
    core::Learner learner(core::LearnerProfile{"bench", "Benchmark Learner", 1700000000});
    std::int64_t now = 1700000000;
    for (long i = 0; i < answers; ++i) {
        now += 600;
        core::AnswerRecord a;
        a.at = now;
        const int f = fact(rng);
        a.factId = "fact-" + std::to_string(f);
        a.moduleId = "module-" + std::to_string(f / 40);
        a.questionKind = "date-choice";
        const int o = outcome(rng);
        a.outcome = o < 7   ? core::Outcome::Right
                    : o < 8 ? core::Outcome::Partial
                            : core::Outcome::Wrong;
        a.fraction = a.outcome == core::Outcome::Right     ? 1.0
                     : a.outcome == core::Outcome::Partial ? 0.5
                                                           : 0.0;
        a.seconds = seconds(rng);
        a.given = "28 April 1920";
        learner.recordAnswer(std::move(a), scheduler);
    }

    // The first save and load in this process, as at a real start.
    double firstSave = 0;
    double firstLoad = 0;
    {
        auto start = Clock::now();
        if (!io::ProgressWriter::save(learner, file)) {
            std::fprintf(stderr, "save failed\n");
            return 1;
        }
        firstSave = millisecondsSince(start);
        start = Clock::now();
        const auto loaded = io::ProgressReader::read(file, scheduler);
        firstLoad = millisecondsSince(start);
        if (loaded.learner.answers().size() != learner.answers().size()) {
            std::fprintf(stderr, "load failed\n");
            return 1;
        }
    }

    std::vector<double> saves;
    std::vector<double> loads;
    std::vector<double> saveCpu;
    std::vector<double> loadCpu;
    std::size_t bytes = 0;
    for (int run = 0; run < runs; ++run) {
        auto start = Clock::now();
        double cpu = cpuMilliseconds();
        auto saved = io::ProgressWriter::save(learner, file);
        saves.push_back(millisecondsSince(start));
        saveCpu.push_back(cpuMilliseconds() - cpu);
        if (!saved) {
            std::fprintf(stderr, "save failed: %s\n", saved.error().message.c_str());
            return 1;
        }
        bytes = saved.value();
        start = Clock::now();
        cpu = cpuMilliseconds();
        auto loaded = io::ProgressReader::read(file, scheduler);
        loads.push_back(millisecondsSince(start));
        loadCpu.push_back(cpuMilliseconds() - cpu);
        if (loaded.status != io::ProgressReader::Status::Ok ||
            loaded.learner.answers().size() != learner.answers().size()) {
            std::fprintf(stderr, "load failed\n");
            return 1;
        }
    }
    // Where the time goes: producing the text, and parsing it without the file system.
    std::vector<double> formats;
    std::vector<double> parses;
    for (int run = 0; run < runs; ++run) {
        auto start = Clock::now();
        const std::string xml = io::ProgressWriter::toXml(learner);
        formats.push_back(millisecondsSince(start));
        start = Clock::now();
        auto parsed = io::ProgressReader::parse(xml, "bench.xml", scheduler);
        parses.push_back(millisecondsSince(start));
        if (parsed.status != io::ProgressReader::Status::Ok) {
            return 1;
        }
    }

    // The same file with a comment, then with an unknown element, among the answers: a person
    // may annotate the file, and another version of the app may add elements.
    const std::string xml = io::ProgressWriter::toXml(learner);
    const std::size_t body = xml.find("<answers>\n") + std::strlen("<answers>\n");
    const std::string commented =
        xml.substr(0, body) + "    <!-- checked by hand -->\n" + xml.substr(body);
    const std::string unknown = xml.substr(0, body) + "    <note/>\n" + xml.substr(body);
    const auto parseTimes = [&](const std::string& text, std::size_t warnings) {
        std::vector<double> times;
        for (int run = 0; run < runs; ++run) {
            const double start = cpuMilliseconds();
            auto parsed = io::ProgressReader::parse(text, "bench.xml", scheduler);
            times.push_back(cpuMilliseconds() - start);
            if (parsed.status != io::ProgressReader::Status::Ok ||
                parsed.learner.answers().size() != learner.answers().size() ||
                parsed.diagnostics.size() != warnings) {
                std::fprintf(stderr, "parse failed\n");
                std::exit(1);
            }
        }
        return median(times);
    };
    const double plain = parseTimes(xml, 0);
    const double withComment = parseTimes(commented, 0);
    const double withUnknown = parseTimes(unknown, 1);

    // Answers as the app records them: opened through the store, each appended to the journal.
    const int recorded = std::max(200, runs * 100);
    std::vector<double> answerTimes;
    double openTime = 0;
    double closeTime = 0;
    double recordBytes = 0;
    {
        io::ProgressStore store(folder);
        auto start = Clock::now();
        auto opened = store.open("bench");
        openTime = millisecondsSince(start);
        if (!opened) {
            std::fprintf(stderr, "open failed: %s\n", opened.error().message.c_str());
            return 1;
        }
        auto& session = opened.value();
        session.beginSession(now + 3600);
        for (int i = 0; i < recorded; ++i) {
            core::AnswerRecord a;
            a.at = now + 3600 + i * 10;
            a.factId = "fact-" + std::to_string(i % 400);
            a.moduleId = "module-" + std::to_string(i % 400 / 40);
            a.questionKind = "date-choice";
            a.outcome = core::Outcome::Right;
            a.fraction = 1.0;
            a.seconds = 7.5;
            a.given = "28 April 1920";
            start = Clock::now();
            if (!session.recordAnswer(a).saved) {
                std::fprintf(stderr, "an answer was not saved\n");
                return 1;
            }
            answerTimes.push_back(millisecondsSince(start));
        }
        recordBytes = double(session.journal().size()) / recorded;
        start = Clock::now();
        session.close();
        closeTime = millisecondsSince(start);
    }
    std::vector<double> sortedAnswers = answerTimes;
    std::sort(sortedAnswers.begin(), sortedAnswers.end());

    std::printf("learner with %ld answers, %zu facts: file %.1f MB\n", answers,
                learner.memory().size(), double(bytes) / 1e6);
    std::printf("an answer saved (journal append, fdatasync): median %.2f ms, p99 %.2f ms, max "
                "%.1f ms, first %.2f ms over %d answers (a fold into the file past %.0f KiB "
                "included)\n",
                sortedAnswers[sortedAnswers.size() / 2],
                sortedAnswers[sortedAnswers.size() * 99 / 100], sortedAnswers.back(),
                answerTimes.front(), recorded,
                double(io::LearnerSession::defaultJournalLimit) / 1024);
    std::printf("opening the learner (lock, read, no write): %.1f ms; closing it (the journal "
                "folded into the file): %.1f ms\n",
                openTime, closeTime);
    const double perFold = double(io::LearnerSession::defaultJournalLimit) / recordBytes;
    std::printf("a fold happens once per %.0f answers (journal limit over %.0f bytes a record): "
                "%.3f ms an answer, amortised\n",
                perFold, recordBytes, closeTime / perFold);
    std::printf("first in this process: whole-file save %.1f ms, load %.1f ms\n", firstSave,
                firstLoad);
    std::printf("save (atomic, fsync): median %.1f ms, max %.1f ms, min %.1f ms (CPU median %.1f "
                "ms) over %d runs\n",
                median(saves), *std::max_element(saves.begin(), saves.end()),
                *std::min_element(saves.begin(), saves.end()), median(saveCpu), runs);
    std::printf("load:                 median %.1f ms, max %.1f ms, min %.1f ms (CPU median %.1f "
                "ms) over %d runs\n",
                median(loads), *std::max_element(loads.begin(), loads.end()),
                *std::min_element(loads.begin(), loads.end()), median(loadCpu), runs);
    std::printf("  of which: to XML %.1f ms, parse from memory %.1f ms (medians)\n",
                median(formats), median(parses));
    std::printf("parse from memory, CPU: plain file %.1f ms; with a comment in <answers> %.1f ms "
                "(%.2f×); with an unknown element %.1f ms (%.2f×) (medians)\n",
                plain, withComment, withComment / plain, withUnknown, withUnknown / plain);
    return 0;
}
