#include <core/QuestionBuilder.hpp>

#include "QuizFixtures.hpp"

#include <core/Grader.hpp>
#include <core/I18n.hpp>
#include <core/QuestionLinter.hpp>
#include <core/RandomSource.hpp>
#include <io/Language.hpp>

#include <catch2/catch.hpp>

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
