#include <io/AtomicFile.hpp>
#include <io/ProgressJournal.hpp>
#include <io/ProgressReader.hpp>
#include <io/ProgressStore.hpp>

#include "FileText.hpp"
#include "TempFolder.hpp"

#include <catch2/catch.hpp>

#include <sys/stat.h>

using namespace yaddas;
using io::ProgressReader;
using io::ProgressStore;
using test::slurp;
using test::spit;

namespace {

constexpr std::int64_t now = 1795618800; // 2026-11-25 15:00:00 UTC

ProgressStore::Clock fixedClock() {
    return [] { return now; };
}

core::AnswerRecord answer(std::int64_t at, const std::string& fact) {
    core::AnswerRecord a;
    a.at = at;
    a.questionKind = "date-choice";
    a.factId = fact;
    a.moduleId = "beginning";
    a.given = "28 April 1920 & \"later\"";
    a.outcome = core::Outcome::Right;
    a.fraction = 1.0;
    a.seconds = 8.5;
    return a;
}

struct Stamp {
    ino_t inode = 0;
    std::string bytes;
    bool operator==(const Stamp& other) const {
        return inode == other.inode && bytes == other.bytes;
    }
};

Stamp stampOf(const std::filesystem::path& file) {
    struct stat st {};
    ::stat(file.c_str(), &st);
    return {st.st_ino, slurp(file)};
}

/// A learner with `answers` answers, closed (its journal folded into its file).
void makeLearner(ProgressStore& store, const std::string& name, int answers) {
    auto created = store.create(name);
    REQUIRE(created);
    for (int k = 0; k < answers; ++k) {
        REQUIRE(created.value().recordAnswer(answer(now + k, "f" + std::to_string(k % 7))).saved);
    }
}

/// The learners' folder as a crash would leave it at this moment (the session still open).
ProgressStore crashCopy(const test::TempFolder& from, const test::TempFolder& to) {
    std::filesystem::copy(from.path(), to.path(),
                          std::filesystem::copy_options::recursive |
                              std::filesystem::copy_options::overwrite_existing);
    std::filesystem::remove(to.path() / "learners" / "aysel.lock");
    return ProgressStore(to.path(), fixedClock());
}

} // namespace

TEST_CASE("Opening a learner writes nothing", "[io][journal]") {
    test::TempFolder folder;
    ProgressStore store(folder.path(), fixedClock());
    makeLearner(store, "Aysel", 20);
    const auto file = store.fileOf("aysel");
    const Stamp before = stampOf(file);
    const Stamp backup = stampOf(io::AtomicFile::backupOf(file));
    {
        auto opened = store.open("aysel");
        REQUIRE(opened);
        CHECK(opened.value().beginSession(now + 3600).saved);
        CHECK(opened.value().learner().answers().size() == 20);
    }
    CHECK(stampOf(file) == before);
    CHECK(stampOf(io::AtomicFile::backupOf(file)) == backup);
    CHECK_FALSE(std::filesystem::exists(ProgressReader::journalOf(file)));
}

TEST_CASE("An answer is one line appended to the journal; the file is not rewritten",
          "[io][journal]") {
    test::TempFolder folder;
    ProgressStore store(folder.path(), fixedClock());
    makeLearner(store, "Aysel", 50);
    const auto file = store.fileOf("aysel");
    const auto journal = ProgressReader::journalOf(file);
    const Stamp before = stampOf(file);
    auto opened = store.open("aysel");
    REQUIRE(opened);
    auto& session = opened.value();
    session.beginSession(now + 3600);
    REQUIRE(session.recordAnswer(answer(now + 3610, "f1")).saved);
    CHECK(stampOf(file) == before);
    std::string text = slurp(journal);
    CHECK(text.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<journal learner=\"aysel\" "
                     "base=\"",
                     0) == 0);
    CHECK(text.find("\n<begin at=\"1795622400\"/>\n<a t=\"1795622410\" n=\"2\"") !=
          std::string::npos);
    const auto size = text.size();
    REQUIRE(session.recordAnswer(answer(now + 3620, "f2")).saved);
    text = slurp(journal);
    CHECK(stampOf(file) == before);
    CHECK(std::count(text.begin() + static_cast<std::ptrdiff_t>(size), text.end(), '\n') == 1);
    CHECK(session.journal().records() == 3);
}

TEST_CASE("What the journal holds comes back after a crash, and is folded at the end",
          "[io][journal]") {
    test::TempFolder folder;
    test::TempFolder crashed;
    ProgressStore store(folder.path(), fixedClock());
    makeLearner(store, "Aysel", 10);
    auto opened = store.open("aysel");
    REQUIRE(opened);
    auto& session = opened.value();
    session.beginSession(now + 3600);
    REQUIRE(session.recordAnswer(answer(now + 3610, "f1")).saved);
    REQUIRE(session.markRead("beginning", "s-april-1920", 0.5, now + 3620).saved);
    core::QuizResult quiz;
    quiz.at = now + 3700;
    quiz.kind = "module";
    quiz.moduleId = "beginning";
    quiz.questions = 10;
    quiz.right = 7;
    quiz.partial = 1;
    quiz.seconds = 90.25;
    REQUIRE(session.recordQuiz(quiz).saved);
    core::LearnerSettings settings;
    settings.theme = core::LearnerSettings::Theme::Dark;
    settings.textSizePercent = 150;
    settings.language = "az";
    settings.speech = true;
    settings.speechRatePercent = 130;
    settings.voice = "m3";
    REQUIRE(session.setSettings(settings).saved);

    ProgressStore again = crashCopy(folder, crashed);
    auto reopened = again.open("aysel");
    REQUIRE(reopened);
    const core::Learner& found = reopened.value().learner();
    const core::Learner& kept = session.learner();
    CHECK(reopened.value().diagnostics().empty());
    CHECK(found.answers().size() == 11);
    CHECK(found.sessions().size() == kept.sessions().size());
    CHECK(found.sessions().back().end == kept.sessions().back().end);
    REQUIRE(found.readingOf("beginning") != nullptr);
    CHECK(found.readingOf("beginning")->fraction == 0.5);
    REQUIRE(found.quizzes().size() == 1);
    CHECK(found.quizzes().back().seconds == 90.25);
    CHECK(found.settings() == kept.settings());
    CHECK(found.settings().speech);
    CHECK(found.settings().speechRatePercent == 130);
    CHECK(found.settings().voice == "m3");
    REQUIRE(found.memoryOf("f1") != nullptr);
    CHECK(found.memoryOf("f1")->due == kept.memoryOf("f1")->due);
    CHECK(found.memoryOf("f1")->stability == kept.memoryOf("f1")->stability);

    // Closing folds the journal into the file, which then holds everything by itself.
    const auto file = store.fileOf("aysel");
    opened = core::Error{"closed"};
    CHECK_FALSE(std::filesystem::exists(ProgressReader::journalOf(file)));
    CHECK(
        std::filesystem::exists(io::ProgressJournal::previousOf(ProgressReader::journalOf(file))));
    const auto read = ProgressReader::parse(slurp(file), file.string());
    CHECK(read.learner.answers().size() == 11);
    CHECK(read.learner.quizzes().size() == 1);
    CHECK(read.learner.settings().language == "az");
    CHECK(read.learner.settings().speechRatePercent == 130);
    CHECK(read.learner.settings().voice == "m3");
}

TEST_CASE("A torn last record is dropped, and cut off before the next one", "[io][journal]") {
    test::TempFolder folder;
    test::TempFolder crashed;
    ProgressStore store(folder.path(), fixedClock());
    makeLearner(store, "Aysel", 5);
    auto opened = store.open("aysel");
    REQUIRE(opened);
    REQUIRE(opened.value().recordAnswer(answer(now + 3610, "f1")).saved);

    ProgressStore again = crashCopy(folder, crashed);
    const auto journal = ProgressReader::journalOf(again.fileOf("aysel"));
    const std::string whole = slurp(journal);
    for (const std::string& torn :
         {std::string("<a t=\"1795622420\" n=\"2\" q=\"date-ch"), std::string("<a t=\"17956"),
          std::string("<a t=\"1795622420\" n=\"2\" q=\"date-choice\" f=\"f1\" m=\"\" o=\"right\" "
                      "x=\"1\" s=\"1\"/>"),
          std::string(40, '\0')}) {
        spit(journal, whole + torn);
        {
            auto reopened = again.open("aysel");
            REQUIRE(reopened);
            CHECK(reopened.value().diagnostics().empty());
            CHECK(reopened.value().notice().empty());
            CHECK(reopened.value().learner().answers().size() == 6);
            REQUIRE(reopened.value().recordAnswer(answer(now + 3630, "f2")).saved);
            const std::string after = slurp(journal);
            CHECK(after.substr(0, whole.size()) == whole);
            CHECK(after.substr(whole.size(), 18) == "<a t=\"1795622430\" ");
            // A crash now: the new record follows the last whole one.
            spit(crashed.path() / "snapshot", slurp(journal));
            CHECK(ProgressReader::read(again.fileOf("aysel")).learner.answers().size() == 7);
        }
        // Closing folded it; start the next case from the crashed state again.
        std::filesystem::remove_all(crashed.path());
        std::filesystem::create_directories(crashed.path());
        again = crashCopy(folder, crashed);
    }
}

TEST_CASE("A damaged record inside the journal is skipped with its line, and kept aside",
          "[io][journal]") {
    test::TempFolder folder;
    test::TempFolder crashed;
    ProgressStore store(folder.path(), fixedClock());
    makeLearner(store, "Aysel", 5);
    auto opened = store.open("aysel");
    REQUIRE(opened);
    REQUIRE(opened.value().recordAnswer(answer(now + 3610, "f1")).saved);
    REQUIRE(opened.value().recordAnswer(answer(now + 3620, "f2")).saved);

    ProgressStore again = crashCopy(folder, crashed);
    const auto journal = ProgressReader::journalOf(again.fileOf("aysel"));
    std::string text = slurp(journal);
    const auto second = text.find("<a t=\"1795622420\"");
    REQUIRE(second != std::string::npos);
    text.replace(text.find("o=\"right\"", second), 9, "o=\"maybe\"");
    spit(journal, text);
    auto reopened = again.open("aysel");
    REQUIRE(reopened);
    REQUIRE(reopened.value().diagnostics().size() == 1);
    const auto& d = reopened.value().diagnostics().front();
    CHECK(d.file == journal.string());
    CHECK(d.line == 4); // the declaration, <journal>, the answer on f1, then this one
    CHECK(d.message.find("unknown outcome \"maybe\"") != std::string::npos);
    CHECK(reopened.value().learner().answers().size() == 6);
    CHECK(reopened.value().notice().find("could not be read") != std::string::npos);
    bool kept = false;
    for (const auto& item : std::filesystem::directory_iterator(again.learnersDir())) {
        kept = kept || item.path().filename().string().rfind("aysel.xml.journal.skipped-", 0) == 0;
    }
    CHECK(kept);
}

TEST_CASE("A journal the file has already taken in is not replayed twice", "[io][journal]") {
    test::TempFolder folder;
    ProgressStore store(folder.path(), fixedClock());
    makeLearner(store, "Aysel", 3);
    const auto file = store.fileOf("aysel");
    const auto journal = ProgressReader::journalOf(file);
    {
        auto opened = store.open("aysel");
        REQUIRE(opened);
        REQUIRE(opened.value().recordAnswer(answer(now + 3610, "f1")).saved);
        // The process stops after writing the file and before the journal is set aside.
        std::filesystem::copy_file(journal, folder.path() / "journal");
    }
    std::filesystem::rename(folder.path() / "journal", journal);
    auto reopened = store.open("aysel");
    REQUIRE(reopened);
    CHECK(reopened.value().learner().answers().size() == 4);
    CHECK(reopened.value().diagnostics().empty());
    // The stale journal is replaced by a new one at the next answer.
    REQUIRE(reopened.value().recordAnswer(answer(now + 3620, "f2")).saved);
    CHECK(ProgressReader::read(file).learner.answers().size() == 5);
}

TEST_CASE("Past its size limit the journal is folded into the file", "[io][journal]") {
    test::TempFolder folder;
    ProgressStore store(folder.path(), fixedClock());
    makeLearner(store, "Aysel", 3);
    store.setJournalLimit(1000);
    auto opened = store.open("aysel");
    REQUIRE(opened);
    const auto file = store.fileOf("aysel");
    const Stamp before = stampOf(file);
    std::size_t largest = 0;
    for (int k = 0; k < 20; ++k) {
        REQUIRE(opened.value().recordAnswer(answer(now + 3600 + k, "f1")).saved);
        largest = std::max<std::size_t>(largest, opened.value().journal().size());
    }
    CHECK(largest <= 1000 + 200);
    CHECK_FALSE(stampOf(file) == before);
    CHECK(ProgressReader::read(file).learner.answers().size() == 23);
}

TEST_CASE("A link planted as the journal is never written through", "[io][journal]") {
    test::TempFolder folder;
    ProgressStore store(folder.path(), fixedClock());
    makeLearner(store, "Aysel", 3);
    const auto target = folder.path() / "elsewhere.txt";
    spit(target, "not yours");
    const auto journal = ProgressReader::journalOf(store.fileOf("aysel"));
    std::filesystem::create_symlink(target, journal);
    auto opened = store.open("aysel");
    REQUIRE(opened);
    REQUIRE(opened.value().recordAnswer(answer(now + 3610, "f1")).saved);
    CHECK(slurp(target) == "not yours");
    CHECK_FALSE(std::filesystem::is_symlink(journal));
    CHECK(ProgressReader::read(store.fileOf("aysel")).learner.answers().size() == 4);
}

TEST_CASE("A damaged file comes back whole from its backup and the journals", "[io][journal]") {
    test::TempFolder folder;
    ProgressStore store(folder.path(), fixedClock());
    makeLearner(store, "Aysel", 4);
    {
        auto opened = store.open("aysel");
        REQUIRE(opened);
        REQUIRE(opened.value().recordAnswer(answer(now + 3610, "f1")).saved);
    }
    auto opened = store.open("aysel");
    REQUIRE(opened);
    REQUIRE(opened.value().recordAnswer(answer(now + 3620, "f2")).saved);
    // The file is damaged while the learner is open (a crash later keeps the journal).
    test::TempFolder crashed;
    ProgressStore again = crashCopy(folder, crashed);
    spit(again.fileOf("aysel"), "<learner schema=\"2\" id=\"aysel\"");
    auto recovered = again.open("aysel");
    REQUIRE(recovered);
    CHECK(recovered.value().notice().find("damaged") != std::string::npos);
    CHECK(recovered.value().learner().answers().size() == 6);
}
