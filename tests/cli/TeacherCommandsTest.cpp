// The teacher's verbs end to end: assign, report, export moodle, import moodle.
#include <cli/AssignCommand.hpp>
#include <cli/ExportCommand.hpp>
#include <cli/ImportCommand.hpp>
#include <cli/ReportCommand.hpp>

#include <io/AssignmentReader.hpp>
#include <io/MoodleReader.hpp>
#include <io/TextFile.hpp>

#include "../io/Fifo.hpp"
#include "../io/TempFolder.hpp"

#include <CLI/CLI.hpp>
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using namespace yaddas;
namespace fs = std::filesystem;

namespace {

/// Parses `args` as the yaddas command line would and runs the command.
int run(cli::Command& command, std::vector<std::string> args, const fs::path& dataDir) {
    CLI::App app;
    command.attach(app);
    std::vector<const char*> argv{"yaddas"};
    for (const auto& a : args) {
        argv.push_back(a.c_str());
    }
    try {
        app.parse(static_cast<int>(argv.size()), argv.data());
    } catch (const CLI::ParseError&) {
        return 2;
    }
    cli::GlobalOptions options;
    options.dataDir = dataDir; // no user lessons: only the shipped ones
    return command.run(options);
}

std::string slurp(const fs::path& p) {
    return io::TextFile::read(p, p.string()).text.value_or("");
}

} // namespace

TEST_CASE("yaddas assign writes a checked assignment and refuses unknown modules",
          "[cli][teacher]") {
    test::TempFolder temp;
    std::ostringstream out;
    std::ostringstream err;
    cli::AssignCommand bad(out, err);
    const fs::path file = temp.path() / "a.xml";
    CHECK(run(bad, {"assign", "--title", "T", "--module", "atlantis", "-o", file.string()},
              temp.path()) == 1);
    CHECK(err.str().find("unknown module 'atlantis'") != std::string::npos);
    CHECK_FALSE(fs::exists(file));

    cli::AssignCommand negative(out, err);
    CHECK(run(negative, {"assign", "--title", "T", "--count", "-5", "-o", file.string()},
              temp.path()) == 2);
    CHECK_FALSE(fs::exists(file));

    cli::AssignCommand good(out, err);
    REQUIRE(run(good,
                {"assign",
                 "--title",
                 "The Great Terror",
                 "--module",
                 "great-terror",
                 "--category",
                 "dates",
                 "--count",
                 "8",
                 "--shuffle-per-learner",
                 "--seed",
                 "7",
                 "--pass-mark",
                 "75",
                 "--due",
                 "2026-12-01",
                 "--attempts",
                 "3",
                 "--time-limit",
                 "20",
                 "--keep",
                 "last",
                 "-o",
                 file.string()},
                temp.path()) == 0);
    const auto read = io::AssignmentReader::readFile(file);
    REQUIRE(read.assignment);
    CHECK(read.assignment->id == "the-great-terror");
    CHECK(read.assignment->count == 8);
    CHECK(read.assignment->seed == 7);
    CHECK(read.assignment->seedRule == core::Assignment::SeedRule::PerLearner);
    CHECK(read.assignment->passMark == 75);
    CHECK(read.assignment->attempts == 3);
    CHECK(read.assignment->timeLimitMinutes == 20);
    CHECK(read.assignment->keep == core::Assignment::Keep::Last);
}

TEST_CASE("yaddas report writes CSV and HTML and names skipped files", "[cli][teacher]") {
    test::TempFolder temp;
    const fs::path results = fs::path(YADDAS_FIXTURES_DIR) / "teacher" / "results";
    const fs::path roster = temp.path() / "roster.txt";
    {
        std::ofstream r(roster);
        r << "# class 9b\naysel,Aysel Məmmədova\ntural,Tural Əliyev\n";
    }
    std::ostringstream out;
    std::ostringstream err;
    cli::ReportCommand report(out, err);
    REQUIRE(
        run(report,
            {"report", results.string(), "--roster", roster.string(), "-o", temp.path().string()},
            temp.path()) == 0);
    CHECK(err.str().find("broken.results.xml") != std::string::npos);
    CHECK(err.str().find("foreign.results.xml") != std::string::npos);
    CHECK(out.str().find("1 learners, mean score 100.0 %") != std::string::npos);
    CHECK(out.str().find("1 on the roster have not submitted") != std::string::npos);
    const std::string csv = slurp(temp.path() / "great-terror-test-report.csv");
    CHECK(csv.find("aysel,Aysel Məmmədova,2,100.0,2,2,yes") != std::string::npos);
    CHECK(csv.find("tural,Tural Əliyev,0,,,,not submitted") != std::string::npos);
    const std::string html = slurp(temp.path() / "great-terror-test-report.html");
    CHECK(html.find("Tural Əliyev") != std::string::npos);
}

TEST_CASE("yaddas export moodle, then import moodle, gives a valid module", "[cli][teacher]") {
    test::TempFolder temp;
    std::ostringstream out;
    std::ostringstream err;
    const fs::path bank = temp.path() / "beginning.moodle.xml";
    cli::ExportCommand exporter(out, err);
    REQUIRE(run(exporter, {"export", "moodle", "--module", "beginning", "-o", bank.string()},
                temp.path()) == 0);
    const auto read = io::MoodleReader::readFile(bank);
    REQUIRE(read.ok);
    REQUIRE(read.questions.size() > 10);
    CHECK(read.questions[0].type == "category");
    CHECK(read.questions[0].category.rfind("$course$/Yaddas/", 0) == 0);
    std::set<std::string> types;
    for (const auto& q : read.questions) {
        types.insert(q.type);
    }
    CHECK(types.count("multichoice") == 1);
    CHECK(types.count("truefalse") == 1);
    CHECK(types.count("numerical") == 1);

    cli::ExportCommand unknown(out, err);
    CHECK(run(unknown, {"export", "moodle", "--module", "atlantis", "-o", bank.string()},
              temp.path()) == 1);

    const fs::path module = temp.path() / "imported.xml";
    cli::ImportCommand importer(out, err);
    INFO(err.str());
    INFO(out.str());
    CHECK(run(importer, {"import", "moodle", bank.string(), "-o", module.string()}, temp.path()) ==
          0);
    CHECK(fs::exists(module));
    CHECK(out.str().find("skipped") != std::string::npos);
}

TEST_CASE("yaddas report never writes through links planted in the output folder",
          "[cli][teacher][symlink]") {
    test::TempFolder temp;
    const fs::path results = fs::path(YADDAS_FIXTURES_DIR) / "teacher" / "results";
    const fs::path decoy = temp.path() / "decoy.txt";
    {
        std::ofstream d(decoy);
        d << "precious";
    }
    // A learner who can write to the folder plants a link for every process id.
    const fs::path out1 = temp.path() / "out";
    fs::create_directories(out1);
    for (int pid = 1; pid <= 32768; ++pid) {
        const std::string suffix = ".tmp-" + std::to_string(pid);
        fs::create_symlink(decoy, out1 / (".great-terror-test-report.csv" + suffix));
        fs::create_symlink(decoy, out1 / (".great-terror-test-report.html" + suffix));
    }
    {
        std::ostringstream out;
        std::ostringstream err;
        cli::ReportCommand report(out, err);
        CHECK(run(report, {"report", results.string(), "-o", out1.string()}, temp.path()) == 0);
        CHECK(slurp(decoy) == "precious");
        CHECK(slurp(out1 / "great-terror-test-report.csv").find("aysel") != std::string::npos);
    }
    // An output that is itself a link is refused, and nothing is written.
    const fs::path out2 = temp.path() / "out2";
    fs::create_directories(out2);
    fs::create_symlink(decoy, out2 / "great-terror-test-report.html");
    std::ostringstream out;
    std::ostringstream err;
    cli::ReportCommand report(out, err);
    CHECK(run(report, {"report", results.string(), "-o", out2.string()}, temp.path()) == 1);
    CHECK(err.str().find((out2 / "great-terror-test-report.html").string() +
                         " is a symbolic link; Yaddaş does not write through links") !=
          std::string::npos);
    CHECK(slurp(decoy) == "precious");
    CHECK_FALSE(fs::exists(out2 / "great-terror-test-report.csv"));
}

TEST_CASE("yaddas report names a FIFO in the results folder and does not wait on it",
          "[cli][teacher][fifo]") {
    test::TempFolder temp;
    const fs::path results = temp.path() / "results";
    fs::create_directories(results);
    for (const auto& f :
         fs::directory_iterator(fs::path(YADDAS_FIXTURES_DIR) / "teacher" / "results")) {
        fs::copy_file(f.path(), results / f.path().filename());
    }
    test::Fifo fifo(results / "zaur.results.xml");
    REQUIRE(fifo.made());
    std::ostringstream out;
    std::ostringstream err;
    cli::ReportCommand report(out, err);
    CHECK(run(report, {"report", results.string(), "-o", temp.path().string()}, temp.path()) == 0);
    CHECK(fifo.elapsed() < 2.0);
    CHECK(err.str().find(fifo.path().string() +
                         ": warning: skipped: not a regular file (a FIFO)") != std::string::npos);
}
