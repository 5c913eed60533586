#include <core/QuestionBuilder.hpp>

#include "LibraryCopies.hpp"
#include "QuizFixtures.hpp"

#include <core/Grader.hpp>
#include <core/I18n.hpp>
#include <core/QuestionLinter.hpp>
#include <core/RandomSource.hpp>
#include <io/Language.hpp>
#include <io/LibraryLoader.hpp>

#include <catch2/catch.hpp>

#include <filesystem>
#include <random>
#include <string>

using namespace yaddas;

namespace {

/// Puts the interface back into English, whatever a test switched to.
struct English {
    ~English() { io::Language::use("en"); }
};

core::Question sovietization(const core::Library& library) {
    std::mt19937_64 rng(3);
    core::RandomSource random(rng);
    const core::Module& m = library.modules().front();
    core::QuestionBuilder builder(library, m, random);
    const auto q = builder.eventChoice(*m.findEvent("e-sovietization"));
    REQUIRE(q);
    return *q;
}

bool hasOption(const core::Question& q, const std::string& text) {
    return std::find(q.options.begin(), q.options.end(), text) != q.options.end();
}

} // namespace

TEST_CASE("Question templates come out in the learner's language", "[core][quiz][i18n]") {
    English restore;
    const core::Library library = test::quizLibrary();

    const core::Question en = sovietization(library);
    CHECK(en.prompt == "When did this happen: Soviet rule was established in Azerbaijan?");
    CHECK(en.explanation == "Soviet rule was established in Azerbaijan on 28 April 1920.");
    CHECK(hasOption(en, "28 April 1920"));

    // The template is Azerbaijani; the module's own text stays as the module wrote it. Every
    // option, wrong ones too, is a date written the Azerbaijani way.
    io::Language::use("az");
    const core::Question az = sovietization(library);
    CHECK(az.prompt == "Bu nə vaxt baş verib: Soviet rule was established in Azerbaijan?");
    CHECK(az.explanation == "Soviet rule was established in Azerbaijan (28 aprel 1920).");
    CHECK(hasOption(az, "28 aprel 1920"));
    for (const std::string& o : az.options) {
        CHECK(o.find("April") == std::string::npos);
    }
    CHECK(core::QuestionLinter::defects(az, library).empty());

    io::Language::use("ru");
    const core::Question ru = sovietization(library);
    CHECK(ru.prompt == "Когда это произошло: Soviet rule was established in Azerbaijan?");
    CHECK(ru.explanation == "Soviet rule was established in Azerbaijan (28 апреля 1920).");
    CHECK(hasOption(ru, "28 апреля 1920"));
    CHECK(core::QuestionLinter::defects(ru, library).empty());
}

TEST_CASE("Feedback on an answer comes in the learner's language", "[core][quiz][i18n]") {
    English restore;
    core::Question q;
    q.kind = core::QuestionKind::Timeline;
    q.options = {"a", "b", "c"};
    q.key.order = {0, 1, 2};
    const core::Answer answer{{}, {1, 0, 2}, {}, {}};
    CHECK(core::Grader::grade(q, answer).feedback == "2 of 3 pairs in the right order");
    io::Language::use("az");
    CHECK(core::Grader::grade(q, answer).feedback == "Düzgün sırada olan cütlər: 2, cəmi 3");
    io::Language::use("ru");
    CHECK(core::Grader::grade(q, answer).feedback == "Пар в верном порядке: 2 из 3");
}

TEST_CASE("A contested fact names its source in every language", "[core][quiz][i18n][lint]") {
    English restore;
    const core::Library library = test::quizLibrary();
    for (const char* language : {"en", "az", "ru"}) {
        io::Language::use(language);
        for (const core::Module& m : library.modules()) {
            std::mt19937_64 rng(5);
            core::RandomSource random(rng);
            core::QuestionBuilder builder(library, m, random);
            for (const core::Figure& f : m.figures) {
                if (f.meta.status == core::Status::Confirmed) {
                    continue;
                }
                const auto q = builder.figureTyped(f);
                REQUIRE(q);
                INFO(language << ": " << q->prompt);
                CHECK(core::QuestionLinter::defects(*q, library).empty());
            }
        }
    }
}

namespace {

/// Everything a learner sees of a question, and its key, on lines.
std::string describe(const core::Question& q) {
    std::string out = q.id + "\n" + q.factId + "\n" + q.prompt + "\n" + q.rightAnswer + "\n" +
                      q.explanation + "\n" + q.citation + "\n" + q.context + "\n";
    for (const auto& o : q.options) {
        out += "option: " + o + "\n";
    }
    for (const auto& t : q.targets) {
        out += "target: " + t + "\n";
    }
    for (const auto& n : q.key.names) {
        out += "name: " + n + "\n";
    }
    for (std::size_t i : q.key.correctOptions) {
        out += "correct: " + std::to_string(i) + "\n";
    }
    for (int y : q.key.years) {
        out += "year: " + std::to_string(y) + "\n";
    }
    return out;
}

/// Every question a builder makes about every fact of the module, several seeds each.
std::string everyQuestion(const core::Library& library, const core::Module& module) {
    std::string out;
    for (std::uint64_t seed = 1; seed <= 3; ++seed) {
        std::mt19937_64 rng(seed);
        core::RandomSource random(rng);
        core::QuestionBuilder builder(library, module, random);
        for (const std::string& fact : module.factIds()) {
            for (const core::Question& q : builder.forFact(fact)) {
                out += describe(q);
            }
        }
        for (auto q : {builder.matchPeople(), builder.multiplePeople(), builder.timeline()}) {
            out += q ? describe(*q) : "none\n";
        }
    }
    return out;
}

/// Two modules whose people and terms are hard to tell apart: one name shared in part by
/// others, the same life years, roles and definitions that share words or name each other, a
/// term whose word normalises to nothing, a definition left empty; the second module has too
/// few of its own to choose from and draws on the first.
core::Library trickyLibrary() {
    using test::person;
    using test::term;
    core::Module a;
    a.id = "tricky";
    a.order = 1;
    a.people = {
        person("p-one", "Ali Mammadov", "\u018fli M\u0259mm\u0259dov", "Ali Mamedov", 1890, 1938,
               "poet and teacher", "shot in 1938"),
        person("p-two", "Ali Mamedov", "", "", 1890, 1938, "teacher of poets", "shot in 1938"),
        person("p-three", "Vali Mammadli", "", "Ali Mammadov", 1895, 1937, "journalist",
               "shot in Baku in 1937"),
        person("p-four", "Hasan Aliyev", "H\u0259s\u0259n \u018fliyev", "", 1890, 1938,
               "the first woman doctor of the republic", "exiled in 1937"),
        person("p-five", "Rza Guliyev", "", "", 1901, 1942, "engineer", "died in a camp in 1942"),
        person("p-six", "", "", "", 1900, 1950, "clerk", "released"),
    };
    a.people[5].kind = core::Person::Kind::Official;
    a.people.push_back(person("p-seven", "Mir Jafar Baghirov",
                              "Mir C\u0259f\u0259r Ba\u011f\u0131rov", "", 1896, 1956,
                              "party leader", "shot in 1956"));
    a.people.back().kind = core::Person::Kind::Official;
    a.terms = {
        term("t-troika", "troika", "A panel of three that sentenced people without a trial."),
        term("t-troika-2", "troika", "A carriage drawn by three horses."),
        term("t-troika-3", "Troika", "A sentencing board of the NKVD in the regions."),
        term("t-enemy", "enemy of the people", "A label used to prosecute people."),
        term("t-label", "label", "What an enemy of the people was given."),
        term("t-dash", "\u2014", "A mark that means nothing here."),
        term("t-empty", "kulak", ""),
        term("t-panel", "panel of three", "A troika."),
    };
    a.terms[1].kind = "thing";
    a.terms[5].kind = "thing";
    core::Module b;
    b.id = "tricky-few";
    b.order = 2;
    b.people = {person("p-eight", "Ali Mammadov", "", "", 1891, 1939, "poet", "exiled in 1937")};
    b.terms = {term("t-few", "troika member", "One of the three who sentenced people.")};
    return core::Library({a, b}, core::SourceText::fromText("One.\nTwo.\n"));
}

} // namespace

TEST_CASE("A module of the library is asked as a copy of it from outside the library would be",
          "[core][quiz][questions]") {
    // A module of the library compares the library's people and terms by their keys
    // (LibraryKeys); a module from elsewhere (one being checked) by their text. The same module
    // must give the same questions either way: the keys stand for the text exactly.
    const std::filesystem::path lessons = std::filesystem::path(YADDAS_SOURCE_DIR) / "lessons";
    const auto shipped = io::LibraryLoader::load({lessons}, lessons / "source-text.txt");
    REQUIRE(shipped.library.modules().size() >= 6);
    // Copies share every name and definition: many people and terms to tell apart.
    for (const core::Library& library : {shipped.library, test::copies(shipped.library, 3),
                                         test::quizLibrary(), test::copies(test::quizLibrary(), 2),
                                         trickyLibrary(), test::copies(trickyLibrary(), 2)}) {
        for (const core::Module& m : library.modules()) {
            const core::Module outside = m;
            INFO("module " << m.id);
            CHECK(everyQuestion(library, m) == everyQuestion(library, outside));
        }
    }
}
