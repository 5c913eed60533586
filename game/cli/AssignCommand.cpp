#include <cli/AssignCommand.hpp>

#include <core/Assignment.hpp>
#include <core/Fnv1a.hpp>
#include <core/Plural.hpp>
#include <core/Roster.hpp>
#include <io/AssignmentWriter.hpp>
#include <io/DataPaths.hpp>
#include <io/LibraryLoader.hpp>
#include <io/TextFile.hpp>

#include <CLI/CLI.hpp>

#include <charconv>
#include <iostream>

namespace yaddas::cli {
namespace {

// 500 learners with long names fit in far less.
constexpr std::size_t maxRosterBytes = 1024u * 1024u;

} // namespace

AssignCommand::AssignCommand(std::ostream& out, std::ostream& err) : out_(out), err_(err) {}

AssignCommand::AssignCommand() : AssignCommand(std::cout, std::cerr) {}

void AssignCommand::attach(CLI::App& parent) {
    subcommand_ = parent.add_subcommand(
        "assign", "Make an assignment file for a class (format: game/io/ASSIGNMENTS.md)");
    auto* s = subcommand_;
    s->add_option("--title", title_, "Title the learners see")->required();
    s->add_option("--id", id_, "Stable id (default: made from the title)");
    s->add_option("--module", modules_, "Module id to draw on (repeatable; default: all)");
    s->add_option("--category", categories_,
                  "dates, figures, victims or ideas (repeatable; default: all)");
    s->add_option("--count", count_, "Number of questions (1 to 200, default 10)");
    auto* seed =
        s->add_option("--seed", seed_, "Seed of the questions (default: made from the title)");
    s->add_flag("--shuffle-per-learner", perLearner_,
                "Each learner gets their own questions (seeded from --seed and the learner id)");
    (void)seed;
    s->add_option("--pass-mark", passMark_, "Percent needed to pass (0 to 100, default 60)");
    s->add_option("--due", due_, "Due date, YYYY-MM-DD");
    s->add_option("--attempts", attempts_, "Attempts allowed (1 to 100, default 1)");
    s->add_option("--time-limit", timeLimit_, "Time limit in minutes (1 to 1440; default none)");
    s->add_option("--keep", keep_, "Which attempt counts: best or last (default best)");
    s->add_option("-o,--output", output_, "File to write (default: ID.assignment.xml)");
    s->add_option("--roster", roster_,
                  "Class list (one learner a line: id,name or name): learners pick their name "
                  "from it");
}

int AssignCommand::run(const GlobalOptions& options) {
    core::Assignment a;
    bool bad = false;
    auto fail = [&](const std::string& message) {
        err_ << "yaddas assign: " << message << '\n';
        bad = true;
    };
    a.title = title_;
    if (title_.empty() || title_.size() > core::Assignment::maxTitleLength) {
        fail("--title must hold 1 to " + std::to_string(core::Assignment::maxTitleLength) +
             " characters");
    }
    if (auto problem = io::TextFile::check(title_, "--title")) {
        // An assignment file could not hold it: the app would refuse the file.
        fail("--title: " + problem->message);
    }
    a.id = id_.empty() ? core::Assignment::slugOf(title_) : id_;
    a.modules = modules_;
    for (const std::string& c : categories_) {
        if (auto category = core::categoryFromString(c)) {
            a.categories.push_back(*category);
        } else {
            fail("unknown category '" + c + "' (dates, figures, victims or ideas)");
        }
    }
    if (count_ < 1 || count_ > static_cast<long long>(core::Assignment::maxCount)) {
        fail("--count must be 1 to " + std::to_string(core::Assignment::maxCount));
    }
    a.count = static_cast<std::size_t>(count_ < 1 ? 1 : count_);
    if (!seed_.empty()) {
        std::uint64_t v = 0;
        auto [ptr, ec] = std::from_chars(seed_.data(), seed_.data() + seed_.size(), v);
        if (ec != std::errc() || ptr != seed_.data() + seed_.size() ||
            v > static_cast<std::uint64_t>(INT64_MAX)) {
            fail("--seed must be a whole number from 0 to " + std::to_string(INT64_MAX));
        }
        a.seed = v;
    } else {
        // No seed given: derive one from the title, so making the file twice gives the same.
        a.seed = core::Fnv1a::hash(title_) >> 1;
    }
    a.seedRule =
        perLearner_ ? core::Assignment::SeedRule::PerLearner : core::Assignment::SeedRule::Same;
    if (passMark_ < 0 || passMark_ > 100) {
        fail("--pass-mark must be 0 to 100");
    }
    a.passMark = static_cast<int>(passMark_ < 0 || passMark_ > 100 ? 60 : passMark_);
    if (!due_.empty()) {
        auto d = core::HistoricalDate::parse(due_);
        if (!d || d->precision() != core::HistoricalDate::Precision::Day || d->year() < 1970) {
            fail("--due must be a day written YYYY-MM-DD");
        } else {
            a.due = *d;
        }
    }
    if (attempts_ < 1 || attempts_ > core::Assignment::maxAttempts) {
        fail("--attempts must be 1 to " + std::to_string(core::Assignment::maxAttempts));
    }
    a.attempts = static_cast<int>(attempts_ < 1 || attempts_ > 100 ? 1 : attempts_);
    if (subcommand_ != nullptr && subcommand_->count("--time-limit") > 0) {
        if (timeLimit_ < 1 || timeLimit_ > core::Assignment::maxTimeLimitMinutes) {
            fail("--time-limit must be 1 to " +
                 std::to_string(core::Assignment::maxTimeLimitMinutes) + " minutes");
        } else {
            a.timeLimitMinutes = static_cast<int>(timeLimit_);
        }
    }
    if (auto keep = core::keepFromString(keep_)) {
        a.keep = *keep;
    } else {
        fail("--keep must be best or last");
    }
    if (bad) {
        return 2;
    }
    if (!roster_.empty()) {
        // The same text `yaddas report --roster` reads (core::Roster).
        auto text = io::TextFile::read(roster_, roster_, maxRosterBytes);
        if (!text.text) {
            for (const auto& d : text.diagnostics) {
                err_ << d.format() << '\n';
            }
            err_ << "yaddas assign: no file written\n";
            return 1;
        }
        auto parsed = core::Roster::parse(*text.text, roster_);
        if (parsed.entries.empty() && parsed.diagnostics.empty()) {
            parsed.diagnostics.push_back({roster_, 0, "the class list names no learner"});
        }
        if (!parsed.diagnostics.empty()) {
            for (const auto& d : parsed.diagnostics) {
                err_ << d.format() << '\n';
            }
            err_ << "yaddas assign: no file written\n";
            return 1;
        }
        a.classList = core::Roster::withIds(std::move(parsed.entries));
    }

    auto loaded =
        io::LibraryLoader::load(options.effectiveLessonPaths(), io::DataPaths::sourceText());
    const std::string output = output_.empty() ? a.id + ".assignment.xml" : output_;
    const auto problems = a.checkAgainst(loaded.library, "yaddas assign");
    for (const auto& d : problems) {
        err_ << "yaddas assign: " << d.message << '\n';
    }
    if (!problems.empty()) {
        err_ << "yaddas assign: no file written\n";
        return 1;
    }
    auto written = io::AssignmentWriter::save(a, output);
    if (!written) {
        err_ << "yaddas assign: " << output << ": " << written.error().message << '\n';
        return 1;
    }
    out_ << "wrote " << output << ": \"" << a.title << "\", " << a.count << " questions, "
         << (a.seedRule == core::Assignment::SeedRule::Same ? "the same for everyone"
                                                            : "shuffled per learner")
         << ", pass mark " << a.passMark << " %"
         << (a.classList.empty()
                 ? std::string()
                 : ", class list of " +
                       core::Plural::count(static_cast<long long>(a.classList.size()), "learner",
                                           "learners"))
         << "\n";
    return 0;
}

} // namespace yaddas::cli
