#include <cli/AssignCommand.hpp>

#include <core/Assignment.hpp>
#include <core/Fnv1a.hpp>
#include <core/I18n.hpp>
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

using core::I18n;

// 500 learners with long names fit in far less.
constexpr std::size_t maxRosterBytes = 1024u * 1024u;

} // namespace

AssignCommand::AssignCommand(std::ostream& out, std::ostream& err) : out_(out), err_(err) {}

AssignCommand::AssignCommand() : AssignCommand(std::cout, std::cerr) {}

void AssignCommand::attach(CLI::App& parent) {
    subcommand_ = parent.add_subcommand(
        "assign", I18n::tr("Make an assignment file for a class (format: game/io/ASSIGNMENTS.md)"));
    auto* s = subcommand_;
    s->add_option("--title", title_, I18n::tr("Title the learners see"))->required();
    s->add_option("--id", id_, I18n::tr("Stable id (default: made from the title)"));
    s->add_option("--module", modules_,
                  I18n::tr("Module id to draw on (repeatable; default: all)"));
    s->add_option("--category", categories_,
                  // TRANSLATORS: the words of --category: keep them in English, as they are typed.
                  I18n::tr("dates, figures, victims or ideas (repeatable; default: all)"));
    s->add_option("--count", count_, I18n::tr("Number of questions (1 to 200, default 10)"));
    auto* seed = s->add_option("--seed", seed_,
                               I18n::tr("Seed of the questions (default: made from the title)"));
    s->add_flag(
        "--shuffle-per-learner", perLearner_,
        I18n::tr("Each learner gets their own questions (seeded from --seed and the learner id)"));
    (void)seed;
    s->add_option("--pass-mark", passMark_,
                  I18n::tr("Percent needed to pass (0 to 100, default 60)"));
    s->add_option("--due", due_, I18n::tr("Due date, YYYY-MM-DD"));
    s->add_option("--attempts", attempts_, I18n::tr("Attempts allowed (1 to 100, default 1)"));
    s->add_option("--time-limit", timeLimit_,
                  I18n::tr("Time limit in minutes (1 to 1440; default none)"));
    s->add_option("--keep", keep_, I18n::tr("Which attempt counts: best or last (default best)"));
    s->add_option("-o,--output", output_, I18n::tr("File to write (default: ID.assignment.xml)"));
    s->add_option("--roster", roster_,
                  I18n::tr("Class list (one learner a line: id,name or name): learners pick their "
                           "name from it"));
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
        fail(I18n::format(I18n::tr("--title must hold 1 to {1} characters"),
                          {std::to_string(core::Assignment::maxTitleLength)}));
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
            fail(I18n::format(
                I18n::tr("unknown category '{1}' (expected dates, figures, victims or ideas)"),
                {c}));
        }
    }
    if (count_ < 1 || count_ > static_cast<long long>(core::Assignment::maxCount)) {
        fail(I18n::format(I18n::tr("--count must be 1 to {1}"),
                          {std::to_string(core::Assignment::maxCount)}));
    }
    a.count = static_cast<std::size_t>(count_ < 1 ? 1 : count_);
    if (!seed_.empty()) {
        std::uint64_t v = 0;
        auto [ptr, ec] = std::from_chars(seed_.data(), seed_.data() + seed_.size(), v);
        if (ec != std::errc() || ptr != seed_.data() + seed_.size() ||
            v > static_cast<std::uint64_t>(INT64_MAX)) {
            fail(I18n::format(I18n::tr("--seed must be a whole number from 0 to {1}"),
                              {std::to_string(INT64_MAX)}));
        }
        a.seed = v;
    } else {
        // No seed given: derive one from the title, so making the file twice gives the same.
        a.seed = core::Fnv1a::hash(title_) >> 1;
    }
    a.seedRule =
        perLearner_ ? core::Assignment::SeedRule::PerLearner : core::Assignment::SeedRule::Same;
    if (passMark_ < 0 || passMark_ > 100) {
        fail(I18n::tr("--pass-mark must be 0 to 100"));
    }
    a.passMark = static_cast<int>(passMark_ < 0 || passMark_ > 100 ? 60 : passMark_);
    if (!due_.empty()) {
        auto d = core::HistoricalDate::parse(due_);
        if (!d || d->precision() != core::HistoricalDate::Precision::Day || d->year() < 1970) {
            fail(I18n::tr("--due must be a day written YYYY-MM-DD"));
        } else {
            a.due = *d;
        }
    }
    if (attempts_ < 1 || attempts_ > core::Assignment::maxAttempts) {
        fail(I18n::format(I18n::tr("--attempts must be 1 to {1}"),
                          {std::to_string(core::Assignment::maxAttempts)}));
    }
    a.attempts = static_cast<int>(attempts_ < 1 || attempts_ > 100 ? 1 : attempts_);
    if (subcommand_ != nullptr && subcommand_->count("--time-limit") > 0) {
        if (timeLimit_ < 1 || timeLimit_ > core::Assignment::maxTimeLimitMinutes) {
            fail(I18n::format(I18n::tr("--time-limit must be 1 to {1} minutes"),
                              {std::to_string(core::Assignment::maxTimeLimitMinutes)}));
        } else {
            a.timeLimitMinutes = static_cast<int>(timeLimit_);
        }
    }
    if (auto keep = core::keepFromString(keep_)) {
        a.keep = *keep;
    } else {
        fail(I18n::tr("--keep must be best or last"));
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
            err_ << "yaddas assign: " << I18n::tr("no file written") << '\n';
            return 1;
        }
        auto parsed = core::Roster::parse(*text.text, roster_);
        if (parsed.entries.empty() && parsed.diagnostics.empty()) {
            parsed.diagnostics.push_back({roster_, 0, I18n::tr("the class list names no learner")});
        }
        if (!parsed.diagnostics.empty()) {
            for (const auto& d : parsed.diagnostics) {
                err_ << d.format() << '\n';
            }
            err_ << "yaddas assign: " << I18n::tr("no file written") << '\n';
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
        err_ << "yaddas assign: " << I18n::tr("no file written") << '\n';
        return 1;
    }
    auto written = io::AssignmentWriter::save(a, output);
    if (!written) {
        err_ << "yaddas assign: " << output << ": " << written.error().message << '\n';
        return 1;
    }
    const std::string count =
        core::Plural::count(static_cast<long long>(a.count), "question", "questions");
    const std::string pass = std::to_string(a.passMark);
    out_ << I18n::format(a.seedRule == core::Assignment::SeedRule::Same
                             ? I18n::tr("wrote {1}: \"{2}\", {3}, the same for everyone, pass mark "
                                        "{4} %")
                             : I18n::tr("wrote {1}: \"{2}\", {3}, shuffled per learner, pass mark "
                                        "{4} %"),
                         {output, a.title, count, pass})
         << (a.classList.empty()
                 ? std::string()
                 : ", " +
                       I18n::format(I18n::tr("class list of {1}"),
                                    {core::Plural::count(static_cast<long long>(a.classList.size()),
                                                         "learner", "learners")}))
         << "\n";
    return 0;
}

} // namespace yaddas::cli
