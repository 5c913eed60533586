#include <cli/ProgressCommand.hpp>

#include <core/LearnerStatistics.hpp>
#include <io/DataPaths.hpp>
#include <io/LibraryLoader.hpp>
#include <io/ProgressReader.hpp>
#include <io/ProgressStore.hpp>

#include <CLI/CLI.hpp>

#include <cmath>
#include <iomanip>
#include <iostream>
#include <sstream>

namespace yaddas::cli {
namespace {

std::string percent(double share) {
    return std::to_string(static_cast<int>(std::lround(share * 100.0))) + " %";
}

std::string plural(long n, const std::string& word) {
    return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

std::string duration(std::int64_t seconds) {
    const std::int64_t minutes = (seconds + 30) / 60;
    if (minutes < 60) {
        return std::to_string(minutes) + " min";
    }
    return std::to_string(minutes / 60) + " h " + std::to_string(minutes % 60) + " min";
}

std::string mastery(const core::LearnerStatistics::Mastery& m) {
    return std::to_string(m.mastered) + " of " + std::to_string(m.facts) + " facts mastered (" +
           percent(m.share()) + "), " + std::to_string(m.seen) + " practised";
}

void summarise(std::ostream& out, const io::ProgressStore::Entry& entry,
               const core::Learner& learner, const core::LearnerStatistics& s) {
    out << learner.profile().displayName << " (" << entry.id << ")\n";
    out << "  Studied on " << plural(s.daysStudied, "day") << " (now "
        << plural(s.currentStreak, "day") << " in a row, at most " << s.longestStreak << "), "
        << duration(s.secondsSpent) << " in " << plural(long(learner.sessions().size()), "session")
        << "\n";
    out << "  Answers: " << s.answers << " (" << s.right << " right, " << s.partial
        << " partly right, " << s.wrong << " wrong) in " << plural(s.quizzes, "quiz") << "; "
        << plural(long(s.dueNow), "fact") << " due for review now\n";
    out << "  Mastery: " << mastery(s.overall) << "\n";
    for (core::Category c : {core::Category::Dates, core::Category::Figures,
                             core::Category::Victims, core::Category::Ideas}) {
        const auto& m = s.category(c);
        if (m.facts > 0) {
            out << "    " << std::left << std::setw(9) << core::toString(c) << mastery(m) << "\n";
        }
    }
    for (const auto& module : s.modules) {
        out << "    " << module.title << ": read " << percent(module.read) << ", "
            << mastery(module.mastery) << "\n";
    }
    const std::size_t shown = std::min<std::size_t>(s.days.size(), 7);
    if (shown > 0) {
        out << "  Last days studied:\n";
        for (std::size_t i = s.days.size() - shown; i < s.days.size(); ++i) {
            const auto& day = s.days[i];
            out << "    " << day.date << "  " << plural(day.answers, "answer") << ", "
                << percent(day.accuracy()) << " right\n";
        }
    }
}

} // namespace

ProgressCommand::ProgressCommand()
    : ProgressCommand(std::cout, std::cerr, io::ProgressStore::systemClock()) {}

ProgressCommand::ProgressCommand(std::ostream& out, std::ostream& err,
                                 std::function<std::int64_t()> clock)
    : out_(out), err_(err), clock_(std::move(clock)) {}

void ProgressCommand::attach(CLI::App& parent) {
    subcommand_ = parent.add_subcommand(
        "progress", "Print a readable summary of a learner's progress (all learners by default)");
    subcommand_->add_option("--learner", learner_, "The learner's name (or id)");
}

int ProgressCommand::run(const GlobalOptions& options) {
    io::ProgressStore store(options.effectiveDataDir(), clock_);
    // Files in the learners folder that are not regular files (a FIFO, …) are left out unread;
    // they are named so that someone can remove them.
    core::Diagnostics skipped;
    std::vector<io::ProgressStore::Entry> entries = store.listLearners(skipped);
    for (const auto& d : skipped) {
        err_ << d.format() << "\n";
    }
    if (!learner_.empty()) {
        entries.clear();
        auto entry = store.find(learner_);
        if (!entry) {
            err_ << "yaddas progress: there is no learner called \"" << learner_ << "\" in "
                 << store.learnersDir().string() << "\n";
            return 1;
        }
        entries.push_back(*entry);
    } else {
        if (entries.empty()) {
            out_ << "No learners yet in " << store.learnersDir().string() << ".\n";
            return 0;
        }
    }

    // The lessons say which facts exist; without them only answers can be summarised.
    const auto lessons =
        io::LibraryLoader::load(options.effectiveLessonPaths(), io::DataPaths::sourceText());
    const auto index = core::LearnerStatistics::FactIndex::fromLibrary(lessons.library);
    const core::FsrsScheduler scheduler;
    const std::int64_t now = clock_();

    int status = 0;
    bool first = true;
    for (const auto& entry : entries) {
        if (!first) {
            out_ << "\n";
        }
        first = false;
        // Reading needs no lock: saves replace the file in one rename.
        auto read = io::ProgressReader::read(entry.file, scheduler);
        if (read.status != io::ProgressReader::Status::Ok) {
            out_ << entry.displayName << " (" << entry.id << ")\n";
            for (const auto& d : read.diagnostics) {
                err_ << d.format() << "\n";
            }
            out_ << (read.status == io::ProgressReader::Status::TooNew
                         ? "  The progress file comes from a newer version of Yaddaş.\n"
                         : "  The progress file cannot be read; the app will recover it from "
                           "its backup when this learner is opened.\n");
            status = 1;
            continue;
        }
        // Loaded, but some elements were skipped: say which, as the app's log does.
        for (const auto& d : read.diagnostics) {
            err_ << d.format() << "\n";
        }
        summarise(out_, entry, read.learner,
                  core::LearnerStatistics::compute(read.learner, index, now, scheduler));
    }
    return status;
}

} // namespace yaddas::cli
