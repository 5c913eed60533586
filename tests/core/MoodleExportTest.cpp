#include <core/Answer.hpp>
#include <core/Grader.hpp>
#include <core/I18n.hpp>
#include <core/MoodleExport.hpp>
#include <io/Language.hpp>

#include <catch2/catch.hpp>

using namespace yaddas;
using core::MoodleExport;
using core::QuestionKind;

namespace {

core::Question make(QuestionKind kind) {
    core::Question q;
    q.id = "f-x/" + std::string(core::toString(kind));
    q.kind = kind;
    q.prompt = "How many?";
    q.explanation = "Because.";
    return q;
}

} // namespace

TEST_CASE("Choice questions become multichoice and truefalse", "[moodle]") {
    auto q = make(QuestionKind::SingleChoice);
    q.options = {"a", "b", "c", "d"};
    q.key.correctOptions = {2};
    auto m = MoodleExport::convert(q, "$course$/Yaddas/M");
    REQUIRE(m);
    CHECK(m->type == "multichoice");
    CHECK(m->single);
    CHECK(m->category == "$course$/Yaddas/M");
    REQUIRE(m->answers.size() == 4);
    CHECK(m->answers[2].fraction == 100.0);
    CHECK(m->answers[0].fraction == 0.0);

    q.kind = QuestionKind::MultipleAnswer;
    q.key.correctOptions = {0, 1, 3};
    m = MoodleExport::convert(q, "c");
    REQUIRE(m);
    CHECK_FALSE(m->single);
    CHECK(m->answers[0].fraction == Approx(33.33333));
    CHECK(m->answers[2].fraction == -100.0);

    q.kind = QuestionKind::TrueFalse;
    q.options = {"True", "False"};
    q.key.correctOptions = {1};
    m = MoodleExport::convert(q, "c");
    REQUIRE(m);
    CHECK(m->type == "truefalse");
    CHECK(m->answers[0].text == "true");
    CHECK(m->answers[0].fraction == 0.0);
    CHECK(m->answers[1].fraction == 100.0);
}

TEST_CASE("Typed numbers carry the fact's tolerance", "[moodle]") {
    auto q = make(QuestionKind::TypedNumber);
    q.key.number = 1575259;
    q.key.tolerance = *core::Tolerance::parse("5%");
    auto m = MoodleExport::convert(q, "c");
    REQUIRE(m);
    CHECK(m->type == "numerical");
    REQUIRE(m->answers.size() == 1);
    CHECK(m->answers[0].text == "1575259");
    CHECK(m->answers[0].tolerance == Approx(78762.95));
    q.key.tolerance = *core::Tolerance::parse("500");
    CHECK(MoodleExport::convert(q, "c")->answers[0].tolerance == 500.0);
    q.key.tolerance = *core::Tolerance::parse("0");
    CHECK(MoodleExport::convert(q, "c")->answers[0].tolerance == 0.0);
    q.key.number.reset();
    CHECK_FALSE(MoodleExport::convert(q, "c"));
}

TEST_CASE("Names, timelines and matching map to shortanswer, ordering and matching", "[moodle]") {
    auto q = make(QuestionKind::TypedName);
    q.key.names = {"Huseyn Javid", "Hüseyn Cavid", "Javid"};
    auto m = MoodleExport::convert(q, "c");
    REQUIRE(m);
    CHECK(m->type == "shortanswer");
    CHECK(m->answers.size() == 3);

    q.kind = QuestionKind::Timeline;
    q.options = {"b", "c", "a"};
    q.key.order = {2, 0, 1};
    m = MoodleExport::convert(q, "c");
    REQUIRE(m);
    CHECK(m->type == "ordering");
    REQUIRE(m->answers.size() == 3);
    CHECK(m->answers[0].text == "a");
    CHECK(m->answers[2].text == "c");

    q.kind = QuestionKind::Matching;
    q.options = {"Javid", "Mushfig"};
    q.targets = {"lyric poet", "playwright", "scholar"};
    q.key.matches = {1, 0};
    m = MoodleExport::convert(q, "c");
    REQUIRE(m);
    CHECK(m->type == "matching");
    REQUIRE(m->pairs.size() == 3);
    CHECK(m->pairs[0].answer == "playwright");
    CHECK(m->pairs[2].text.empty()); // the distractor target
}

TEST_CASE("Grades snap to the ones Moodle accepts", "[moodle]") {
    CHECK(MoodleExport::nearestGrade(100.0 / 3) == Approx(33.33333));
    CHECK(MoodleExport::nearestGrade(-100.0 / 7) == Approx(-14.28571));
    CHECK(MoodleExport::nearestGrade(100.0) == 100.0);
}

TEST_CASE("The general feedback carries the question's citation", "[moodle]") {
    auto q = make(QuestionKind::SingleChoice);
    q.options = {"a", "b"};
    q.key.correctOptions = {0};
    auto m = MoodleExport::convert(q, "c");
    REQUIRE(m);
    CHECK(m->generalFeedback == "Because.");
    q.citation = "J. Arch Getty and Oleg V. Naumov, The Road to Terror (1999), appendix";
    m = MoodleExport::convert(q, "c");
    REQUIRE(m);
    CHECK(m->generalFeedback == "Because. Source: J. Arch Getty and Oleg V. Naumov, The Road to "
                                "Terror (1999), appendix.");
}

TEST_CASE("An exported timeline earns in Moodle what it earns in the app", "[moodle]") {
    auto q = make(QuestionKind::Timeline);
    q.options = {"a", "b", "c", "d", "e"};
    q.key.order = {0, 1, 2, 3, 4};
    const auto m = MoodleExport::convert(q, "c");
    REQUIRE(m);
    REQUIRE(m->gradingType == "RELATIVE_ALL_PREVIOUS_AND_NEXT");
    // Moodle's rule for that setting, item by item: each item scores one for every other item
    // on its correct side of it; the grade is the score over n·(n − 1).
    auto moodle = [](const std::vector<std::size_t>& order) {
        const std::size_t n = order.size();
        double score = 0;
        for (std::size_t i = 0; i < n; ++i) {
            for (std::size_t j = 0; j < n; ++j) {
                if (i != j && ((i < j) == (order[i] < order[j]))) {
                    score += 1;
                }
            }
        }
        return score / static_cast<double>(n * (n - 1));
    };
    for (const std::vector<std::size_t>& order : {std::vector<std::size_t>{0, 1, 2, 3, 4},
                                                  {1, 0, 2, 3, 4},
                                                  {4, 3, 2, 1, 0},
                                                  {2, 4, 0, 3, 1},
                                                  {0, 3, 4, 2, 1}}) {
        INFO(order[0] << order[1] << order[2] << order[3] << order[4]);
        CHECK(yaddas::core::Grader::grade(q, yaddas::core::Answer::ordered(order)).fraction ==
              Approx(moodle(order)));
    }
}

TEST_CASE("A true/false question asked in Azerbaijani exports with the right truth", "[moodle]") {
    struct English {
        ~English() { io::Language::use("en"); }
    } restore;
    io::Language::use("az");
    auto q = make(QuestionKind::TrueFalse);
    q.options = {core::I18n::tr("True"), core::I18n::tr("False")};
    REQUIRE(q.options.front() == "Doğru");
    q.key.correctOptions = {0};
    auto m = MoodleExport::convert(q, "$course$/Yaddas/M");
    REQUIRE(m);
    REQUIRE(m->answers.size() == 2);
    CHECK(m->answers[0].text == "true");
    CHECK(m->answers[0].fraction == 100.0);
    CHECK(m->answers[1].fraction == 0.0);
}
