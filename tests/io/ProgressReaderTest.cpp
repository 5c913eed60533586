#include <io/ProgressReader.hpp>
#include <io/ProgressWriter.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

using namespace yaddas;
using io::ProgressReader;

namespace {

constexpr std::int64_t t0 = 1764072000;

core::Learner sampleLearner() {
    const core::FsrsScheduler scheduler;
    core::Learner learner(core::LearnerProfile{"aysel", "Aysel Məmmədova & <co>", t0});
    core::LearnerSettings settings;
    settings.textSizePercent = 150;
    settings.theme = core::LearnerSettings::Theme::Dark;
    settings.fullScreen = true;
    settings.language = "az";
    settings.speech = true;
    settings.speechRatePercent = 120;
    settings.voice = "f2";
    learner.setSettings(settings);
    learner.beginSession(t0);
    for (int i = 0; i < 30; ++i) {
        core::AnswerRecord a;
        a.at = t0 + i * 45;
        a.questionKind = i % 2 ? "date-choice" : "victim-name";
        a.factId = "fact-" + std::to_string(i % 7);
        a.moduleId = "module-" + std::to_string(i % 3);
        a.given = i % 5 ? "28 April 1920" : "\"Hüseyn Cavid\" <1882–1941> & more";
        a.outcome = i % 3 == 0   ? core::Outcome::Wrong
                    : i % 3 == 1 ? core::Outcome::Right
                                 : core::Outcome::Partial;
        a.fraction = i % 3 == 2 ? 0.4 : (i % 3 == 1 ? 1.0 : 0.0);
        a.seconds = 3.1 + i * 0.7;
        learner.recordAnswer(a, scheduler);
    }
    learner.markRead("module-0", "section-2", 0.6, t0 + 2000);
    core::QuizResult quiz;
    quiz.at = t0 + 1400;
    quiz.kind = "review";
    quiz.questions = 10;
    quiz.right = 6;
    quiz.partial = 2;
    quiz.seconds = 321.5;
    learner.recordQuiz(quiz);
    return learner;
}

std::string learnerXml(const std::string& body, const std::string& root = "") {
    return "<?xml version=\"1.0\"?>\n" +
           (root.empty() ? std::string("<learner schema=\"2\" id=\"x\" name=\"X\" created=\"1\">")
                         : root) +
           "\n" + body + "\n</learner>\n";
}

bool hasLocatedMessage(const ProgressReader::Result& r, const std::string& file, int line,
                       const std::string& words) {
    return std::any_of(r.diagnostics.begin(), r.diagnostics.end(), [&](const core::Diagnostic& d) {
        return d.line == line &&
               d.format().rfind(file + ":" + std::to_string(line) + ":", 0) == 0 &&
               d.message.find(words) != std::string::npos;
    });
}

} // namespace

TEST_CASE("A learner survives a write and a read unchanged", "[io][progress]") {
    const core::Learner original = sampleLearner();
    const std::string xml = io::ProgressWriter::toXml(original);
    auto r = ProgressReader::parse(xml, "aysel.xml");
    REQUIRE(r.status == ProgressReader::Status::Ok);
    CHECK(r.diagnostics.empty());
    CHECK_FALSE(r.migrated());
    const core::Learner& copy = r.learner;
    CHECK(copy.profile().id == "aysel");
    CHECK(copy.profile().displayName == original.profile().displayName);
    CHECK(copy.profile().created == t0);
    CHECK(copy.settings() == original.settings());
    REQUIRE(copy.answers().size() == original.answers().size());
    for (std::size_t i = 0; i < copy.answers().size(); ++i) {
        const auto& a = copy.answers()[i];
        const auto& b = original.answers()[i];
        CHECK(a.at == b.at);
        CHECK(a.session == b.session);
        CHECK(a.questionKind == b.questionKind);
        CHECK(a.factId == b.factId);
        CHECK(a.moduleId == b.moduleId);
        CHECK(a.given == b.given);
        CHECK(a.outcome == b.outcome);
        CHECK(a.fraction == b.fraction);
        CHECK(a.seconds == b.seconds);
    }
    CHECK(copy.memory() == original.memory());
    REQUIRE(copy.sessions().size() == original.sessions().size());
    CHECK(copy.sessions()[0].end == original.sessions()[0].end);
    REQUIRE(copy.reading().size() == 1);
    CHECK(copy.reading()[0].fraction == 0.6);
    CHECK(copy.reading()[0].section == "section-2");
    REQUIRE(copy.quizzes().size() == 1);
    CHECK(copy.quizzes()[0].seconds == 321.5);
    CHECK(copy.quizzes()[0].partial == 2);
    // Writing the copy gives the same bytes: nothing was lost or reformatted.
    CHECK(io::ProgressWriter::toXml(copy) == xml);
}

TEST_CASE("A learner's language is kept; one this version does not ship is left to the system",
          "[io][progress][i18n]") {
    const std::string head = "<?xml version=\"1.0\"?>\n<learner schema=\"2\" id=\"aysel\" "
                             "name=\"Aysel\" created=\"1764072000\">\n";
    auto ru = ProgressReader::parse(
        head + "<settings theme=\"dark\" language=\"ru\"/>\n</learner>\n", "aysel.xml");
    REQUIRE(ru.status == ProgressReader::Status::Ok);
    CHECK(ru.learner.settings().language == "ru");
    auto newer = ProgressReader::parse(
        head + "<settings theme=\"dark\" language=\"tlh\"/>\n</learner>\n", "aysel.xml");
    REQUIRE(newer.status == ProgressReader::Status::Ok);
    CHECK(newer.learner.settings().language.empty());
    CHECK(newer.learner.settings().theme == core::LearnerSettings::Theme::Dark);
    // An older file has no language: the system's is used, and writing adds none.
    auto old =
        ProgressReader::parse(head + "<settings theme=\"dark\"/>\n</learner>\n", "aysel.xml");
    REQUIRE(old.status == ProgressReader::Status::Ok);
    CHECK(old.learner.settings().language.empty());
    CHECK(io::ProgressWriter::toXml(old.learner).find("language=") == std::string::npos);
}

TEST_CASE("Reading aloud, its speed and its voice are kept with the learner's settings",
          "[io][progress][speech]") {
    const core::Learner original = sampleLearner();
    const std::string xml = io::ProgressWriter::toXml(original);
    CHECK(xml.find(" speech=\"true\" speechRate=\"120\" voice=\"f2\"") != std::string::npos);
    auto r = ProgressReader::parse(xml, "aysel.xml");
    REQUIRE(r.status == ProgressReader::Status::Ok);
    CHECK(r.diagnostics.empty());
    CHECK(r.learner.settings().speech);
    CHECK(r.learner.settings().speechRatePercent == 120);
    CHECK(r.learner.settings().voice == "f2");
    // The default voice is written as no voice at all.
    core::Learner silent = original;
    core::LearnerSettings settings = silent.settings();
    settings.voice.clear();
    settings.speech = false;
    silent.setSettings(settings);
    const std::string silentXml = io::ProgressWriter::toXml(silent);
    CHECK(silentXml.find("voice=") == std::string::npos);
    CHECK(silentXml.find(" speech=\"false\"") != std::string::npos);
    CHECK(ProgressReader::parse(silentXml, "aysel.xml").learner.settings() == silent.settings());
}

TEST_CASE("A file from before reading aloud loads with speech off at the normal speed",
          "[io][progress][speech]") {
    // The settings line exactly as versions without speech wrote it.
    auto r = ProgressReader::parse(
        learnerXml("<settings textSize=\"150\" theme=\"dark\" fullScreen=\"true\" "
                   "language=\"az\"/>"),
        "old.xml");
    REQUIRE(r.status == ProgressReader::Status::Ok);
    CHECK(r.diagnostics.empty());
    const core::LearnerSettings& s = r.learner.settings();
    CHECK(s.textSizePercent == 150);
    CHECK(s.theme == core::LearnerSettings::Theme::Dark);
    CHECK(s.fullScreen);
    CHECK(s.language == "az");
    CHECK_FALSE(s.speech);
    CHECK(s.speechRatePercent == 100);
    CHECK(s.voice.empty());
}

TEST_CASE("Damaged speech settings are reported where they are and the defaults used",
          "[io][progress][speech]") {
    const char* const bad[][2] = {
        {"speechRate=\"900\"", "'speechRate' = 900 is out of range (50 to 250)"},
        {"speechRate=\"49\"", "'speechRate' = 49 is out of range"},
        {"speechRate=\"fast\"", "'speechRate' is not a whole number"},
        {"speech=\"yes\"", "'speech' must be true or false"},
        {"voice=\"../../etc/passwd\"", "'voice' is not a voice's name"},
        {"voice=\"f2 m3\"", "'voice' is not a voice's name"},
        {"voice=\"\"", "'voice' is empty"},
    };
    for (const auto& [attribute, words] : bad) {
        CAPTURE(attribute);
        auto r = ProgressReader::parse(
            learnerXml("<settings theme=\"dark\" speech=\"true\"/>\n<settings " +
                       std::string(attribute) + " textSize=\"150\"/>"),
            "s.xml");
        REQUIRE(r.status == ProgressReader::Status::Ok);
        CHECK(hasLocatedMessage(r, "s.xml", 4, words));
        // As with any damaged setting, the element is left out: what came before stays.
        CHECK(r.learner.settings().speech);
        CHECK(r.learner.settings().speechRatePercent == 100);
        CHECK(r.learner.settings().textSizePercent == 100);
        CHECK(r.learner.settings().voice.empty());
    }
    auto edge = ProgressReader::parse(
        learnerXml("<settings speechRate=\"250\" voice=\"Mr_serious-2\"/>"), "s.xml");
    CHECK(edge.diagnostics.empty());
    CHECK(edge.learner.settings().speechRatePercent == 250);
    CHECK(edge.learner.settings().voice == "Mr_serious-2");
}

TEST_CASE("A version 1 file is migrated: memory rebuilt, time taken unknown", "[io][progress]") {
    auto r = ProgressReader::read(std::filesystem::path(YADDAS_FIXTURES_DIR) / "progress" /
                                  "v1-learner.xml");
    REQUIRE(r.status == ProgressReader::Status::Ok);
    CHECK(r.fileVersion == 1);
    CHECK(r.migrated());
    CHECK(r.diagnostics.empty());
    const core::Learner& l = r.learner;
    CHECK(l.profile().displayName == "Leyla Əliyeva");
    REQUIRE(l.answers().size() == 4);
    CHECK(l.answers()[1].factId == "arrested-1937"); // replayed in time order
    CHECK(l.answers()[3].fraction == 0.5);
    for (const auto& a : l.answers()) {
        CHECK(a.seconds == 0.0);
    }
    REQUIRE(l.memoryOf("sovietization") != nullptr);
    CHECK(l.memoryOf("sovietization")->reps == 2);
    CHECK(l.memoryOf("sovietization")->phase == core::MemoryState::Phase::Review);
    CHECK(l.memoryOf("arrested-1937")->phase == core::MemoryState::Phase::Learning);
    CHECK(l.memory().size() == 3);
    REQUIRE(l.readingOf("beginnings") != nullptr);
    CHECK(l.readingOf("beginnings")->fraction == 0.75);
    CHECK(l.mistakes() == std::vector<std::string>{"huseyn-javid", "arrested-1937"});
}

TEST_CASE("Damaged files are refused with a file:line message", "[io][progress]") {
    const std::string good = io::ProgressWriter::toXml(sampleLearner());

    SECTION("truncated") {
        auto r = ProgressReader::parse(good.substr(0, good.size() / 2), "t.xml");
        CHECK(r.status == ProgressReader::Status::Broken);
        REQUIRE(r.diagnostics.size() == 1);
        CHECK(r.diagnostics[0].line > 1);
        CHECK(r.diagnostics[0].format().rfind("t.xml:", 0) == 0);
    }
    SECTION("garbage") {
        const std::string garbage("\x7f"
                                  "ELF\0\x01\xff\xfe garbage <<<>>>",
                                  24);
        auto r = ProgressReader::parse(garbage, "g.xml");
        CHECK(r.status == ProgressReader::Status::Broken);
        REQUIRE_FALSE(r.diagnostics.empty());
        CHECK(r.diagnostics[0].line >= 1);
    }
    SECTION("empty") {
        auto r = ProgressReader::parse("", "e.xml");
        CHECK(r.status == ProgressReader::Status::Broken);
    }
    SECTION("wrong root element") {
        auto r =
            ProgressReader::parse("<?xml version=\"1.0\"?>\n<progress schema=\"2\"/>\n", "w.xml");
        CHECK(r.status == ProgressReader::Status::Broken);
        CHECK(hasLocatedMessage(r, "w.xml", 2, "<learner>"));
    }
    SECTION("no version") {
        auto r = ProgressReader::parse("<learner id=\"x\" name=\"X\" created=\"1\"/>", "v.xml");
        CHECK(r.status == ProgressReader::Status::Broken);
        CHECK(hasLocatedMessage(r, "v.xml", 1, "schema version"));
    }
    SECTION("a bad profile") {
        auto r = ProgressReader::parse(
            learnerXml("", "<learner schema=\"2\" id=\"../../etc\" name=\"X\" created=\"1\">"),
            "p.xml");
        CHECK(r.status == ProgressReader::Status::Broken);
        CHECK(hasLocatedMessage(r, "p.xml", 2, "'id'"));
    }
    SECTION("elements nested without end") {
        std::string deep = "<learner schema=\"2\" id=\"x\" name=\"X\" created=\"1\">";
        for (int i = 0; i < 100000; ++i) {
            deep += "<a>";
        }
        auto r = ProgressReader::parse(deep, "d.xml");
        CHECK(r.status == ProgressReader::Status::Broken);
    }
}

TEST_CASE("A file from a newer version is refused, not read", "[io][progress]") {
    for (const char* version : {"3", "99999999999999999999999"}) {
        auto r = ProgressReader::parse(
            learnerXml("<answers/>", std::string("<learner schema=\"") + version +
                                         "\" id=\"x\" name=\"X\" created=\"1\">"),
            "n.xml");
        CHECK(r.status == ProgressReader::Status::TooNew);
        CHECK(hasLocatedMessage(r, "n.xml", 2, "newer version"));
    }
}

TEST_CASE("Bad elements are skipped with a located warning", "[io][progress]") {
    const std::string body =
        "<answers>\n"                                                              // 3
        "<a t=\"100\" q=\"k\" f=\"f1\" o=\"right\" x=\"1\" s=\"-5\"/>\n"           // 4
        "<a t=\"100\" q=\"k\" f=\"f1\" o=\"right\" x=\"1\" s=\"1e308\"/>\n"        // 5
        "<a t=\"abc\" q=\"k\" f=\"f1\" o=\"right\" x=\"1\" s=\"1\"/>\n"            // 6
        "<a t=\"100\" q=\"k\" f=\"f1\" o=\"maybe\" x=\"1\" s=\"1\"/>\n"            // 7
        "<a t=\"100\" q=\"k\" f=\"f1\" o=\"right\" x=\"nan\" s=\"1\"/>\n"          // 8
        "<a t=\"100\" q=\"k\" f=\"f1\" o=\"right\" x=\"1\" s=\"2.5\" v=\"ok\"/>\n" // 9
        "</answers>\n"                                                             // 10
        "<memory>\n"                                                               // 11
        "<fact id=\"f1\" phase=\"review\" stability=\"3\" difficulty=\"5\" step=\"0\" last=\"1\" "
        "due=\"2\" days=\"1\" reps=\"1\" lapses=\"0\"/>\n" // 12
        "<fact id=\"f1\" phase=\"review\" stability=\"3\" difficulty=\"5\" step=\"0\" last=\"1\" "
        "due=\"2\" days=\"1\" reps=\"2\" lapses=\"0\"/>\n" // 13
        "<fact id=\"f2\" phase=\"review\" stability=\"3\" difficulty=\"5\" step=\"0\" last=\"1\" "
        "due=\"2\" days=\"1\" reps=\"99999999999999999999\" lapses=\"0\"/>\n" // 14
        "<fact id=\"f3\" phase=\"review\" stability=\"1e308\" difficulty=\"5\" step=\"0\" "
        "last=\"1\" "
        "due=\"2\" days=\"1\" reps=\"1\" lapses=\"0\"/>\n"       // 15
        "</memory>\n"                                            // 16
        "<sessions><session id=\"1\" start=\"5\" end=\"9\"/>\n"  // 17
        "<session id=\"1\" start=\"5\" end=\"9\"/></sessions>\n" // 18
        "<quizzes><quiz at=\"1\" kind=\"k\" questions=\"2000000000\" right=\"0\" partial=\"0\" "
        "seconds=\"1\"/></quizzes>\n"                    // 19
        "<settings textSize=\"900\" theme=\"light\"/>\n" // 20
        "<surprise/>";                                   // 21
    auto r = ProgressReader::parse(learnerXml(body), "b.xml");
    REQUIRE(r.status == ProgressReader::Status::Ok);
    CHECK(hasLocatedMessage(r, "b.xml", 4, "'s'"));
    CHECK(hasLocatedMessage(r, "b.xml", 5, "out of range"));
    CHECK(hasLocatedMessage(r, "b.xml", 6, "'t'"));
    CHECK(hasLocatedMessage(r, "b.xml", 7, "maybe"));
    CHECK(hasLocatedMessage(r, "b.xml", 8, "'x'"));
    CHECK(hasLocatedMessage(r, "b.xml", 13, "duplicate"));
    CHECK(hasLocatedMessage(r, "b.xml", 14, "'reps'"));
    CHECK(hasLocatedMessage(r, "b.xml", 15, "'stability'"));
    CHECK(hasLocatedMessage(r, "b.xml", 18, "duplicate session"));
    CHECK(hasLocatedMessage(r, "b.xml", 19, "'questions'"));
    CHECK(hasLocatedMessage(r, "b.xml", 20, "'textSize'"));
    CHECK(hasLocatedMessage(r, "b.xml", 21, "unknown element"));
    for (const auto& d : r.diagnostics) {
        CHECK(d.severity == core::Diagnostic::Severity::Warning);
    }
    // What was sound is kept.
    REQUIRE(r.learner.answers().size() == 1);
    CHECK(r.learner.answers()[0].seconds == 2.5);
    CHECK(r.learner.memory().size() == 1);
    CHECK(r.learner.memoryOf("f1")->reps == 1);
    CHECK(r.learner.sessions().size() == 1);
    CHECK(r.learner.quizzes().empty());
    CHECK(r.learner.settings().textSizePercent == 100);
}

TEST_CASE("Files beyond the size cap are not read", "[io][progress]") {
    const auto path = std::filesystem::temp_directory_path() /
                      ("yaddas-huge-" + std::to_string(::getpid()) + ".xml");
    { std::ofstream out(path); }
    std::filesystem::resize_file(path, ProgressReader::maxFileSize + 1); // sparse: costs nothing
    auto r = ProgressReader::read(path);
    CHECK(r.status == ProgressReader::Status::Broken);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].message.find("bytes") != std::string::npos);
    std::filesystem::remove(path);

    auto missing = ProgressReader::read(path);
    CHECK(missing.status == ProgressReader::Status::Missing);
}

TEST_CASE("Answers read the fast way and the careful way agree", "[io][progress]") {
    // Character data inside <answers> is legal XML the fast scanner does not take: the file is
    // then read entirely by TinyXML-2. Both ways must give the same learner and the same
    // messages, and so must a file with comments, which the scanner skips.
    const std::string answers =
        "<a t=\"100\" q=\"k\" f=\"f1\" o=\"right\" x=\"1\" s=\"1.5\" v=\"caf&#233; &amp; "
        "&lt;&#x263A;&gt; "
        "&quot;q&quot; &apos;\"/>\n"
        "<a t=\"101\" q=\"k\" f=\"f2\" o=\"partial\" x=\"0.25\" s=\"-1\"/>\n"
        "<a   t = '102'  q=\"k\" f=\"f3\" o=\"wrong\" x=\"0\" s=\"3\" v=\"two&#10;lines\" />\n";
    const std::string fast = learnerXml("<answers>\n" + answers + "</answers>");
    const std::string careful = learnerXml("<answers><![CDATA[c]]>\n" + answers + "</answers>");
    const std::string commented =
        learnerXml("<answers><!-- c -->\n" + answers + "<!--\n\n--></answers>");
    auto a = ProgressReader::parse(fast, "f.xml");
    auto b = ProgressReader::parse(careful, "f.xml");
    auto c = ProgressReader::parse(commented, "f.xml");
    REQUIRE(c.status == ProgressReader::Status::Ok);
    REQUIRE(c.learner.answers().size() == 2);
    REQUIRE(c.diagnostics.size() == 1);
    CHECK(c.diagnostics[0].format() == a.diagnostics.at(0).format());
    REQUIRE(a.status == ProgressReader::Status::Ok);
    REQUIRE(b.status == ProgressReader::Status::Ok);
    REQUIRE(a.learner.answers().size() == 2);
    REQUIRE(b.learner.answers().size() == 2);
    CHECK(a.learner.answers()[0].given == "café & <☺> \"q\" '");
    CHECK(a.learner.answers()[1].given == "two\nlines");
    for (std::size_t i = 0; i < 2; ++i) {
        CHECK(a.learner.answers()[i].given == b.learner.answers()[i].given);
        CHECK(a.learner.answers()[i].at == b.learner.answers()[i].at);
    }
    REQUIRE(a.diagnostics.size() == 1);
    REQUIRE(b.diagnostics.size() == 1);
    CHECK(a.diagnostics[0].format() == b.diagnostics[0].format());
    CHECK(a.diagnostics[0].line == 5);

    // Malformed answers are judged by TinyXML-2, with its line.
    auto bad =
        ProgressReader::parse(learnerXml("<answers>\n<a t=\"1\" t=\"2\"/>\n</answers>"), "d.xml");
    CHECK(bad.status == ProgressReader::Status::Broken);
    auto unclosed = ProgressReader::parse(learnerXml("<answers>\n<a t=\"1\n</answers>"), "u.xml");
    CHECK(unclosed.status == ProgressReader::Status::Broken);
}

namespace {

/// The text of a learner with `count` answers, with `extra` just inside <answers>.
std::string manyAnswers(std::size_t count, const std::string& extra) {
    const core::FsrsScheduler scheduler;
    core::Learner learner(core::LearnerProfile{"many", "Many", t0});
    for (std::size_t i = 0; i < count; ++i) {
        core::AnswerRecord a;
        a.at = t0 + static_cast<std::int64_t>(i) * 60;
        a.questionKind = "date-choice";
        a.factId = "fact-" + std::to_string(i % 400);
        a.outcome = i % 3 == 0 ? core::Outcome::Wrong : core::Outcome::Right;
        a.seconds = 4.5;
        learner.recordAnswer(a, scheduler);
    }
    std::string xml = io::ProgressWriter::toXml(learner);
    xml.insert(xml.find("<answers>\n") + 10, extra);
    return xml;
}

} // namespace

TEST_CASE("A comment or an unknown element among 100,000 answers: every answer loads",
          "[io][progress][slow-path]") {
    // These once took quadratic time (every answer counted its siblings): minutes for a large
    // file. The benchmark (yaddas_bench_progress) times them; here the answers must all arrive.
    const std::string commented = manyAnswers(100000, "    <!-- checked by hand -->\n");
    auto c = ProgressReader::parse(commented, "c.xml");
    REQUIRE(c.status == ProgressReader::Status::Ok);
    CHECK(c.diagnostics.empty());
    CHECK(c.learner.answers().size() == 100000);
    CHECK(c.learner.answers().back().factId == "fact-399");

    const std::string unknown = manyAnswers(100000, "    <note/>\n");
    auto u = ProgressReader::parse(unknown, "u.xml");
    REQUIRE(u.status == ProgressReader::Status::Ok);
    CHECK(u.learner.answers().size() == 100000);
    REQUIRE(u.diagnostics.size() == 1);
    const auto line =
        1 + std::count(unknown.begin(),
                       unknown.begin() + static_cast<std::ptrdiff_t>(unknown.find("<note/>")),
                       '\n');
    CHECK(hasLocatedMessage(u, "u.xml", static_cast<int>(line), "<note> skipped"));
}
