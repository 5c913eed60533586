// yaddas_progress_crash: a learner with 40,000 answers is opened by a child process that records
// answers (each appended to the journal at once, the journal folded into the file every few
// dozen answers) until it is killed with SIGKILL at a random moment, often in the middle of
// writing the file; 100 times. An answer is confirmed when recordAnswer's save returned
// saved=true; the child reports each confirmed answer to the parent through a pipe. After every
// kill the file on disk (or, when it is damaged, what ProgressStore::open recovers) must hold
// every answer ever confirmed. Exit status 0 when it does, 1 when an answer was lost.
// Usage: yaddas_progress_crash [KILLS] [ANSWERS] [SEED]
#include <core/FsrsScheduler.hpp>
#include <core/Learner.hpp>
#include <io/ProgressReader.hpp>
#include <io/ProgressStore.hpp>
#include <io/ProgressWriter.hpp>

#include <chrono>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>
#include <unordered_set>
#include <vector>

#include <sys/wait.h>
#include <unistd.h>

namespace {

using namespace yaddas;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

constexpr std::int64_t start = 1795618800; // 2026-11-25 15:00:00 UTC
const std::string learnerId = "crash";

core::AnswerRecord answerNumber(std::int64_t k) {
    core::AnswerRecord a;
    a.at = start + k; // the time identifies the answer
    a.questionKind = "date-choice";
    a.factId = "fact-" + std::to_string(k % 400);
    a.moduleId = "module-" + std::to_string(k % 400 / 40);
    a.given = "answer " + std::to_string(k);
    a.outcome = k % 4 == 0 ? core::Outcome::Wrong : core::Outcome::Right;
    a.fraction = a.outcome == core::Outcome::Right ? 1.0 : 0.0;
    a.seconds = 8.5;
    return a;
}

double secondsSince(Clock::time_point t0) {
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

/// The child: opens the learner and records answers numbered from `first` until it is killed,
/// writing the number of each answer whose save succeeded to `report`.
[[noreturn]] void recordUntilKilled(const fs::path& folder, std::int64_t first, int report,
                                    std::uintmax_t journalLimit) {
    io::ProgressStore store(folder);
    store.setJournalLimit(journalLimit);
    auto session = store.open(learnerId);
    if (!session) {
        std::fprintf(stderr, "child: cannot open the learner: %s\n",
                     session.error().message.c_str());
        ::_exit(3);
    }
    for (std::int64_t k = first;; ++k) {
        if (session.value().recordAnswer(answerNumber(k)).saved) {
            // 8 bytes, far below PIPE_BUF: each report arrives whole or not at all.
            if (::write(report, &k, sizeof k) != static_cast<ssize_t>(sizeof k)) {
                ::_exit(4);
            }
        }
    }
}

bool halfWrittenLeft(const fs::path& learners) {
    const std::string temporary = "." + learnerId + ".xml.tmp-";
    for (const auto& item : fs::directory_iterator(learners)) {
        if (item.path().filename().string().rfind(temporary, 0) == 0) {
            return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char** argv) {
    const int kills = argc > 1 ? std::atoi(argv[1]) : 100;
    const long initial = argc > 2 ? std::atol(argv[2]) : 40000;
    const unsigned seed = argc > 3 ? static_cast<unsigned>(std::atol(argv[3])) : 20261201u;
    const auto began = Clock::now();

    const fs::path folder =
        fs::temp_directory_path() / ("yaddas-progress-crash-" + std::to_string(::getpid()));
    fs::remove_all(folder);
    io::ProgressStore store(folder);
    fs::create_directories(store.learnersDir());
    const fs::path file = store.fileOf(learnerId);

    // The learner as the app would have made it, answer by answer.
    const core::FsrsScheduler scheduler;
    core::Learner learner(core::LearnerProfile{learnerId, "Crash Test", start});
    for (long k = 0; k < initial; ++k) {
        learner.recordAnswer(answerNumber(k), scheduler);
    }
    auto t0 = Clock::now();
    if (!io::ProgressWriter::save(learner, file)) {
        std::fprintf(stderr, "cannot write %s\n", file.c_str());
        return 1;
    }
    const double saveSeconds = secondsSince(t0);
    t0 = Clock::now();
    if (!store.open(learnerId)) {
        std::fprintf(stderr, "cannot open %s\n", file.c_str());
        return 1;
    }
    const double openSeconds = secondsSince(t0);

    // Kills land within the first few saves after opening, timed on this machine (and build) so
    // that many of them interrupt a save whatever its speed.
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> delay(openSeconds, 2 * openSeconds + 6 * saveSeconds);
    std::vector<std::int64_t> confirmed;
    int midSave = 0;
    int recovered = 0;
    int failures = 0;
    int done = 0;
    for (int round = 0; round < kills && failures == 0; ++round, ++done) {
        int pipeEnds[2];
        if (::pipe(pipeEnds) != 0) {
            std::perror("pipe");
            return 1;
        }
        const std::int64_t first = initial + std::int64_t(round) * 1000000;
        std::fflush(nullptr);
        const pid_t child = ::fork();
        if (child < 0) {
            std::perror("fork");
            return 1;
        }
        if (child == 0) {
            ::close(pipeEnds[0]);
            // Most rounds fold the journal often, so that kills land while the file is written.
            recordUntilKilled(folder, first, pipeEnds[1],
                              round % 4 == 3 ? io::LearnerSession::defaultJournalLimit
                                             : std::uintmax_t{8 * 1024});
        }
        ::close(pipeEnds[1]);
        ::usleep(static_cast<useconds_t>(delay(rng) * 1e6));
        ::kill(child, SIGKILL);
        int status = 0;
        ::waitpid(child, &status, 0);
        std::int64_t k = 0;
        while (::read(pipeEnds[0], &k, sizeof k) == static_cast<ssize_t>(sizeof k)) {
            confirmed.push_back(k);
        }
        ::close(pipeEnds[0]);
        if (!WIFSIGNALED(status)) {
            std::fprintf(stderr, "round %d: the child ended by itself (status %d)\n", round,
                         WEXITSTATUS(status));
            return 1;
        }
        // The file and its journal as they are; when damaged, what the app would recover.
        auto read = io::ProgressReader::read(file, scheduler);
        midSave += halfWrittenLeft(store.learnersDir()) || read.journal.torn ? 1 : 0;
        core::Learner found = std::move(read.learner);
        if (read.status != io::ProgressReader::Status::Ok) {
            ++recovered;
            auto opened = store.open(learnerId);
            if (!opened) {
                std::fprintf(stderr, "round %d: the learner cannot be opened: %s\n", round,
                             opened.error().message.c_str());
                return 1;
            }
            found = opened.value().learner();
        } else if (!read.diagnostics.empty()) {
            std::fprintf(stderr, "round %d: %s\n", round,
                         read.diagnostics.front().format().c_str());
            ++failures;
        }
        std::unordered_set<std::int64_t> kept;
        for (const auto& a : found.answers()) {
            kept.insert(a.at - start);
        }
        for (std::int64_t c : confirmed) {
            if (kept.count(c) == 0) {
                std::fprintf(stderr, "round %d: confirmed answer %lld is missing\n", round,
                             static_cast<long long>(c));
                ++failures;
            }
        }
        if (found.answers().size() < static_cast<std::size_t>(initial)) {
            std::fprintf(stderr, "round %d: %zu answers left of %ld\n", round,
                         found.answers().size(), initial);
            ++failures;
        }
    }

    std::printf("%d kills (%d while a save was being written, %d damaged files recovered), "
                "%ld answers at the start, %zu confirmed by the child and checked; %.1f s "
                "(a save takes %.0f ms, an open %.0f ms)\n",
                done, midSave, recovered, initial, confirmed.size(), secondsSince(began),
                saveSeconds * 1e3, openSeconds * 1e3);
    std::error_code ignored;
    fs::remove_all(folder, ignored);
    if (failures > 0) {
        std::fprintf(stderr, "FAILED: confirmed answers were lost\n");
        return 1;
    }
    if (confirmed.empty() || midSave == 0) {
        // Then nothing was tested: the kills came too early or too late.
        std::fprintf(stderr, "FAILED: no kill interrupted a save\n");
        return 1;
    }
    return 0;
}
