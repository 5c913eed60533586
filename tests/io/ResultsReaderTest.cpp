#include <io/ResultsReader.hpp>
#include <io/ResultsWriter.hpp>

#include "Fifo.hpp"
#include "TempFolder.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>

using namespace yaddas;
namespace fs = std::filesystem;

namespace {

const fs::path fixtures = fs::path(YADDAS_FIXTURES_DIR) / "teacher" / "results";

bool has(const core::Diagnostics& diagnostics, int line, const std::string& words) {
    return std::any_of(diagnostics.begin(), diagnostics.end(), [&](const core::Diagnostic& d) {
        return d.line == line && d.message.find(words) != std::string::npos;
    });
}

core::AssignmentResult sample() {
    core::AssignmentResult r;
    r.learnerId = "aysel";
    r.learnerName = "Aysel Məmmədova <\"&'>";
    r.assignmentId = "terror";
    r.assignmentTitle = "The Great Terror";
    r.assignmentChecksum = "0123456789abcdef";
    r.questionCount = 2;
    r.passMark = 70;
    r.keep = core::Assignment::Keep::Last;
    core::AssignmentResult::Attempt a;
    a.start = 1795618800;
    a.end = 1795619100;
    a.answers.push_back(
        {"e-x/single", "e-x", "single", "", "When was it?", "1937", "", 1.0, core::Outcome::Right});
    a.answers.push_back({"t/timeline", "e-a", "timeline", "", "Order", "  two\nlines & <tags> ", "",
                         0.5, core::Outcome::Partial});
    r.attempts.push_back(a);
    return r;
}

} // namespace

TEST_CASE("A results file is read with every answer", "[results][io]") {
    const auto r = io::ResultsReader::readFile(fixtures / "aysel.results.xml");
    REQUIRE(r.result);
    CHECK(r.result->learnerName == "Aysel Məmmədova");
    CHECK(r.result->assignmentId == "great-terror-test");
    REQUIRE(r.result->attempts.size() == 1);
    const auto& a = r.result->attempts[0];
    CHECK(a.end - a.start == 300);
    REQUIRE(a.answers.size() == 2);
    CHECK(a.answers[1].given == "=1+1");
    CHECK(a.answers[1].outcome == core::Outcome::Wrong);
}

TEST_CASE("Results survive writing and reading back, answers exactly", "[results][io]") {
    const auto original = sample();
    const auto r = io::ResultsReader::readString(io::ResultsWriter::toXml(original), "m.xml");
    REQUIRE(r.result);
    CHECK(r.result->learnerName == original.learnerName);
    CHECK(r.result->assignmentChecksum == original.assignmentChecksum);
    CHECK(r.result->keep == core::Assignment::Keep::Last);
    CHECK(r.result->passMark == 70);
    REQUIRE(r.result->attempts.size() == 1);
    CHECK(r.result->attempts[0].start == original.attempts[0].start);
    CHECK(r.result->attempts[0].answers[1].given == original.attempts[0].answers[1].given);
    CHECK(r.result->attempts[0].answers[1].score == Approx(0.5));
}

TEST_CASE("Results are saved atomically under a stable name", "[results][io]") {
    test::TempFolder folder;
    auto r = sample();
    r.learnerId = "../../etc/passwd";
    auto saved = io::ResultsWriter::save(r, folder.path());
    REQUIRE(saved.ok());
    CHECK(saved.value().parent_path() == folder.path());
    CHECK(saved.value().filename() == "terror--______etc_passwd.results.xml");
    auto again = io::ResultsReader::readFile(saved.value());
    REQUIRE(again.result);
    CHECK(again.result->learnerId == "../../etc/passwd");
    // Saving again replaces the file, and leaves no .bak in the shared class folder.
    REQUIRE(io::ResultsWriter::save(r, folder.path()).ok());
    CHECK_FALSE(fs::exists(saved.value().string() + ".bak"));
    CHECK(std::distance(fs::directory_iterator(folder.path()), fs::directory_iterator()) == 1);
}

TEST_CASE("A typed answer with U+FFFE or a control character is saved so it reads back",
          "[results][io]") {
    test::TempFolder folder;
    auto r = sample();
    // U+FFFE, U+FFFF, ESC, BEL and a lone surrogate: all typed or pasted by a learner.
    r.attempts[0].answers[0].given = "19\xEF\xBF\xBE"
                                     "37\xEF\xBF\xBF\x1b[2J\x07\xED\xA0\x80.";
    r.learnerName = "Aysel\x01";
    auto saved = io::ResultsWriter::save(r, folder.path());
    REQUIRE(saved.ok());
    const auto again = io::ResultsReader::readFile(saved.value());
    INFO((again.diagnostics.empty() ? "" : again.diagnostics[0].format()));
    REQUIRE(again.result);
    CHECK(again.result->attempts[0].answers[0].given ==
          "19\xEF\xBF\xBD"
          "37\xEF\xBF\xBD\xEF\xBF\xBD[2J\xEF\xBF\xBD\xEF\xBF\xBD.");
    CHECK(again.result->learnerName == "Aysel\xEF\xBF\xBD");
}

TEST_CASE("A results file holding U+FFFE is refused with a message naming it", "[results][io]") {
    const auto line = [](const std::string& given) {
        return io::ResultsReader::readString(
            "<results format=\"1\">\n<x>" + given + "</x></results>\n", "r.xml");
    };
    CHECK(has(line("\xEF\xBF\xBE").diagnostics, 2, "U+FFFE is not allowed in an XML file"));
    CHECK(has(line("\xEF\xBF\xBF").diagnostics, 2, "U+FFFF is not allowed in an XML file"));
    CHECK(has(line("\xED\xA0\x80").diagnostics, 2, "U+D800 is a UTF-16 surrogate"));
    CHECK(has(line("\xF4\x90\x80\x80").diagnostics, 2, "U+110000 is past U+10FFFF"));
    CHECK(has(line("\xC0\xAF").diagnostics, 2, "U+002F is written in 2 bytes instead of 1"));
    CHECK(has(line("\xE9t\xE9").diagnostics, 2, "byte 0xE9 is not valid UTF-8"));
}

TEST_CASE("A damaged results file gives file:line errors", "[results][io]") {
    const auto r = io::ResultsReader::readFile(fixtures / "broken.results.xml");
    CHECK_FALSE(r.result);
    CHECK(has(r.diagnostics, 5, "not a time"));
    CHECK(has(r.diagnostics, 6, "out of range"));
    CHECK(has(r.diagnostics, 6, "right, partial or wrong"));
    auto wrong = io::ResultsReader::readString("<assignment/>", "x.xml");
    CHECK(has(wrong.diagnostics, 1, "not a results file"));
    auto truncated = io::ResultsReader::readString("<results format=\"1\">\n<learner", "t.xml");
    CHECK_FALSE(truncated.result);
    CHECK_FALSE(truncated.diagnostics.empty());
}

TEST_CASE("A folder of results skips malformed and foreign files by name", "[results][io]") {
    const auto folder = io::ResultsReader::readFolder(fixtures);
    CHECK(folder.files == 6);
    CHECK(folder.assignmentId == "great-terror-test");
    REQUIRE(folder.results.size() == 2); // the same learner twice: the report merges them
    CHECK(folder.results[0].learnerId == "aysel");
    CHECK(folder.results[1].learnerId == "aysel");
    CHECK(folder.warnings.size() == 4);
    for (const char* name :
         {"broken.results.xml", "foreign.results.xml", "not-results.xml", "binary.xml"}) {
        CAPTURE(name);
        CHECK(std::any_of(folder.warnings.begin(), folder.warnings.end(), [&](const auto& w) {
            return w.file.find(name) != std::string::npos &&
                   w.message.find("skipped") != std::string::npos;
        }));
    }
    const auto other = io::ResultsReader::readFolder(fixtures, "another-assignment");
    REQUIRE(other.results.size() == 1);
    CHECK(other.results[0].learnerId == "leyla");
}

TEST_CASE("A FIFO among the results is named and not waited on", "[results][io][fifo]") {
    test::TempFolder temp;
    fs::copy_file(fixtures / "aysel.results.xml", temp.path() / "aysel.results.xml");
    test::Fifo fifo(temp.path() / "zaur.results.xml");
    REQUIRE(fifo.made());
    const auto folder = io::ResultsReader::readFolder(temp.path());
    CHECK(fifo.elapsed() < 2.0);
    CHECK(folder.results.size() == 1);
    REQUIRE(folder.warnings.size() == 1);
    CHECK(folder.warnings[0].format() ==
          fifo.path().string() + ": warning: skipped: not a regular file (a FIFO)");
}

TEST_CASE("An attempt left open reads back open; a bad open= names its line", "[results][io]") {
    // Files written before attempts could be left have no open=: every attempt is closed.
    const auto old = io::ResultsReader::readFile(fixtures / "aysel.results.xml");
    REQUIRE(old.result);
    REQUIRE_FALSE(old.result->attempts.empty());
    CHECK_FALSE(old.result->attempts.front().open);
    auto left = *old.result;
    left.attempts.back().open = true;
    const auto back = io::ResultsReader::readString(io::ResultsWriter::toXml(left), "left.xml");
    REQUIRE(back.result);
    CHECK(back.result->attempts.back().open);
    std::string xml = io::ResultsWriter::toXml(left);
    xml.replace(xml.find("open=\"true\""), 11, "open=\"maybe\"");
    const auto bad = io::ResultsReader::readString(xml, "bad.xml");
    CHECK_FALSE(bad.result);
    CHECK(std::any_of(bad.diagnostics.begin(), bad.diagnostics.end(), [](const auto& d) {
        return d.file == "bad.xml" && d.line > 1 &&
               d.message.find("open=\"maybe\" must be true or false") != std::string::npos;
    }));
}

TEST_CASE("Results carry the learner's uid, roster id, and each answer's category and right answer",
          "[results][io][uid]") {
    auto original = sample();
    original.learnerUid = "7f3a9c0011223344";
    original.rosterId = "17";
    original.attempts[0].answers[0].category = "dates";
    original.attempts[0].answers[0].right = "1937 & <after>";
    const std::string xml = io::ResultsWriter::toXml(original);
    CHECK(xml.find("uid=\"7f3a9c0011223344\" roster-id=\"17\"") != std::string::npos);
    const auto r = io::ResultsReader::readString(xml, "m.xml");
    REQUIRE(r.result);
    CHECK(r.result->learnerUid == original.learnerUid);
    CHECK(r.result->rosterId == "17");
    CHECK(r.result->attempts[0].answers[0].category == "dates");
    CHECK(r.result->attempts[0].answers[0].right == "1937 & <after>");
    CHECK(r.result->attempts[0].answers[1].category.empty());
    CHECK(r.result->attempts[0].answers[1].right.empty());
    CHECK(io::ResultsWriter::fileName(original) == "terror--aysel--7f3a9c.results.xml");
    CHECK(io::ResultsWriter::legacyFileName(original) == "terror--aysel.results.xml");
}

TEST_CASE("Results files of older versions load without uid, roster id or categories",
          "[results][io][uid]") {
    for (const char* name : {"aysel.results.xml", "aysel-retake.results.xml"}) {
        const auto r = io::ResultsReader::readFile(fixtures / name);
        REQUIRE(r.result);
        CHECK(r.result->learnerUid.empty());
        CHECK(r.result->rosterId.empty());
        CHECK(r.result->attempts[0].answers[0].right.empty());
    }
}

TEST_CASE("A bad uid, roster id or category names its line", "[results][io][uid]") {
    const std::string head = "<?xml version=\"1.0\"?>\n<results format=\"1\">\n";
    const std::string assignment = "<assignment id=\"t\"/>\n";
    auto read = [&](const std::string& learner, const std::string& rest = "") {
        return io::ResultsReader::readString(head + learner + assignment + rest + "</results>\n",
                                             "r.xml");
    };
    auto r = read("<learner id=\"a\" uid=\"7F3A9C0011223344\"/>\n");
    CHECK_FALSE(r.result);
    CHECK(has(r.diagnostics, 3, "is not sixteen lowercase hex digits"));
    r = read("<learner id=\"a\" uid=\"\"/>\n");
    CHECK_FALSE(r.result);
    r = read("<learner id=\"a\" roster-id=\"a b\"/>\n");
    CHECK_FALSE(r.result);
    CHECK(has(r.diagnostics, 3, "roster-id"));
    r = read("<learner id=\"a\"/>\n",
             "<attempt start=\"2026-11-25T10:00:00Z\" end=\"2026-11-25T10:00:00Z\">\n"
             "<answer question=\"q\" fact=\"f\" score=\"1\" outcome=\"right\" "
             "category=\"gossip\"/>\n</attempt>\n");
    CHECK_FALSE(r.result);
    CHECK(has(r.diagnostics, 6, "category"));
}
