#include <io/AtomicFile.hpp>
#include <io/ProgressReader.hpp>
#include <io/ProgressStore.hpp>

#include "TempFolder.hpp"

#include <catch2/catch.hpp>

#include <csignal>
#include <fstream>
#include <random>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

using namespace yaddas;
using io::ProgressStore;

namespace {

constexpr std::int64_t now = 1795618800; // 2026-11-25 15:00:00 UTC

ProgressStore::Clock fixedClock() {
    return [] { return now; };
}

core::AnswerRecord answer(std::int64_t at, const std::string& fact,
                          core::Outcome outcome = core::Outcome::Right) {
    core::AnswerRecord a;
    a.at = at;
    a.questionKind = "date-choice";
    a.factId = fact;
    a.moduleId = "beginnings";
    a.given = "28 April 1920";
    a.outcome = outcome;
    a.fraction = outcome == core::Outcome::Right ? 1.0 : 0.0;
    a.seconds = 8.5;
    return a;
}

std::string slurp(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

void spit(const std::filesystem::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
}

} // namespace

TEST_CASE("Learners are created, listed, found and reopened", "[io][store]") {
    test::TempFolder folder;
    ProgressStore store(folder.path(), fixedClock());
    CHECK(store.listLearners().empty());
    {
        auto created = store.create("  Aysel Məmmədova ");
        REQUIRE(created);
        auto& session = created.value();
        CHECK(session.learner().profile().id == "aysel-memmedova");
        CHECK(session.learner().profile().displayName == "Aysel Məmmədova");
        CHECK(session.beginSession(now).saved);
        CHECK(session.recordAnswer(answer(now + 10, "sovietization")).saved);
        CHECK(session.markRead("beginnings", "april-1920", 0.5, now + 20).saved);
        core::LearnerSettings settings;
        settings.theme = core::LearnerSettings::Theme::HighContrast;
        settings.textSizePercent = 175;
        CHECK(session.setSettings(settings).saved);
    }
    REQUIRE(store.create("Tural"));
    CHECK_FALSE(store.create("aysel məmmədova").ok()); // same name, other case: refused
    CHECK_FALSE(store.create("   ").ok());

    auto list = store.listLearners();
    REQUIRE(list.size() == 2);
    CHECK(list[0].displayName == "Aysel Məmmədova");
    CHECK(list[1].id == "tural");
    REQUIRE(store.find("AYSEL MƏMMƏDOVA"));
    CHECK(store.find("tural")->displayName == "Tural");
    CHECK_FALSE(store.find("nobody"));

    auto reopened = store.open("aysel-memmedova");
    REQUIRE(reopened);
    const core::Learner& learner = reopened.value().learner();
    CHECK(reopened.value().notice().empty());
    REQUIRE(learner.answers().size() == 1);
    CHECK(learner.answers()[0].seconds == 8.5);
    CHECK(learner.memoryOf("sovietization") != nullptr);
    CHECK(learner.settings().textSizePercent == 175);
    CHECK(learner.readingOf("beginnings")->section == "april-1920");
    CHECK(reopened.value().dueFacts(now + 3600).size() == 1);

    CHECK_FALSE(store.open("nobody").ok());
    CHECK_FALSE(store.open("../etc/passwd").ok());
}

TEST_CASE("Slugs are readable file names", "[io][store]") {
    CHECK(ProgressStore::slugOf("Aysel Məmmədova") == "aysel-memmedova");
    CHECK(ProgressStore::slugOf("Şəhriyar Üzeyir-oğlu") == "sehriyar-uzeyir-oglu");
    CHECK(ProgressStore::slugOf("日本") == "learner");
    CHECK(ProgressStore::validId("a-1"));
    CHECK_FALSE(ProgressStore::validId("A"));
    CHECK_FALSE(ProgressStore::validId(""));
    CHECK(ProgressStore::stamp(now) == "20261125T150000");
}

TEST_CASE("A second copy of the app cannot open the same learner", "[io][store]") {
    test::TempFolder folder;
    ProgressStore store(folder.path(), fixedClock());
    auto first = store.create("Nigar");
    REQUIRE(first);
    auto second = store.open("nigar");
    REQUIRE_FALSE(second);
    CHECK(second.error().message.find("already open") != std::string::npos);
    first = core::Error{"closed"}; // the first copy closes the learner
    CHECK(store.open("nigar"));
}

TEST_CASE("A damaged file is set aside and the backup loaded", "[io][store]") {
    test::TempFolder folder;
    ProgressStore store(folder.path(), fixedClock());
    {
        auto session = store.create("Elvin");
        REQUIRE(session);
        REQUIRE(session.value().recordAnswer(answer(now, "a")).saved);
        REQUIRE(session.value().recordAnswer(answer(now + 60, "b")).saved);
    }
    const auto file = store.fileOf("elvin");
    const std::string garbage = "<learner schema=\"2\" id=\"elvin\" name=\"Elv";
    spit(file, garbage);

    auto reopened = store.open("elvin");
    REQUIRE(reopened);
    const auto& session = reopened.value();
    CHECK(session.notice().find("damaged") != std::string::npos);
    CHECK(session.notice().find("elvin.xml.broken-20261125T150000") != std::string::npos);
    CHECK(session.learner().answers().size() == 1); // the backup, one answer behind
    CHECK(slurp(file.string() + ".broken-20261125T150000") == garbage);
    REQUIRE_FALSE(session.diagnostics().empty());
    CHECK(session.diagnostics()[0].file == file.string());
    // The recovered learner was saved again in full.
    CHECK(io::ProgressReader::read(file).status == io::ProgressReader::Status::Ok);
}

TEST_CASE("Damaged file and damaged backup: progress starts afresh, nothing deleted",
          "[io][store]") {
    test::TempFolder folder;
    ProgressStore store(folder.path(), fixedClock());
    std::filesystem::create_directories(store.learnersDir());
    spit(store.fileOf("kamran"), "not xml at all");
    spit(io::AtomicFile::backupOf(store.fileOf("kamran")), "<oops/>");
    auto reopened = store.open("kamran");
    REQUIRE(reopened);
    CHECK(reopened.value().notice().find("starts afresh") != std::string::npos);
    CHECK(reopened.value().learner().answers().empty());
    CHECK(slurp(store.fileOf("kamran").string() + ".broken-20261125T150000") == "not xml at all");
}

TEST_CASE("A file from a newer version is refused and left untouched", "[io][store]") {
    test::TempFolder folder;
    ProgressStore store(folder.path(), fixedClock());
    std::filesystem::create_directories(store.learnersDir());
    const std::string future =
        "<learner schema=\"7\" id=\"gunel\" name=\"Günel\" created=\"1\"><hologram/></learner>";
    spit(store.fileOf("gunel"), future);
    auto opened = store.open("gunel");
    REQUIRE_FALSE(opened);
    CHECK(opened.error().message.find("newer version") != std::string::npos);
    CHECK(slurp(store.fileOf("gunel")) == future);
    CHECK_FALSE(std::filesystem::exists(io::AtomicFile::backupOf(store.fileOf("gunel"))));
    CHECK(store.listLearners().at(0).displayName == "Günel");
}

TEST_CASE("An older file is migrated and the original kept", "[io][store]") {
    test::TempFolder folder;
    ProgressStore store(folder.path(), fixedClock());
    std::filesystem::create_directories(store.learnersDir());
    std::filesystem::copy_file(std::filesystem::path(YADDAS_FIXTURES_DIR) / "progress" /
                                   "v1-learner.xml",
                               store.fileOf("leyla"));
    auto opened = store.open("leyla");
    REQUIRE(opened);
    CHECK(opened.value().notice().find("older version") != std::string::npos);
    CHECK(opened.value().learner().answers().size() == 4);
    CHECK(slurp(store.fileOf("leyla")).find("schema=\"2\"") != std::string::npos);
    CHECK(std::filesystem::exists(store.fileOf("leyla").string() + ".v1"));
}

TEST_CASE("A failed save loses nothing and is retried at the next answer", "[io][store]") {
    test::TempFolder folder;
    ProgressStore store(folder.path(), fixedClock());
    auto created = store.create("Rashad");
    REQUIRE(created);
    auto& session = created.value();
    REQUIRE(session.recordAnswer(answer(now, "a")).saved);

    // Block the temporary file's name with a folder: the save fails as on a full or
    // read-only disk, whoever runs the test (root ignores permissions).
    const auto blocker = store.learnersDir() / (".rashad.xml.tmp-" + std::to_string(::getpid()));
    std::filesystem::create_directory(blocker);
    auto failed = session.recordAnswer(answer(now + 30, "b", core::Outcome::Wrong));
    CHECK_FALSE(failed.saved);
    CHECK(failed.message.find("could not be saved") != std::string::npos);
    CHECK_FALSE(failed.detail.empty());
    CHECK(session.unsaved());
    CHECK(session.learner().answers().size() == 2); // still in memory

    std::filesystem::remove(blocker);
    auto retried = session.recordAnswer(answer(now + 60, "c"));
    CHECK(retried.saved);
    CHECK_FALSE(session.unsaved());
    auto onDisk = io::ProgressReader::read(store.fileOf("rashad"));
    REQUIRE(onDisk.status == io::ProgressReader::Status::Ok);
    CHECK(onDisk.learner.answers().size() == 3);
}

TEST_CASE("A process killed while saving leaves a file that loads", "[io][store][kill]") {
    test::TempFolder folder;
    ProgressStore store(folder.path(), fixedClock());
    REQUIRE(store.create("Fidan"));
    std::mt19937_64 rng(20261125);
    std::uniform_int_distribution<int> delay(0, 40000); // microseconds
    std::size_t previous = 0;
    for (int round = 0; round < 20; ++round) {
        const pid_t child = ::fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            // The child saves as fast as it can until it is killed.
            ProgressStore childStore(folder.path(), fixedClock());
            auto session = childStore.open("fidan");
            if (!session) {
                ::_exit(3);
            }
            for (std::int64_t i = 0;; ++i) {
                session.value().recordAnswer(answer(now + i, "fact-" + std::to_string(i % 50)));
            }
        }
        ::usleep(static_cast<useconds_t>(5000 + delay(rng)));
        ::kill(child, SIGKILL);
        int status = 0;
        ::waitpid(child, &status, 0);
        REQUIRE(WIFSIGNALED(status)); // killed, not failed

        auto read = io::ProgressReader::read(store.fileOf("fidan"));
        INFO("round " << round);
        REQUIRE(read.status == io::ProgressReader::Status::Ok);
        CHECK(read.diagnostics.empty());
        CHECK(read.learner.answers().size() >= previous);
        previous = read.learner.answers().size();
        auto reopened = store.open("fidan"); // the dead child's lock is free again
        REQUIRE(reopened);
        CHECK(reopened.value().notice().empty());
        // Its half-written temporary file, if any, is cleared away.
        for (const auto& item : std::filesystem::directory_iterator(store.learnersDir())) {
            CHECK(item.path().filename().string().find(".tmp-") == std::string::npos);
        }
    }
    CHECK(previous > 0);
}

// What the reader skips is never silently dropped by the next save.

TEST_CASE("A file with skipped entries is kept as it was before the next save",
          "[io][store][skipped]") {
    test::TempFolder folder;
    ProgressStore store(folder.path(), fixedClock());
    std::filesystem::create_directories(store.learnersDir());
    // The second answer took longer than the file allows: the reader skips it.
    const std::string original =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<learner schema=\"2\" id=\"nigar\" name=\"Nigar\" created=\"1795618800\">\n"
        "  <answers>\n"
        "    <a t=\"1795618800\" n=\"0\" q=\"date-choice\" f=\"a\" m=\"\" o=\"right\" x=\"1\" "
        "s=\"8.5\" v=\"\"/>\n"
        "    <a t=\"1795618900\" n=\"0\" q=\"date-choice\" f=\"b\" m=\"\" o=\"right\" x=\"1\" "
        "s=\"154715.5\" v=\"\"/>\n"
        "  </answers>\n"
        "</learner>\n";
    spit(store.fileOf("nigar"), original);
    const std::filesystem::path kept =
        store.fileOf("nigar").string() + ".skipped-" + ProgressStore::stamp(now);
    {
        auto opened = store.open("nigar");
        REQUIRE(opened);
        auto& session = opened.value();
        CHECK(session.learner().answers().size() == 1);
        CHECK(session.diagnostics().size() == 1);
        CHECK(session.notice().find("1 entry in nigar.xml could not be read") != std::string::npos);
        CHECK(session.notice().find(kept.filename().string()) != std::string::npos);
        // Two saves replace both the file and its backup.
        REQUIRE(session.recordAnswer(answer(now + 100, "c")).saved);
        REQUIRE(session.recordAnswer(answer(now + 200, "d")).saved);
    }
    CHECK(slurp(store.fileOf("nigar")).find("154715.5") == std::string::npos);
    CHECK(slurp(io::AtomicFile::backupOf(store.fileOf("nigar"))).find("154715.5") ==
          std::string::npos);
    REQUIRE(std::filesystem::exists(kept));
    CHECK(slurp(kept) == original);

    // A file read without trouble leaves nothing beside it.
    auto reopened = store.open("nigar");
    REQUIRE(reopened);
    CHECK(reopened.value().notice().empty());
    std::size_t copies = 0;
    for (const auto& item : std::filesystem::directory_iterator(store.learnersDir())) {
        copies += item.path().filename().string().find(".skipped-") != std::string::npos;
    }
    CHECK(copies == 1);
}

TEST_CASE("Skipped entries of a backup that is loaded are kept too", "[io][store][skipped]") {
    test::TempFolder folder;
    ProgressStore store(folder.path(), fixedClock());
    std::filesystem::create_directories(store.learnersDir());
    const std::string backup =
        "<?xml version=\"1.0\"?>\n"
        "<learner schema=\"2\" id=\"elvin\" name=\"Elvin\" created=\"1795618800\">\n"
        "  <answers><a t=\"1\" q=\"k\" f=\"" +
        std::string(201, 'f') +
        "\" o=\"right\" x=\"1\" s=\"1\"/></answers>\n"
        "</learner>\n";
    spit(store.fileOf("elvin"), "<learner"); // damaged
    spit(io::AtomicFile::backupOf(store.fileOf("elvin")), backup);
    auto opened = store.open("elvin");
    REQUIRE(opened);
    CHECK(opened.value().notice().find("elvin.xml.bak could not be read") != std::string::npos);
    const std::filesystem::path kept =
        store.fileOf("elvin").string() + ".skipped-" + ProgressStore::stamp(now);
    REQUIRE(std::filesystem::exists(kept));
    CHECK(slurp(kept) == backup);
}
