#include <app/Learners.hpp>

#include <io/DataPaths.hpp>
#include <io/Language.hpp>
#include <io/LibraryLoader.hpp>
#include <io/ProgressReader.hpp>

#include <catch2/catch.hpp>

#include <chrono>
#include <fstream>
#include <memory>
#include <random>
#include <string>

namespace fs = std::filesystem;
using namespace yaddas;
using app::Learners;

namespace {

constexpr std::int64_t start = 1795618800; // 2026-11-25 15:00:00 UTC

/// A data folder of its own, removed at the end.
struct DataDir {
    fs::path path;
    DataDir() {
        std::random_device rd;
        path = fs::temp_directory_path() / ("yaddas-learners-" + std::to_string(rd()));
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~DataDir() {
        std::error_code ignored;
        fs::remove_all(path, ignored);
    }
    DataDir(const DataDir&) = delete;
    DataDir& operator=(const DataDir&) = delete;

    /// A full or read-only disk, whoever runs the test: the learners folder becomes a file,
    /// so every save fails (ENOTDIR) while the open learner's lock stays held.
    void breakSaving() {
        fs::rename(path / "learners", path / "learners.away");
        std::ofstream(path / "learners") << "not a folder";
    }
    void repairSaving() {
        fs::remove(path / "learners");
        fs::rename(path / "learners.away", path / "learners");
    }
    std::size_t answersOnDisk(const std::string& id) const {
        return io::ProgressReader::read(path / "learners" / (id + ".xml")).learner.answers().size();
    }
};

core::AnswerRecord answer(const std::string& fact) {
    core::AnswerRecord a;
    a.questionKind = "single";
    a.factId = fact;
    a.moduleId = "beginning";
    a.given = "28 April 1920";
    a.outcome = core::Outcome::Right;
    a.fraction = 1.0;
    a.seconds = 5.0;
    return a;
}

} // namespace

TEST_CASE("Answers that could not be saved are saved when the learner leaves",
          "[app][learners][unsaved]") {
    DataDir data;
    auto now = std::make_shared<std::int64_t>(start);
    Learners learners(data.path, [now] { return *now; });
    REQUIRE(learners.create("Ada").empty());
    data.breakSaving();
    for (const char* fact : {"a", "b", "c"}) {
        CHECK(learners.recordAnswer(answer(fact)).find("could not be saved") != std::string::npos);
    }
    CHECK(learners.unsaved());
    CHECK_FALSE(learners.saveProblem().empty());

    // Still failing: the learner is not closed, so nothing is dropped.
    CHECK_FALSE(learners.close().empty());
    CHECK(learners.hasCurrent());
    CHECK(learners.learner()->answers().size() == 3);

    data.repairSaving();
    CHECK(learners.close().empty());
    CHECK_FALSE(learners.hasCurrent());
    CHECK(data.answersOnDisk("ada") == 3);
}

TEST_CASE("Answers that could not be saved are tried again every 30 seconds",
          "[app][learners][unsaved]") {
    DataDir data;
    auto now = std::make_shared<std::int64_t>(start);
    Learners learners(data.path, [now] { return *now; });
    REQUIRE(learners.create("Ada").empty());
    data.breakSaving();
    CHECK_FALSE(learners.recordAnswer(answer("a")).empty());
    data.repairSaving();

    *now += Learners::kRetrySeconds - 1;
    CHECK(learners.retryIfDue().empty()); // not yet tried
    CHECK(learners.unsaved());
    CHECK(data.answersOnDisk("ada") == 0);

    *now += 1;
    CHECK(learners.retryIfDue().empty());
    CHECK_FALSE(learners.unsaved());
    CHECK(data.answersOnDisk("ada") == 1);
}

TEST_CASE("Another learner cannot be chosen while answers wait to be saved",
          "[app][learners][unsaved]") {
    DataDir data;
    Learners learners(data.path, [] { return start; });
    REQUIRE(learners.create("Bahar").empty());
    REQUIRE(learners.create("Ada").empty());
    data.breakSaving();
    CHECK_FALSE(learners.recordAnswer(answer("a")).empty());
    CHECK_FALSE(learners.select("Bahar").empty());
    CHECK(learners.current() == "Ada");
    data.repairSaving();
    CHECK(learners.select("Bahar").empty());
    CHECK(learners.current() == "Bahar");
    CHECK(data.answersOnDisk("ada") == 1);
}

TEST_CASE("A copy of unsaved answers is written elsewhere under a new name",
          "[app][learners][unsaved]") {
    DataDir data;
    Learners learners(data.path, [] { return start; });
    REQUIRE(learners.create("Ada").empty());
    data.breakSaving();
    CHECK_FALSE(learners.recordAnswer(answer("a")).empty());
    const fs::path elsewhere = data.path / "elsewhere";
    fs::create_directories(elsewhere);
    auto first = learners.saveCopy({data.path / "learners", elsewhere});
    REQUIRE(first);
    CHECK(first.value().parent_path() == elsewhere);
    CHECK(first.value().filename() == "yaddas-ada-20261125T150000.xml");
    auto second = learners.saveCopy({elsewhere});
    REQUIRE(second);
    CHECK(second.value().filename() == "yaddas-ada-20261125T150000-2.xml");
    const auto read = io::ProgressReader::read(first.value());
    REQUIRE(read.status == io::ProgressReader::Status::Ok);
    CHECK(read.learner.answers().size() == 1);
    data.repairSaving();
}

TEST_CASE("Opening a learner makes them the most recent, without writing their file",
          "[app][learners][recent]") {
    DataDir data;
    Learners learners(data.path, [] { return start; });
    REQUIRE(learners.create("Bahar").empty());
    REQUIRE(learners.create("Ada").empty());
    REQUIRE(learners.close().empty());
    // As after a day in the lab: Ada an hour ago, Bahar yesterday.
    const auto now = fs::file_time_type::clock::now();
    for (const char* file : {"ada.xml", "ada.lock"}) {
        fs::last_write_time(data.path / "learners" / file, now - std::chrono::hours(1));
    }
    for (const char* file : {"bahar.xml", "bahar.lock"}) {
        fs::last_write_time(data.path / "learners" / file, now - std::chrono::hours(24));
    }
    {
        const core::LearnerSearch search(learners.withLastUse());
        REQUIRE(search.size() == 2);
        CHECK(search.all()[0].name == "Ada");
        CHECK(search.all()[0].lastUsed > search.all()[1].lastUsed);
    }
    REQUIRE(learners.select("Bahar").empty());
    REQUIRE(learners.close().empty());
    const core::LearnerSearch search(learners.withLastUse());
    CHECK(search.all()[0].name == "Bahar");
    CHECK(search.all()[1].name == "Ada");
    // Opening Bahar wrote only her lock, never her progress file.
    CHECK(fs::last_write_time(data.path / "learners" / "bahar.xml") ==
          now - std::chrono::hours(24));
}

TEST_CASE("What the learner is told comes out in the interface's language",
          "[app][learners][i18n]") {
    struct English {
        ~English() { io::Language::use("en"); }
    } restore;
    DataDir data;
    Learners learners(data.path, [] { return start; });
    io::Language::use("az");
    CHECK(learners.create("").find("Əvvəlcə ad yazın.") == 0);
    REQUIRE(learners.create("Ada").empty());
    CHECK(learners.create("Ada") == "Ada adlı şagird artıq var. Bu adı siyahıdan seçin.");
    CHECK(learners.assignmentSummary() == "Müəllimdən tapşırıq yoxdur.");
    io::Language::use("ru");
    CHECK(learners.assignmentSummary() == "Заданий от учителя нет.");
    io::Language::use("en");
    CHECK(learners.assignmentSummary() == "No assignment from your teacher.");
}

TEST_CASE("The module map's figures of each module follow the learner's answers",
          "[app][learners][stats]") {
    const core::Library library = io::LibraryLoader::load({fs::path(YADDAS_SOURCE_DIR) / "lessons"},
                                                          io::DataPaths::sourceText())
                                      .library;
    REQUIRE(library.modules().size() >= 2);
    const core::Module& first = library.modules()[0];
    const core::Module& second = library.modules()[1];
    REQUIRE_FALSE(first.factIds().empty());
    DataDir data;
    auto now = std::make_shared<std::int64_t>(start);
    Learners learners(data.path, [now] { return *now; });
    REQUIRE(learners.create("Ada").empty());
    auto stats = learners.moduleStats(first, library);
    CHECK_FALSE(stats.mastery);
    CHECK_FALSE(stats.lastScore);
    CHECK(stats.due == 0);

    // Kept between layouts, computed again after each answer and quiz.
    core::AnswerRecord a = answer(first.factIds()[0]);
    a.moduleId = first.id;
    a.at = *now;
    REQUIRE(learners.recordAnswer(a).empty());
    stats = learners.moduleStats(first, library);
    REQUIRE(stats.mastery);
    CHECK(*stats.mastery > 0);
    CHECK_FALSE(learners.moduleStats(second, library).mastery);
    core::QuizResult quiz;
    quiz.at = *now;
    quiz.moduleId = first.id;
    quiz.questions = 10;
    quiz.right = 7;
    REQUIRE(learners.recordQuiz(quiz).empty());
    CHECK(learners.moduleStats(first, library).lastScore == std::string("7 of 10"));
    CHECK_FALSE(learners.moduleStats(second, library).lastScore);

    // Facts fall due as time passes, with no answer in between: counted for their module.
    CHECK(learners.moduleStats(first, library).due == 0);
    *now += 400LL * 24 * 3600;
    CHECK(learners.moduleStats(first, library).due == 1);
    CHECK(learners.moduleStats(second, library).due == 0);
}

TEST_CASE("Reading aloud, its speed and voice are kept for the learner's next start",
          "[app][learners][speech]") {
    DataDir data;
    Learners learners(data.path, [] { return start; });
    REQUIRE(learners.create("Ada").empty());
    CHECK_FALSE(learners.settings().speech);
    CHECK(learners.settings().speechRate == 100);
    CHECK(learners.settings().voice.empty());
    app::Settings chosen = learners.settings();
    chosen.speech = true;
    chosen.speechRate = 400; // beyond the fastest: kept at it
    chosen.voice = "f2";
    REQUIRE(learners.saveSettings(chosen).empty());
    CHECK(learners.settings().speech);
    CHECK(learners.settings().speechRate == app::Settings::kMaxSpeechRate);
    CHECK(learners.settings().voice == "f2");
    REQUIRE(learners.close().empty());
    REQUIRE(learners.select("Ada").empty());
    const app::Settings again = learners.settings();
    CHECK(again.speech);
    CHECK(again.speechRate == app::Settings::kMaxSpeechRate);
    CHECK(again.voice == "f2");
    chosen.speechRate = 10;
    REQUIRE(learners.saveSettings(chosen).empty());
    CHECK(learners.settings().speechRate == app::Settings::kMinSpeechRate);
}
