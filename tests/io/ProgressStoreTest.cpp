#include <core/LearnerUid.hpp>
#include <io/AtomicFile.hpp>
#include <io/ProgressReader.hpp>
#include <io/ProgressStore.hpp>

#include "Fifo.hpp"
#include "FileText.hpp"
#include "TempFolder.hpp"

#include <catch2/catch.hpp>

#include <csignal>
#include <fstream>
#include <functional>
#include <grp.h>
#include <memory>
#include <random>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

using namespace yaddas;
using io::ProgressStore;
using test::slurp;
using test::spit;

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

/// Creates a learner with one saved answer, then closes it (its lock is free again).
void createWithAnswer(ProgressStore& store, const std::string& name) {
    auto created = store.create(name);
    REQUIRE(created);
    REQUIRE(created.value().recordAnswer(answer(now, "a")).saved);
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
    // The backup and the journal folded into the damaged file give back both answers.
    CHECK(session.learner().answers().size() == 2);
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

    // Put a file where the learners folder was: the save fails as on a full or read-only
    // disk, whoever runs the test (root ignores permissions).
    const auto away = folder.path() / "learners-away";
    std::filesystem::rename(store.learnersDir(), away);
    spit(store.learnersDir(), "in the way");
    auto failed = session.recordAnswer(answer(now + 30, "b", core::Outcome::Wrong));
    CHECK_FALSE(failed.saved);
    CHECK(failed.message.find("could not be saved") != std::string::npos);
    CHECK_FALSE(failed.detail.empty());
    CHECK(session.unsaved());
    CHECK(session.learner().answers().size() == 2); // still in memory

    std::filesystem::remove(store.learnersDir());
    std::filesystem::rename(away, store.learnersDir());
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

// Hostile files in the learners folder: FIFOs and planted links.

TEST_CASE("A FIFO in the learners folder is named and skipped without waiting",
          "[io][store][fifo]") {
    test::TempFolder folder;
    ProgressStore store(folder.path(), fixedClock());
    REQUIRE(store.create("Ada"));
    test::Fifo fifo(store.learnersDir() / "zaur.xml");
    REQUIRE(fifo.made());
    core::Diagnostics skipped;
    const auto entries = store.listLearners(skipped);
    CHECK(fifo.elapsed() < 2.0);
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].displayName == "Ada");
    REQUIRE(skipped.size() == 1);
    CHECK(skipped[0].file == fifo.path().string());
    CHECK(skipped[0].message == "skipped: not a regular file (a FIFO)");
    CHECK(skipped[0].severity == core::Diagnostic::Severity::Warning);
    CHECK_FALSE(store.find("zaur"));
}

TEST_CASE("Opening a learner refuses a lock file that is a link and leaves its target alone",
          "[io][store][symlink]") {
    test::TempFolder folder;
    ProgressStore store(folder.path(), fixedClock());
    {
        auto created = store.create("Ada");
        REQUIRE(created);
    }
    const auto decoy = folder.path() / "decoy.txt";
    spit(decoy, "precious");
    std::filesystem::remove(store.lockOf("ada"));
    std::filesystem::create_symlink(decoy, store.lockOf("ada"));
    auto opened = store.open("ada");
    REQUIRE_FALSE(opened);
    CHECK(opened.error().message.find("symbolic link") != std::string::npos);
    CHECK(slurp(decoy) == "precious");
}

TEST_CASE("Migration keeps the old file without writing through a planted link",
          "[io][store][symlink]") {
    test::TempFolder folder;
    ProgressStore store(folder.path(), fixedClock());
    std::filesystem::create_directories(store.learnersDir());
    std::filesystem::copy_file(std::filesystem::path(YADDAS_FIXTURES_DIR) / "progress" /
                                   "v1-learner.xml",
                               store.fileOf("leyla"));
    const auto decoy = folder.path() / "decoy.txt";
    spit(decoy, "precious");
    std::filesystem::create_symlink(decoy, store.fileOf("leyla").string() + ".v1");
    auto opened = store.open("leyla");
    REQUIRE(opened);
    CHECK(opened.value().notice().find("could not be kept") != std::string::npos);
    CHECK(opened.value().learner().answers().size() == 4);
    CHECK(slurp(decoy) == "precious");
    // The old version is still there, as the backup of the converted file.
    CHECK(slurp(io::AtomicFile::backupOf(store.fileOf("leyla"))).find("schema=\"2\"") ==
          std::string::npos);
}

TEST_CASE("A damaged file is set aside without replacing what has the same name",
          "[io][store][symlink]") {
    test::TempFolder folder;
    ProgressStore store(folder.path(), fixedClock());
    {
        auto created = store.create("Ada");
        REQUIRE(created);
    }
    spit(store.fileOf("ada"), "<progress");
    const std::string aside = store.fileOf("ada").string() + ".broken-" + ProgressStore::stamp(now);
    spit(aside, "an earlier damaged file");
    auto opened = store.open("ada");
    REQUIRE(opened);
    CHECK(slurp(aside) == "an earlier damaged file");
    CHECK(slurp(aside + "-2") == "<progress");
    CHECK(opened.value().notice().find(".broken-" + ProgressStore::stamp(now) + "-2") !=
          std::string::npos);
}

TEST_CASE("Leftover temporary files with random names are cleared when a learner opens",
          "[io][store]") {
    test::TempFolder folder;
    ProgressStore store(folder.path(), fixedClock());
    {
        auto created = store.create("Ada");
        REQUIRE(created);
    }
    const auto leftover = store.learnersDir() / ".ada.xml.tmp-Xy7Qw2pLmN0a";
    spit(leftover, "<progress");
    auto opened = store.open("ada");
    REQUIRE(opened);
    CHECK_FALSE(std::filesystem::exists(leftover));
}

// Folders and files this process may not write or read. Root ignores permission bits, so the
// checks run in a child process that gives up root for the "nobody" user first; as any other
// user the permission bits alone do it.
namespace {

/// Runs `body` in a child process without root; returns its exit code (-1 when it crashed).
int withoutRoot(const std::function<int()>& body) {
    const pid_t child = ::fork();
    if (child < 0) {
        return -1;
    }
    if (child == 0) {
        if (::geteuid() == 0 &&
            (::setgroups(0, nullptr) != 0 || ::setgid(65534) != 0 || ::setuid(65534) != 0)) {
            ::_exit(90);
        }
        ::_exit(body());
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

} // namespace

TEST_CASE("A learners folder that cannot be written to opens the learner read-only",
          "[io][store][readonly]") {
    test::TempFolder folder;
    ProgressStore store(folder.path(), fixedClock());
    createWithAnswer(store, "Samir");
    const std::string before = slurp(store.fileOf("samir"));
    std::filesystem::permissions(folder.path(), std::filesystem::perms(0755));
    std::filesystem::permissions(store.learnersDir(), std::filesystem::perms(0555));
    std::filesystem::permissions(store.lockOf("samir"), std::filesystem::perms(0444));
    const int code = withoutRoot([&] {
        auto opened = store.open("samir");
        if (!opened) {
            return 1; // refused, as before: the learner could not be opened at all
        }
        auto& session = opened.value();
        if (!session.readOnly() || session.notice().find("read-only") == std::string::npos) {
            return 2;
        }
        if (session.learner().answers().size() != 1) {
            return 3;
        }
        // Starting a session alone leaves nothing to warn about at quit.
        if (!session.beginSession(now + 30).saved || session.unsaved()) {
            return 5;
        }
        const auto status = session.recordAnswer(answer(now + 60, "b"));
        if (status.saved || !session.unsaved() || session.learner().answers().size() != 2) {
            return 4;
        }
        return 0;
    });
    std::filesystem::permissions(store.learnersDir(), std::filesystem::perms(0755));
    CHECK(code == 0);
    CHECK(slurp(store.fileOf("samir")) == before); // nothing was written there
}

TEST_CASE("A read-only learner saves once the lock can be taken again", "[io][store][readonly]") {
    test::TempFolder folder;
    ProgressStore store(folder.path(), fixedClock());
    REQUIRE(store.create("Lale"));
    std::filesystem::remove(store.lockOf("lale"));
    // The learner's own folder, read-only for now: the child below (not root) may make it
    // writable again, as a teacher fixing a shared folder would.
    std::filesystem::permissions(folder.path(), std::filesystem::perms(0755));
    for (const auto& path : {store.learnersDir(), store.fileOf("lale")}) {
        REQUIRE(::chown(path.c_str(), 65534, 65534) == 0);
    }
    std::filesystem::permissions(store.learnersDir(), std::filesystem::perms(0555));
    const int code = withoutRoot([&] {
        auto opened = store.open("lale");
        if (!opened) {
            return 1;
        }
        auto& session = opened.value();
        if (!session.readOnly() || session.notice().find("read-only") == std::string::npos) {
            return 2;
        }
        if (session.recordAnswer(answer(now, "a")).saved || !session.unsaved() ||
            !io::ProgressReader::read(store.fileOf("lale")).learner.answers().empty()) {
            return 3;
        }
        std::error_code ec;
        std::filesystem::permissions(store.learnersDir(), std::filesystem::perms(0755), ec);
        if (ec || !session.save().saved || session.unsaved() || session.readOnly()) {
            return 4;
        }
        if (io::ProgressReader::read(store.fileOf("lale")).learner.answers().size() != 1) {
            return 5;
        }
        // It holds the lock now: a second copy of the app is kept out.
        auto second = store.open("lale");
        if (second || second.error().message.find("already open") == std::string::npos) {
            return 6;
        }
        return 0;
    });
    std::filesystem::permissions(store.learnersDir(), std::filesystem::perms(0755));
    CHECK(code == 0);
}

TEST_CASE("A progress file the app may not read is not called damaged and stays in place",
          "[io][store][unreadable]") {
    test::TempFolder folder;
    ProgressStore store(folder.path(), fixedClock());
    createWithAnswer(store, "Tural");
    const std::string before = slurp(store.fileOf("tural"));
    std::filesystem::permissions(folder.path(), std::filesystem::perms(0755));
    std::filesystem::permissions(store.fileOf("tural"), std::filesystem::perms::none);
    const int code = withoutRoot([&] {
        if (io::ProgressReader::read(store.fileOf("tural")).status !=
            io::ProgressReader::Status::Unreadable) {
            return 1;
        }
        auto opened = store.open("tural");
        if (opened) {
            return 2; // opened from the backup: the next save would replace the file
        }
        if (opened.error().message.find("cannot be read") == std::string::npos ||
            opened.error().message.find("damaged") != std::string::npos) {
            return 3;
        }
        return 0;
    });
    std::filesystem::permissions(store.fileOf("tural"), std::filesystem::perms(0644));
    CHECK(code == 0);
    CHECK(slurp(store.fileOf("tural")) == before);
    for (const auto& item : std::filesystem::directory_iterator(store.learnersDir())) {
        CHECK(item.path().filename().string().find(".broken-") == std::string::npos);
    }
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
        REQUIRE(session.recordAnswer(answer(now + 100, "c")).saved);
    }
    {
        // Two sessions fold their journal twice, replacing both the file and its backup.
        auto opened = store.open("nigar");
        REQUIRE(opened);
        REQUIRE(opened.value().recordAnswer(answer(now + 200, "d")).saved);
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

namespace {

ProgressStore::Random seededRandom(std::uint64_t seed) {
    auto engine = std::make_shared<std::mt19937_64>(seed);
    return [engine] { return (*engine)(); };
}

/// The file's text without its `uid="…"` attribute: a file as older versions wrote it.
std::string withoutUid(std::string text) {
    const auto at = text.find(" uid=\"");
    REQUIRE(at != std::string::npos);
    const auto end = text.find('"', at + 6);
    text.erase(at, end + 1 - at);
    return text;
}

} // namespace

TEST_CASE("New learners get different random uids, kept through save and load",
          "[io][store][uid]") {
    test::TempFolder folder;
    ProgressStore store(folder.path(), fixedClock(), seededRandom(7));
    std::string first;
    std::string second;
    {
        auto a = store.create("Aysel Məmmədova");
        REQUIRE(a);
        first = a.value().learner().profile().uid;
    }
    {
        auto b = store.create("Aysel Mammadova"); // another learner, another file
        REQUIRE(b);
        second = b.value().learner().profile().uid;
    }
    CHECK(core::LearnerUid::valid(first));
    CHECK(core::LearnerUid::valid(second));
    CHECK(first != second);
    CHECK(slurp(store.fileOf("aysel-memmedova")).find("uid=\"" + first + "\"") !=
          std::string::npos);

    auto reopened = store.open("aysel-memmedova");
    REQUIRE(reopened);
    CHECK(reopened.value().learner().profile().uid == first);
    REQUIRE(reopened.value().recordAnswer(answer(now, "a")).saved);
    CHECK(io::ProgressReader::read(store.fileOf("aysel-memmedova")).learner.profile().uid == first);
}

TEST_CASE("A profile saved without a uid gets the same derived uid on every load, untouched",
          "[io][store][uid]") {
    test::TempFolder folder;
    ProgressStore store(folder.path(), fixedClock(), seededRandom(1));
    createWithAnswer(store, "Nigar");
    const std::string old = withoutUid(slurp(store.fileOf("nigar")));
    spit(store.fileOf("nigar"), old);

    const std::string expected = core::LearnerUid::derived("nigar", now);
    for (int load = 0; load < 2; ++load) {
        auto opened = store.open("nigar");
        REQUIRE(opened);
        CHECK(opened.value().learner().profile().uid == expected);
        CHECK(opened.value().notice().empty());
    }
    // Opening the learner did not rewrite the file just for the uid.
    CHECK(slurp(store.fileOf("nigar")) == old);

    // The first save for another reason writes the same uid (when the session folds its
    // journal into the file).
    {
        auto opened = store.open("nigar");
        REQUIRE(opened);
        REQUIRE(opened.value().recordAnswer(answer(now + 60, "b")).saved);
    }
    CHECK(slurp(store.fileOf("nigar")).find("uid=\"" + expected + "\"") != std::string::npos);
}

TEST_CASE("A version 1 file loads with a derived uid", "[io][store][uid]") {
    const auto path = std::filesystem::path(YADDAS_FIXTURES_DIR) / "progress" / "v1-learner.xml";
    const auto once = io::ProgressReader::read(path);
    const auto twice = io::ProgressReader::read(path);
    REQUIRE(once.status == io::ProgressReader::Status::Ok);
    CHECK(core::LearnerUid::valid(once.learner.profile().uid));
    CHECK(once.learner.profile().uid == twice.learner.profile().uid);
    CHECK(once.learner.profile().uid ==
          core::LearnerUid::derived(once.learner.profile().id, once.learner.profile().created));
}

TEST_CASE("A malformed uid falls back to the derived one, with a warning naming the line",
          "[io][store][uid]") {
    test::TempFolder folder;
    ProgressStore store(folder.path(), fixedClock(), seededRandom(2));
    createWithAnswer(store, "Elvin");
    std::string text = withoutUid(slurp(store.fileOf("elvin")));
    text.replace(text.find("<learner "), 9, "<learner uid=\"NOT-HEX\" ");
    spit(store.fileOf("elvin"), text);

    const auto read = io::ProgressReader::read(store.fileOf("elvin"));
    REQUIRE(read.status == io::ProgressReader::Status::Ok);
    CHECK(read.learner.profile().uid == core::LearnerUid::derived("elvin", now));
    REQUIRE(read.diagnostics.size() == 1);
    CHECK(read.diagnostics[0].severity == core::Diagnostic::Severity::Warning);
    CHECK(read.diagnostics[0].line == 2);
    CHECK(read.diagnostics[0].format().find("uid") != std::string::npos);
    CHECK(read.learner.answers().size() == 1);
}
