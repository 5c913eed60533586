// `yaddas import moodle` on Moodle's own question banks (the shared interop fixtures): every
// question type the lessons can hold is kept, the rest is named with file:line, and several
// imported banks load side by side in one library.
#include <cli/ImportCommand.hpp>

#include <core/Grader.hpp>
#include <core/QuestionBuilder.hpp>
#include <core/QuizGenerator.hpp>
#include <core/RandomSource.hpp>
#include <io/DataPaths.hpp>
#include <io/LibraryLoader.hpp>
#include <io/TextFile.hpp>

#include "../io/TempFolder.hpp"

#include <CLI/CLI.hpp>
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <vector>

using namespace yaddas;
namespace fs = std::filesystem;

namespace {

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
    options.dataDir = dataDir;
    return command.run(options);
}

/// The shared Moodle fixtures, beside the source folder as the other tests find them.
fs::path sharedMoodle() {
    return fs::path(YADDAS_SOURCE_DIR) / ".." / "shared" / "interop" / "moodle";
}

} // namespace

TEST_CASE("Every shared Moodle bank imports with its types kept, and all load in one library",
          "[cli][moodle]") {
    const fs::path dir = sharedMoodle();
    if (dir.empty() || !fs::is_directory(dir)) {
        WARN("skipped: " + dir.string() + " is absent");
        return;
    }
    // Per bank: the lesson questions kept, by kind, and how many Moodle questions are skipped.
    struct Expect {
        std::map<std::string, int> kinds;
        int skipped;
    };
    const std::map<std::string, Expect> expected{
        {"broken-cloze.moodle.xml", {{}, 5}},
        {"invalid-grades.moodle.xml", {{}, 1}},
        {"match.moodle.xml", {{{"single", 3}}, 0}},
        {"multichoice.moodle.xml", {{{"multiple", 1}}, 0}},
        {"nested-categories.moodle.xml", {{{"truefalse", 4}}, 1}},
        {"ordering-empty.moodle.xml", {{{"order", 1}}, 0}},
        {"ordering.moodle.xml", {{{"order", 1}}, 0}},
        {"shortanswer.moodle.xml", {{{"text", 1}}, 0}},
        {"truefalse.moodle.xml", {{{"truefalse", 1}}, 0}},
    };
    test::TempFolder temp;
    std::vector<fs::path> modules;
    std::size_t questions = 0;
    int banks = 0;
    for (const auto& entry : fs::directory_iterator(dir)) {
        const std::string name = entry.path().filename().string();
        if (entry.path().extension() != ".xml") {
            continue;
        }
        ++banks;
        INFO(name);
        const auto it = expected.find(name);
        REQUIRE(it != expected.end()); // a new fixture: add its expected counts here
        const fs::path module = temp.path() / (entry.path().stem().string() + ".module.xml");
        std::ostringstream out;
        std::ostringstream err;
        cli::ImportCommand importer(out, err);
        const int code =
            run(importer, {"import", "moodle", entry.path().string(), "-o", module.string()},
                temp.path());
        INFO(out.str() + err.str());
        // Every skipped question is named with the bank's file:line.
        std::size_t skipped = 0;
        for (std::size_t at = out.str().find(": skipped "); at != std::string::npos;
             at = out.str().find(": skipped ", at + 1)) {
            ++skipped;
        }
        CHECK(skipped == static_cast<std::size_t>(it->second.skipped));
        CHECK(out.str().find(entry.path().string() + ":") ==
              (skipped > 0 ? out.str().find(entry.path().string() + ":") : std::string::npos));
        if (it->second.kinds.empty()) {
            CHECK(code == 1);
            CHECK_FALSE(fs::exists(module));
            continue;
        }
        REQUIRE(code == 0);
        if (name == "multichoice.moodle.xml") {
            CHECK(out.str().find(": 1 question imported as 1 lesson question, 0 skipped") !=
                  std::string::npos);
        }
        auto read = io::LibraryLoader::load({module}, io::DataPaths::sourceText());
        REQUIRE(read.library.modules().size() == 1);
        std::map<std::string, int> kinds;
        for (const auto& q : read.library.modules().front().questions) {
            kinds[core::toString(q.kind)] += 1;
        }
        CHECK(kinds == it->second.kinds);
        questions += read.library.modules().front().questions.size();
        modules.push_back(module);
    }
    CHECK(banks == 9);

    // All imported banks together with the shipped lessons, as the app loads them: no id
    // clashes, every question there.
    std::vector<fs::path> paths{io::DataPaths::shippedLessons()};
    paths.insert(paths.end(), modules.begin(), modules.end());
    auto all = io::LibraryLoader::load(paths, io::DataPaths::sourceText());
    for (const auto& d : all.diagnostics) {
        INFO(d.format());
        CHECK(d.severity != core::Diagnostic::Severity::Error);
    }
    std::size_t imported = 0;
    for (const auto& m : all.library.modules()) {
        if (m.id.rfind("moodle-", 0) == 0) {
            imported += m.questions.size();
        }
    }
    CHECK(modules.size() == 7);
    CHECK(imported == questions);
}

TEST_CASE("An imported bank is asked only through its own questions, feedback and credit kept",
          "[cli][moodle]") {
    const fs::path dir = sharedMoodle();
    if (dir.empty() || !fs::is_directory(dir / "moodle-parser")) {
        WARN("the shared Moodle fixtures are missing: test skipped");
        return;
    }
    test::TempFolder temp;
    const fs::path module = temp.path() / "sa.xml";
    std::ostringstream out;
    std::ostringstream err;
    cli::ImportCommand importer(out, err);
    REQUIRE(run(importer,
                {"import", "moodle", (dir / "shortanswer.moodle.xml").string(), "-o",
                 module.string(), "--category", "victims"},
                temp.path()) == 0);
    auto read = io::LibraryLoader::load({module}, io::DataPaths::sourceText());
    REQUIRE(read.library.modules().size() == 1);
    const core::Module& m = read.library.modules().front();
    REQUIRE(m.questions.size() == 1);
    CHECK(m.questions[0].id == "q-moodle-shortanswer-moodle-1");
    CHECK(m.questions[0].category == core::Category::Victims);

    // No generated question from the placeholder fact: only the bank's own question.
    std::mt19937_64 rng(1);
    core::QuizGenerator generator(read.library);
    const auto forFact = generator.questionsForFact(m.claims.front().meta.id, rng);
    REQUIRE(forFact.size() == 1);
    const core::Question& q = forFact.front();
    CHECK(q.authored);
    CHECK(q.kind == core::QuestionKind::TypedName);
    CHECK(q.category == core::Category::Victims);
    // It cites the bank it came from, never a paragraph of the course's source text.
    CHECK(q.sourceParagraph == 0);
    CHECK(q.citation.find("source text") == std::string::npos);
    CHECK(q.citation.find("shortanswer") != std::string::npos);
    const auto quiz = generator.generate(core::QuizSpec::afterModule(m.id, 3, 16));
    REQUIRE(quiz.questions.size() == 1);
    CHECK(quiz.questions.front().id == m.questions[0].id);

    core::Answer frog;
    frog.text = "Frog";
    auto g = core::Grader::grade(q, frog);
    CHECK(g.outcome == core::Outcome::Right);
    CHECK(g.feedback == "Frog is a very good answer.");
    core::Answer toad;
    toad.text = "toad";
    g = core::Grader::grade(q, toad);
    CHECK(g.outcome == core::Outcome::Partial);
    CHECK(g.fraction == Approx(0.8));
    CHECK(g.feedback == "Toad is an OK good answer.");
    core::Answer newt;
    newt.text = "newt";
    CHECK(core::Grader::grade(q, newt).outcome == core::Outcome::Wrong);
}

TEST_CASE("A broken Moodle bank gives file:line errors", "[cli][moodle]") {
    test::TempFolder temp;
    const fs::path bank = temp.path() / "broken.xml";
    {
        std::ofstream f(bank, std::ios::binary);
        f << "<?xml version=\"1.0\"?>\n<quiz>\n  <question type=\"truefalse\">\n    <name>\n";
    }
    std::ostringstream out;
    std::ostringstream err;
    cli::ImportCommand importer(out, err);
    CHECK(run(importer, {"import", "moodle", bank.string(), "-o", (temp.path() / "m.xml").string()},
              temp.path()) == 1);
    INFO(err.str());
    CHECK(err.str().rfind(bank.string() + ":", 0) == 0);
}
