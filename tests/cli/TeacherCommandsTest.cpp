// The teacher's verbs end to end: assign, report, export moodle, import moodle.
#include <cli/AssignCommand.hpp>
#include <cli/ExportCommand.hpp>
#include <cli/ImportCommand.hpp>
#include <cli/ReportCommand.hpp>
#include <cli/ValidateCommand.hpp>

#include <io/AssignmentReader.hpp>
#include <io/MoodleReader.hpp>
#include <io/ResultsWriter.hpp>
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

TEST_CASE("yaddas report writes CSV, HTML and XLSX and names skipped files", "[cli][teacher]") {
    test::TempFolder temp;
    const fs::path results = fs::path(YADDAS_FIXTURES_DIR) / "teacher" / "results";
    const fs::path roster = temp.path() / "roster.txt";
    {
        std::ofstream r(roster);
        r << "# class 9b\naysel,AYSEL  MƏMMƏDOVA\ntural,Tural Əliyev\n";
    }
    std::ostringstream out;
    std::ostringstream err;
    cli::ReportCommand report(out, err);
    REQUIRE(run(report,
                {"report", results.string(), "--roster", roster.string(), "-o",
                 temp.path().string(), "--csv-format", "comma"},
                temp.path()) == 0);
    INFO(out.str());
    CHECK(err.str().find("broken.results.xml") != std::string::npos);
    CHECK(err.str().find("foreign.results.xml") != std::string::npos);
    CHECK(out.str().find("1 learner, mean score 100.0 %") != std::string::npos);
    CHECK(out.str().find("1 learner on the roster has not submitted") != std::string::npos);
    CHECK(out.str().find("0 learners submitted but are not on the roster") != std::string::npos);
    CHECK(out.str().find("4 files skipped or questioned") != std::string::npos);
    CHECK(out.str().find("Most missed") == std::string::npos); // all answers right
    CHECK(out.str().find("-report.xlsx") != std::string::npos);
    const std::string csv = slurp(temp.path() / "great-terror-test-report.csv");
    CHECK(csv.find("Aysel Məmmədova,aysel,,,2,2,2,100.0,yes,") != std::string::npos);
    CHECK(csv.find("Tural Əliyev,,,tural,0,,,,,,,not submitted") != std::string::npos);
    const std::string html = slurp(temp.path() / "great-terror-test-report.html");
    CHECK(html.find("Tural Əliyev") != std::string::npos);
    CHECK(fs::file_size(temp.path() / "great-terror-test-report.xlsx") > 1000);
    // No backup copies are left in the report folder, even on a second run.
    std::ostringstream again;
    cli::ReportCommand second(again, err);
    REQUIRE(run(second, {"report", results.string(), "-o", temp.path().string()}, temp.path()) ==
            0);
    for (const auto& f : fs::directory_iterator(temp.path())) {
        CHECK(f.path().extension() != ".bak");
    }
}

TEST_CASE("yaddas report refuses a class list with a repeated id, naming its line",
          "[cli][teacher]") {
    test::TempFolder temp;
    const fs::path results = fs::path(YADDAS_FIXTURES_DIR) / "teacher" / "results";
    const fs::path roster = temp.path() / "roster.txt";
    {
        std::ofstream r(roster);
        r << "aysel,Aysel Məmmədova\naysel,Aysel Quliyeva\n";
    }
    std::ostringstream out;
    std::ostringstream err;
    cli::ReportCommand report(out, err);
    CHECK(run(report,
              {"report", results.string(), "--roster", roster.string(), "-o", temp.path().string()},
              temp.path()) == 1);
    CHECK(err.str().find("roster.txt:2:") != std::string::npos);
    CHECK_FALSE(fs::exists(temp.path() / "great-terror-test-report.csv"));
}

TEST_CASE("yaddas report names the most missed question and counts the unfinished",
          "[cli][teacher]") {
    test::TempFolder temp;
    const fs::path results = temp.path() / "results";
    fs::create_directories(results);
    auto learner = [&](const std::string& id, const std::string& name, double score, bool open) {
        core::AssignmentResult r;
        r.learnerId = id;
        r.learnerName = name;
        r.assignmentId = "terror";
        r.assignmentTitle = "Terror";
        r.assignmentChecksum = "0123456789abcdef";
        r.questionCount = 1;
        core::AssignmentResult::Attempt a;
        a.start = 1795618800;
        a.end = a.start + 60;
        a.open = open;
        a.answers.push_back({"cavid/year", "cavid", "year", "dates",
                             "In which year was Hüseyn Cavid arrested?",
                             score > 0 ? "1937" : "1941", "1937", score,
                             score > 0 ? core::Outcome::Right : core::Outcome::Wrong});
        r.attempts.push_back(a);
        REQUIRE(io::ResultsWriter::save(r, results).ok());
    };
    learner("aysel", "Aysel", 1.0, false);
    learner("ulvi", "Ülvi", 0.0, false);
    learner("cingiz", "Çingiz", 1.0, true);
    std::ostringstream out;
    std::ostringstream err;
    cli::ReportCommand report(out, err);
    REQUIRE(run(report, {"report", results.string(), "-o", temp.path().string()}, temp.path()) ==
            0);
    INFO(out.str());
    CHECK(out.str().find("3 learners, mean score 50.0 %, 1 passed") != std::string::npos);
    CHECK(out.str().find("1 unfinished") != std::string::npos);
    CHECK(out.str().find(
              "Most missed: In which year was Hüseyn Cavid arrested? (cavid, 1 of 2 not fully "
              "right)") != std::string::npos);
}

TEST_CASE("yaddas report writes a semicolon CSV with decimal commas for a decimal-comma locale",
          "[cli][teacher]") {
    test::TempFolder temp;
    const fs::path results = fs::path(YADDAS_FIXTURES_DIR) / "teacher" / "results";
    std::ostringstream out;
    std::ostringstream err;
    cli::ReportCommand report(out, err);
    REQUIRE(
        run(report,
            {"report", results.string(), "-o", temp.path().string(), "--csv-format", "semicolon"},
            temp.path()) == 0);
    const std::string csv = slurp(temp.path() / "great-terror-test-report.csv");
    CHECK(csv.find("Aysel Məmmədova;aysel;;;2;2;2;100,0;yes;") != std::string::npos);
    CHECK(run(report, {"report", results.string(), "--csv-format", "tab"}, temp.path()) == 2);
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

namespace {

/// True when `text` holds a byte a terminal would take for a control: C0 but the line feed,
/// DEL, or a C1 control written in UTF-8.
bool hasRawControl(const std::string& text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto b = static_cast<unsigned char>(text[i]);
        if ((b < 0x20 && b != '\n') || b == 0x7F ||
            (b == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) < 0xA0)) {
            return true;
        }
    }
    return false;
}

void writeFile(const fs::path& path, const std::string& text) {
    std::ofstream f(path, std::ios::binary);
    f << text;
}

} // namespace

TEST_CASE("yaddas report prints a title with a screen-clearing escape and BEL escaped",
          "[cli][teacher]") {
    test::TempFolder temp;
    const fs::path results = temp.path() / "results";
    fs::create_directories(results);
    std::string xml =
        slurp(fs::path(YADDAS_FIXTURES_DIR) / "teacher" / "results" / "aysel.results.xml");
    const std::string plain = "title=\"The Great Terror\"";
    REQUIRE(xml.find(plain) != std::string::npos);
    // Character references pass TextFile::check and are turned into the characters by the parser.
    xml.replace(xml.find(plain), plain.size(), "title=\"&#27;[2J&#7;Terror&#x9b;31m\"");
    writeFile(results / "aysel.results.xml", xml);
    std::ostringstream out;
    std::ostringstream err;
    cli::ReportCommand report(out, err);
    REQUIRE(run(report, {"report", results.string(), "-o", temp.path().string()}, temp.path()) ==
            0);
    INFO(out.str());
    CHECK_FALSE(hasRawControl(out.str()));
    CHECK_FALSE(hasRawControl(err.str()));
    CHECK(out.str().find("Assignment: \\x1b[2J\\x07Terror\\u009b31m") != std::string::npos);
}

TEST_CASE("yaddas assign refuses a title with control characters and escapes what it prints",
          "[cli][teacher]") {
    test::TempFolder temp;
    const fs::path file = temp.path() / "a.xml";
    std::ostringstream out;
    std::ostringstream err;
    cli::AssignCommand bad(out, err);
    CHECK(run(bad, {"assign", "--title", "\x1b[2J\x07Terror", "-o", file.string()}, temp.path()) ==
          2);
    CHECK(err.str().find("--title: control character U+001B") != std::string::npos);
    CHECK_FALSE(fs::exists(file));

    // A C1 control is allowed in XML, so the file is written; the terminal still sees it escaped.
    cli::AssignCommand good(out, err);
    REQUIRE(run(good,
                {"assign", "--title",
                 "Terror\xC2\x9B"
                 "31m",
                 "--module", "great-terror", "-o", file.string()},
                temp.path()) == 0);
    INFO(out.str());
    CHECK(out.str().find("\"Terror\\u009b31m\"") != std::string::npos);
    CHECK_FALSE(hasRawControl(out.str()));
    CHECK_FALSE(hasRawControl(err.str()));
    const auto read = io::AssignmentReader::readFile(file);
    REQUIRE(read.assignment);
    CHECK(read.assignment->title == "Terror\xC2\x9B"
                                    "31m");
}

TEST_CASE("yaddas import moodle cleans what a lesson file cannot hold and says so per question",
          "[cli][teacher]") {
    test::TempFolder temp;
    const fs::path bank = temp.path() / "hostile.xml";
    // Control characters, U+FFFE, U+FFFF and a code point past U+10FFFF, written as character
    // references in the XML and in the HTML of the texts.
    writeFile(bank, R"(<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="category"><category><text>$course$/Bad&#27;[2J</text></category></question>
  <question type="multichoice">
    <name><text>Q&#7;one</text></name>
    <questiontext format="html"><text>When&#xFFFE; was it&#x110000;?</text></questiontext>
    <answer fraction="100"><text>&amp;#27;[31m1937</text></answer>
    <answer fraction="0"><text>19&#xFFFF;38</text></answer>
    <single>true</single>
  </question>
  <question type="truefalse">
    <name><text>clean</text></name>
    <questiontext format="html"><text>Was it in 1937?</text></questiontext>
    <answer fraction="100"><text>true</text></answer>
    <answer fraction="0"><text>false</text></answer>
  </question>
</quiz>
)");
    const fs::path module = temp.path() / "imported.xml";
    std::ostringstream out;
    std::ostringstream err;
    cli::ImportCommand importer(out, err);
    INFO(err.str());
    INFO(out.str());
    CHECK(run(importer, {"import", "moodle", bank.string(), "-o", module.string()}, temp.path()) ==
          0);
    REQUIRE(fs::exists(module));
    INFO(err.str());
    CHECK(err.str().find(":4: warning: question 'Q\xEF\xBF\xBDone' holds 5 character(s)") !=
          std::string::npos);
    CHECK(err.str().find("'clean'") == std::string::npos);
    CHECK_FALSE(hasRawControl(out.str()));
    CHECK_FALSE(hasRawControl(err.str()));

    std::ostringstream checked;
    cli::ValidateCommand validate(checked);
    CHECK(run(validate, {"validate", module.string()}, temp.path()) == 0);
    INFO(checked.str());
    CHECK(checked.str().find("1 module, 0 errors") != std::string::npos);
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
