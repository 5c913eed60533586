#include <cli/ProgressCommand.hpp>

#include <core/I18n.hpp>
#include <core/LearnerStatistics.hpp>
#include <core/Plural.hpp>
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

using core::I18n;

std::string percent(double share) {
    return std::to_string(static_cast<int>(std::lround(share * 100.0))) + " %";
}

template <typename N> std::string text(N n) {
    return std::to_string(n);
}

std::string duration(std::int64_t seconds) {
    const std::int64_t minutes = (seconds + 30) / 60;
    if (minutes < 60) {
        // TRANSLATORS: a time spent studying, in minutes (“45 min”) or hours (“2 h 5 min”).
        return I18n::format(I18n::tr("{1} min"), {text(minutes)});
    }
    return I18n::format(I18n::tr("{1} h {2} min"), {text(minutes / 60), text(minutes % 60)});
}

std::string mastery(const core::LearnerStatistics::Mastery& m) {
    // TRANSLATORS: {3} is a percentage (“40 %”).
    return I18n::format(I18n::trn("{1} of {2} fact mastered ({3}), {4} practised",
                                  "{1} of {2} facts mastered ({3}), {4} practised",
                                  static_cast<long long>(m.facts)),
                        {text(m.mastered), text(m.facts), percent(m.share()), text(m.seen)});
}

void summarise(std::ostream& out, const io::ProgressStore::Entry& entry,
               const core::Learner& learner, const core::LearnerStatistics& s) {
    out << learner.profile().displayName << " (" << entry.id << ")\n";
    // TRANSLATORS: {1} and {2} are counted days (“5 days”), {3} a number of days, {4} a time
    // (“2 h 5 min”), {5} counted sessions (“3 sessions”).
    out << "  "
        << I18n::format(I18n::tr("Studied on {1} (now {2} in a row, at most {3}), {4} in {5}"),
                        {core::Plural::count(s.daysStudied, "day", "days"),
                         core::Plural::count(s.currentStreak, "day", "days"), text(s.longestStreak),
                         duration(s.secondsSpent),
                         core::Plural::count(static_cast<long long>(learner.sessions().size()),
                                             "session", "sessions")})
        << "\n";
    // TRANSLATORS: {5} is counted quizzes (“2 quizzes”), {6} counted facts (“4 facts”).
    out << "  "
        << I18n::format(I18n::tr("Answers: {1} ({2} right, {3} partly right, {4} wrong) in {5}; "
                                 "{6} due for review now"),
                        {text(s.answers), text(s.right), text(s.partial), text(s.wrong),
                         core::Plural::count(s.quizzes, "quiz", "quizzes"),
                         core::Plural::count(static_cast<long long>(s.dueNow), "fact", "facts")})
        << "\n";
    out << "  " << I18n::format(I18n::tr("Mastery: {1}"), {mastery(s.overall)}) << "\n";
    for (core::Category c : {core::Category::Dates, core::Category::Figures,
                             core::Category::Victims, core::Category::Ideas}) {
        const auto& m = s.category(c);
        if (m.facts > 0) {
            out << "    " << std::left << std::setw(9) << core::toString(c) << mastery(m) << "\n";
        }
    }
    for (const auto& module : s.modules) {
        // TRANSLATORS: {1} is a module's title, {2} how much of it is read (“60 %”).
        out << "    "
            << I18n::format(I18n::tr("{1}: read {2}, {3}"),
                            {module.title, percent(module.read), mastery(module.mastery)})
            << "\n";
    }
    const std::size_t shown = std::min<std::size_t>(s.days.size(), 7);
    if (shown > 0) {
        out << "  " << I18n::tr("Last days studied:") << "\n";
        for (std::size_t i = s.days.size() - shown; i < s.days.size(); ++i) {
            const auto& day = s.days[i];
            out << "    " << day.date << "  "
                << core::Plural::count(day.answers, "answer", "answers") << ", "
                << I18n::format(I18n::tr("{1} % right"),
                                {text(std::lround(day.accuracy() * 100.0))})
                << "\n";
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
        "progress",
        I18n::tr("Print a readable summary of a learner's progress (all learners by default)"));
    subcommand_->add_option("--learner", learner_, I18n::tr("The learner's name (or id)"));
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
            err_ << "yaddas progress: "
                 << I18n::format(I18n::tr("there is no learner called \"{1}\" in {2}"),
                                 {learner_, store.learnersDir().string()})
                 << "\n";
            return 1;
        }
        entries.push_back(*entry);
    } else {
        if (entries.empty()) {
            out_ << I18n::format(I18n::tr("No learners yet in {1}."),
                                 {store.learnersDir().string()})
                 << "\n";
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
            out_ << "  "
                 << (read.status == io::ProgressReader::Status::TooNew
                         ? I18n::tr("The progress file comes from a newer version of Yaddaş.")
                         : I18n::tr("The progress file cannot be read; the app will recover it "
                                    "from its backup when this learner is opened."))
                 << "\n";

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
