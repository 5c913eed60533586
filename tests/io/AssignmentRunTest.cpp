#include <io/AssignmentRun.hpp>

#include <core/Grade.hpp>
#include <core/Question.hpp>
#include <io/ResultsReader.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <random>
#include <set>
#include <string>
#include <vector>

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

namespace {

std::string slurpFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::vector<std::string> namesIn(const fs::path& folder) {
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(folder)) {
        names.push_back(e.path().filename().string());
    }
    std::sort(names.begin(), names.end());
    return names;
}

yaddas::core::Grade rightGrade() {
    yaddas::core::Grade g;
    g.fraction = 1.0;
    g.outcome = yaddas::core::Outcome::Right;
    return g;
}

const std::string kUidA = "7f3a9c0011223344";
const std::string kUidB = "0b51de99aabbccdd";

} // namespace

TEST_CASE("Two learners with the same name write two files into one shared folder",
          "[io][assignment][uid]") {
    const fs::path data = freshDir("same-name");
    REQUIRE(AssignmentRun::import(kOnce, data).empty());
    const auto entries = AssignmentRun::list(data);
    REQUIRE(entries.size() == 1);
    const fs::path shared = data / "class-9b";

    for (const std::string& uid : {kUidA, kUidB}) {
        AssignmentRun run(entries[0], "aysel-memmedova", "Aysel Məmmədova", uid);
        CHECK(run.attemptsUsed(shared) == 0); // the other Aysel's file is not hers
        REQUIRE(run.begin(shared, 1000).empty());
        REQUIRE(run.record(questionFor("e-one"), "1937", rightGrade(), 1010).empty());
        REQUIRE(run.finish(1020).empty());
    }
    // Two files, neither overwritten or appended to, and no .bak beside them.
    CHECK(namesIn(shared) ==
          std::vector<std::string>{"three-dates--aysel-memmedova--0b51de.results.xml",
                                   "three-dates--aysel-memmedova--7f3a9c.results.xml"});
    for (const std::string& uid : {kUidA, kUidB}) {
        const auto read = yaddas::io::ResultsReader::readFile(
            shared / ("three-dates--aysel-memmedova--" + uid.substr(0, 6) + ".results.xml"));
        REQUIRE(read.result);
        CHECK(read.result->learnerUid == uid);
        CHECK(read.result->attempts.size() == 1);
    }
    fs::remove_all(data);
}

TEST_CASE("An attempt saved under the old file name goes on under the new one, counted once",
          "[io][assignment][uid]") {
    const fs::path data = freshDir("legacy");
    REQUIRE(AssignmentRun::import(kOnce, data).empty());
    const auto entries = AssignmentRun::list(data);
    REQUIRE(entries.size() == 1);
    const fs::path folder = data / "chosen";

    // As an older version left it: no uid, the old name, the attempt left open.
    AssignmentRun old(entries[0], "aysel", "Aysel");
    REQUIRE(old.begin(folder, 1000).empty());
    REQUIRE(old.record(questionFor("e-one"), "1937", rightGrade(), 1010).empty());
    REQUIRE(old.pause(1020).empty());
    const fs::path legacy = folder / "three-dates--aysel.results.xml";
    REQUIRE(fs::exists(legacy));

    AssignmentRun now(entries[0], "aysel", "Aysel", kUidA);
    CHECK(now.attemptsUsed(folder) == 1);
    CHECK(now.canResume(folder, 1500));
    REQUIRE(now.begin(folder, 1500).empty());
    CHECK(now.resumed());
    CHECK(now.answeredIds() == std::set<std::string>{"e-one/year"});
    // The new file holds the attempt; the old one is gone, so the report counts it once.
    CHECK(namesIn(folder) == std::vector<std::string>{"three-dates--aysel--7f3a9c.results.xml"});
    REQUIRE(now.finish(1600).empty());
    const auto read = yaddas::io::ResultsReader::readFile(now.written());
    REQUIRE(read.result);
    CHECK(read.result->learnerUid == kUidA);
    REQUIRE(read.result->attempts.size() == 1);
    CHECK(read.result->attempts[0].answers.size() == 1);
    fs::remove_all(data);
}

TEST_CASE("An old-name file with another learner's uid is not taken over",
          "[io][assignment][uid]") {
    const fs::path data = freshDir("legacy-other");
    REQUIRE(AssignmentRun::import(kOnce, data).empty());
    const auto entries = AssignmentRun::list(data);
    REQUIRE(entries.size() == 1);
    const fs::path folder = data / "chosen";
    fs::create_directories(folder);
    const fs::path legacy = folder / "three-dates--aysel.results.xml";
    {
        std::ofstream out(legacy, std::ios::binary);
        out << "<results format=\"1\"><learner id=\"aysel\" uid=\"" << kUidB
            << "\"/><assignment id=\"three-dates\"/><attempt start=\"2026-11-25T10:00:00Z\" "
               "end=\"2026-11-25T10:05:00Z\"/></results>\n";
    }
    const std::string before = slurpFile(legacy);
    AssignmentRun run(entries[0], "aysel", "Aysel", kUidA);
    CHECK(run.attemptsUsed(folder) == 0);
    REQUIRE(run.begin(folder, 1000).empty());
    REQUIRE(run.finish(1010).empty());
    CHECK(slurpFile(legacy) == before);
    CHECK(fs::exists(folder / "three-dates--aysel--7f3a9c.results.xml"));
    fs::remove_all(data);
}

TEST_CASE("A file planted under the learner's results name is never appended to or followed",
          "[io][assignment][uid]") {
    const fs::path data = freshDir("planted");
    REQUIRE(AssignmentRun::import(kOnce, data).empty());
    const auto entries = AssignmentRun::list(data);
    REQUIRE(entries.size() == 1);
    const fs::path folder = data / "chosen";
    fs::create_directories(folder);
    const fs::path name = folder / "three-dates--aysel--7f3a9c.results.xml";

    SECTION("a file with another uid") {
        {
            std::ofstream out(name, std::ios::binary);
            out << "<results format=\"1\"><learner id=\"aysel\" uid=\"7f3a9cffffffffff\"/>"
                   "<assignment id=\"three-dates\"/></results>\n";
        }
        const std::string before = slurpFile(name);
        AssignmentRun run(entries[0], "aysel", "Aysel", kUidA);
        CHECK(run.begin(folder, 1000).find("belongs to someone else") != std::string::npos);
        CHECK_FALSE(run.started());
        CHECK(slurpFile(name) == before);
    }
    SECTION("a link") {
        const fs::path target = data / "elsewhere.xml";
        {
            std::ofstream out(target, std::ios::binary);
            out << "keep me\n";
        }
        fs::create_symlink(target, name);
        AssignmentRun run(entries[0], "aysel", "Aysel", kUidA);
        CHECK(run.begin(folder, 1000).find("is a link") != std::string::npos);
        CHECK_FALSE(run.started());
        CHECK(slurpFile(target) == "keep me\n");
        CHECK(fs::is_symlink(name));
    }
    fs::remove_all(data);
}

TEST_CASE("The name picked from the class list is written and remembered for the next attempt",
          "[io][assignment][roster]") {
    const fs::path data = freshDir("roster");
    REQUIRE(AssignmentRun::import(kOnce, data).empty());
    const auto entries = AssignmentRun::list(data);
    REQUIRE(entries.size() == 1);
    const fs::path folder = data / "chosen";

    AssignmentRun run(entries[0], "aysel", "Aysel", kUidA);
    CHECK(run.rememberedRosterId(folder).empty());
    run.setRosterId("17");
    REQUIRE(run.begin(folder, 1000).empty());
    REQUIRE(run.pause(1010).empty());
    auto read = yaddas::io::ResultsReader::readFile(run.written());
    REQUIRE(read.result);
    CHECK(read.result->rosterId == "17");
    CHECK(slurpFile(run.written()).find("roster-id=\"17\"") != std::string::npos);

    AssignmentRun again(entries[0], "aysel", "Aysel", kUidA);
    CHECK(again.rememberedRosterId(folder) == "17");
    REQUIRE(again.begin(folder, 1100).empty()); // resumes; the pick is kept
    REQUIRE(again.finish(1200).empty());
    read = yaddas::io::ResultsReader::readFile(again.written());
    REQUIRE(read.result);
    CHECK(read.result->rosterId == "17");
    fs::remove_all(data);
}
