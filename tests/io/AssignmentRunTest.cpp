#include <io/AssignmentRun.hpp>

#include <core/Grade.hpp>
#include <core/Question.hpp>
#include <io/ResultsReader.hpp>

#include <catch2/catch.hpp>

#include <fstream>
#include <random>
#include <set>
#include <string>

namespace fs = std::filesystem;
using yaddas::io::AssignmentRun;

namespace {

fs::path freshDir(const std::string& name) {
    std::random_device rd;
    const fs::path dir =
        fs::temp_directory_path() / ("yaddas-assignment-run-" + name + "-" + std::to_string(rd()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

const fs::path kOnce = fs::path(YADDAS_FIXTURES_DIR) / "app" / "assignment-once.xml";
const fs::path kBroken = fs::path(YADDAS_FIXTURES_DIR) / "app" / "assignment-broken.xml";

yaddas::core::Question questionFor(const std::string& id) {
    yaddas::core::Question q;
    q.id = id + "/year";
    q.factId = id;
    q.kind = yaddas::core::QuestionKind::TypedYear;
    q.prompt = "In which year?";
    return q;
}

} // namespace

TEST_CASE("Opening an assignment keeps a copy in the data folder", "[io][assignment]") {
    const fs::path data = freshDir("import");
    CHECK(AssignmentRun::import(kOnce, data).empty());
    CHECK(fs::exists(data / "assignments" / "assignment-once.xml"));
    const auto entries = AssignmentRun::list(data);
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].assignment.id == "three-dates");
    CHECK(entries[0].checksum.size() == 16);
    // Opening it again (from where it is kept) changes nothing.
    CHECK(AssignmentRun::import(data / "assignments" / "assignment-once.xml", data).empty());
    CHECK(AssignmentRun::list(data).size() == 1);
    fs::remove_all(data);
}

TEST_CASE("A broken assignment is refused with its file and line", "[io][assignment]") {
    const fs::path data = freshDir("broken");
    const std::string error = AssignmentRun::import(kBroken, data);
    CHECK(error.find("assignment-broken.xml:4:") != std::string::npos);
    CHECK_FALSE(fs::exists(data / "assignments" / "assignment-broken.xml"));
    CHECK(AssignmentRun::import(data / "no-such-file.xml", data).find("no-such-file.xml") !=
          std::string::npos);
    fs::remove_all(data);
}

TEST_CASE("Every answer is written, and attempts beyond the allowed are refused",
          "[io][assignment]") {
    const fs::path data = freshDir("attempts");
    REQUIRE(AssignmentRun::import(kOnce, data).empty());
    const auto entries = AssignmentRun::list(data);
    REQUIRE(entries.size() == 1);
    const fs::path folder = data / "chosen";

    AssignmentRun run(entries[0], "aysel", "Aysel");
    CHECK(run.attemptsUsed(folder) == 0);
    REQUIRE(run.begin(folder, 1000).empty());
    REQUIRE(run.deadline());
    CHECK(*run.deadline() == 1000 + 30 * 60);
    yaddas::core::Grade right;
    right.fraction = 1.0;
    right.outcome = yaddas::core::Outcome::Right;
    REQUIRE(run.record(questionFor("e-one"), "1937", right, 1010).empty());
    // Written after the first answer, before the attempt ends: nothing is lost in a crash.
    const fs::path file = folder / "three-dates--aysel.results.xml";
    auto read = yaddas::io::ResultsReader::readFile(file);
    REQUIRE(read.result);
    REQUIRE(read.result->attempts.size() == 1);
    CHECK(read.result->attempts[0].answers.size() == 1);
    CHECK(read.result->attempts[0].answers[0].given == "1937");
    REQUIRE(run.finish(1020).empty());
    CHECK(run.written() == file);
    read = yaddas::io::ResultsReader::readFile(file);
    REQUIRE(read.result);
    CHECK(read.result->attempts[0].end == 1020);

    AssignmentRun again(entries[0], "aysel", "Aysel");
    CHECK(again.attemptsUsed(folder) == 1);
    const std::string refused = again.begin(folder, 2000);
    CHECK(refused.find("the one attempt") != std::string::npos);
    CHECK_FALSE(again.started());
    // The refused attempt left the file as it was.
    read = yaddas::io::ResultsReader::readFile(file);
    REQUIRE(read.result);
    CHECK(read.result->attempts.size() == 1);

    // Another learner's file under this learner's name is never overwritten.
    AssignmentRun other(entries[0], "aysel", "Aysel");
    const fs::path foreign = data / "foreign";
    fs::create_directories(foreign);
    {
        std::ofstream out(foreign / "three-dates--aysel.results.xml", std::ios::binary);
        out << "<results format=\"1\"><learner id=\"kamal\"/><assignment id=\"three-dates\"/>"
               "</results>\n";
    }
    CHECK(other.begin(foreign, 3000).find("someone else") != std::string::npos);
    CHECK_FALSE(other.started());
    fs::remove_all(data);
}

TEST_CASE("The results folder chosen last is offered next time", "[io][assignment]") {
    const fs::path data = freshDir("folders");
    CHECK(AssignmentRun::defaultResultsFolder(data) == data / "results");
    const fs::path chosen = data / "usb";
    fs::create_directories(chosen);
    AssignmentRun::rememberFolder(data, "results", chosen);
    CHECK(AssignmentRun::defaultResultsFolder(data) == chosen);
    fs::remove_all(chosen);
    CHECK(AssignmentRun::defaultResultsFolder(data) == data / "results"); // gone: the default
    fs::remove_all(data);
}

TEST_CASE("An attempt left with 'Save and leave' is resumed without using another attempt",
          "[io][assignment]") {
    const fs::path data = freshDir("resume");
    REQUIRE(AssignmentRun::import(kOnce, data).empty());
    const auto entries = AssignmentRun::list(data);
    REQUIRE(entries.size() == 1);
    const fs::path folder = data / "chosen";
    yaddas::core::Grade right;
    right.fraction = 1.0;
    right.outcome = yaddas::core::Outcome::Right;

    AssignmentRun run(entries[0], "aysel", "Aysel");
    REQUIRE(run.begin(folder, 1000).empty());
    REQUIRE(run.record(questionFor("e-one"), "1937", right, 1010).empty());
    REQUIRE(run.pause(1020).empty());
    const fs::path file = folder / "three-dates--aysel.results.xml";
    auto read = yaddas::io::ResultsReader::readFile(file);
    REQUIRE(read.result);
    REQUIRE(read.result->attempts.size() == 1);
    CHECK(read.result->attempts[0].open); // left, not handed in

    // The one attempt this assignment allows is not used up: the next start resumes it.
    AssignmentRun again(entries[0], "aysel", "Aysel");
    CHECK(again.canResume(folder, 1500));
    REQUIRE(again.begin(folder, 1500).empty());
    CHECK(again.resumed());
    CHECK(again.answeredIds() == std::set<std::string>{"e-one/year"});
    REQUIRE(again.deadline());
    CHECK(*again.deadline() == 1000 + 30 * 60); // the time counts from the attempt's start
    REQUIRE(again.finish(1600).empty());
    read = yaddas::io::ResultsReader::readFile(file);
    REQUIRE(read.result);
    REQUIRE(read.result->attempts.size() == 1);
    CHECK_FALSE(read.result->attempts[0].open);
    CHECK(read.result->attempts[0].end == 1600);

    // Left, and back after its time ran out: closed where the time ended; no attempt is left.
    const fs::path late = data / "late";
    AssignmentRun first(entries[0], "aysel", "Aysel");
    REQUIRE(first.begin(late, 1000).empty());
    REQUIRE(first.pause(1010).empty());
    AssignmentRun after(entries[0], "aysel", "Aysel");
    CHECK_FALSE(after.canResume(late, 1000 + 31 * 60));
    CHECK(after.begin(late, 1000 + 31 * 60).find("the one attempt") != std::string::npos);
    fs::remove_all(data);
}
