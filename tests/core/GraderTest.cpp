#include <core/Grader.hpp>

#include <catch2/catch.hpp>

#include <limits>
#include <string>

using namespace yaddas::core;

namespace {

Question choiceQuestion(QuestionKind kind, std::vector<std::size_t> correct,
                        std::size_t options = 4) {
    Question q;
    q.kind = kind;
    for (std::size_t i = 0; i < options; ++i) {
        q.options.push_back("option " + std::to_string(i));
    }
    q.key.correctOptions = std::move(correct);
    q.rightAnswer = "option";
    return q;
}

} // namespace

TEST_CASE("Single choice and true/false are right or wrong", "[core][quiz][grader]") {
    const Question q = choiceQuestion(QuestionKind::SingleChoice, {2});
    CHECK(Grader::grade(q, Answer::choice(2)).outcome == Outcome::Right);
    CHECK(Grader::grade(q, Answer::choice(2)).fraction == 1.0);
    CHECK(Grader::grade(q, Answer::choice(1)).outcome == Outcome::Wrong);
    CHECK(Grader::grade(q, Answer{}).outcome == Outcome::Wrong);
    CHECK(Grader::grade(q, Answer::choices({1, 2})).outcome == Outcome::Wrong);
    CHECK(Grader::grade(q, Answer::choice(99)).outcome == Outcome::Wrong);
    CHECK(Grader::grade(q, Answer::choice(Answer::none)).outcome == Outcome::Wrong);
    CHECK(Grader::grade(q, Answer::choice(1)).rightAnswer == "option");

    const Question tf = choiceQuestion(QuestionKind::TrueFalse, {1}, 2);
    CHECK(Grader::grade(tf, Answer::choice(1)).outcome == Outcome::Right);
    CHECK(Grader::grade(tf, Answer::choice(0)).outcome == Outcome::Wrong);
}

TEST_CASE("Multiple answer gives partial credit and costs wrong picks", "[core][quiz][grader]") {
    const Question q = choiceQuestion(QuestionKind::MultipleAnswer, {0, 2}, 5);
    CHECK(Grader::grade(q, Answer::choices({2, 0})).outcome == Outcome::Right);
    const Grade half = Grader::grade(q, Answer::choices({0}));
    CHECK(half.outcome == Outcome::Partial);
    CHECK(half.fraction == Approx(0.5));
    const Grade mixed = Grader::grade(q, Answer::choices({0, 2, 1}));
    CHECK(mixed.outcome == Outcome::Partial);
    CHECK(mixed.fraction == Approx(1.0 - 1.0 / 3.0));
    CHECK(Grader::grade(q, Answer::choices({0, 1, 3, 4})).outcome == Outcome::Wrong);
    CHECK(Grader::grade(q, Answer::choices({0, 1, 2, 3, 4})).outcome ==
          Outcome::Wrong); // all: no credit
    CHECK(Grader::grade(q, Answer{}).outcome == Outcome::Wrong);
    // Repeats and out-of-range picks count once or not at all.
    CHECK(Grader::grade(q, Answer::choices({0, 0, 2, 2, 77})).outcome == Outcome::Right);
}

TEST_CASE("Timeline credit is the share of pairs in order, as Moodle grades it",
          "[core][quiz][grader]") {
    Question q = choiceQuestion(QuestionKind::Timeline, {}, 5);
    q.key.order = {3, 0, 4, 1, 2};
    CHECK(Grader::grade(q, Answer::ordered({3, 0, 4, 1, 2})).outcome == Outcome::Right);
    const Grade swap = Grader::grade(q, Answer::ordered({0, 3, 4, 1, 2})); // one neighbour swap
    CHECK(swap.outcome == Outcome::Partial);
    CHECK(swap.fraction == Approx(0.9)); // 9 of 10 pairs
    // Two events out of place: 8 of 10 pairs in order, as Moodle's
    // RELATIVE_ALL_PREVIOUS_AND_NEXT counts them.
    CHECK(Grader::grade(q, Answer::ordered({0, 3, 4, 2, 1})).fraction == Approx(0.8));
    CHECK(Grader::grade(q, Answer::ordered({2, 1, 4, 0, 3})).outcome == Outcome::Wrong); // reversed
    CHECK(Grader::grade(q, Answer::ordered({3, 0, 4, 1})).outcome == Outcome::Wrong);    // missing
    CHECK(Grader::grade(q, Answer::ordered({3, 3, 4, 1, 2})).outcome == Outcome::Wrong); // repeated
    CHECK(Grader::grade(q, Answer::ordered({3, 0, 4, 1, 9})).outcome == Outcome::Wrong); // unknown
    CHECK(Grader::grade(q, Answer{}).outcome == Outcome::Wrong);
}

TEST_CASE("Matching credit is the share of right pairs", "[core][quiz][grader]") {
    Question q = choiceQuestion(QuestionKind::Matching, {}, 4);
    q.targets = {"a", "b", "c", "d"};
    q.key.matches = {2, 0, 3, 1};
    CHECK(Grader::grade(q, Answer::matched({2, 0, 3, 1})).outcome == Outcome::Right);
    const Grade half = Grader::grade(q, Answer::matched({2, 0, 1, 3}));
    CHECK(half.outcome == Outcome::Partial);
    CHECK(half.fraction == Approx(0.5));
    CHECK(
        Grader::grade(q, Answer::matched({2, Answer::none, Answer::none, Answer::none})).fraction ==
        Approx(0.25));
    CHECK(Grader::grade(q, Answer::matched({0, 1, 2, 0})).outcome == Outcome::Wrong);
    CHECK(Grader::grade(q, Answer::matched({2})).fraction == Approx(0.25));
    CHECK(Grader::grade(q, Answer{}).outcome == Outcome::Wrong);
}

TEST_CASE("Typed years", "[core][quiz][grader]") {
    Question q;
    q.kind = QuestionKind::TypedYear;
    q.key.years = {1937};
    q.rightAnswer = "1937";
    CHECK(Grader::grade(q, Answer::typed("1937")).outcome == Outcome::Right);
    CHECK(Grader::grade(q, Answer::typed(" 1937 ")).outcome == Outcome::Right);
    CHECK(Grader::grade(q, Answer::typed("1938")).outcome == Outcome::Wrong);
    CHECK(Grader::grade(q, Answer::typed("99999")).outcome == Outcome::Wrong);
    CHECK(Grader::grade(q, Answer::typed("99999")).feedback == "not a year");
    CHECK(Grader::grade(q, Answer::typed("-1937")).outcome == Outcome::Wrong);
    CHECK(Grader::grade(q, Answer::typed("")).outcome == Outcome::Wrong);
    CHECK(Grader::grade(q, Answer::typed("NaN")).outcome == Outcome::Wrong);
}

TEST_CASE("Typed numbers within the figure's tolerance", "[core][quiz][grader]") {
    Question q;
    q.kind = QuestionKind::TypedNumber;
    q.key.number = 1575259;
    q.key.tolerance = *Tolerance::parse("1%");
    CHECK(Grader::grade(q, Answer::typed("1575259")).outcome == Outcome::Right);
    CHECK(Grader::grade(q, Answer::typed("1,575,259")).outcome == Outcome::Right);
    CHECK(Grader::grade(q, Answer::typed("1 575 259")).outcome == Outcome::Right);
    CHECK(Grader::grade(q, Answer::typed("1.58 million")).outcome == Outcome::Right);
    CHECK(Grader::grade(q, Answer::typed("1.5 million")).outcome == Outcome::Wrong); // 4.8% off
    CHECK(Grader::grade(q, Answer::typed("157525")).outcome == Outcome::Wrong); // a factor of ten
    CHECK(Grader::grade(q, Answer::typed("-1575259")).outcome == Outcome::Wrong);
    CHECK(Grader::grade(q, Answer::typed("NaN")).outcome == Outcome::Wrong);
    CHECK(Grader::grade(q, Answer::typed("NaN")).feedback == "not a number");
    CHECK(Grader::grade(q, Answer::typed("")).outcome == Outcome::Wrong);
    CHECK(Grader::grade(q, Answer::typed(std::string(10000, '9'))).outcome == Outcome::Wrong);

    q.key.number = 15000;
    q.key.tolerance = Tolerance{};
    CHECK(Grader::grade(q, Answer::typed("15 000")).outcome == Outcome::Right);
    CHECK(Grader::grade(q, Answer::typed("15001")).outcome == Outcome::Wrong);
    CHECK(Grader::grade(q, Answer::typed("15 thousand")).outcome == Outcome::Right);
}

TEST_CASE("Typed names in any accepted spelling", "[core][quiz][grader]") {
    Question q;
    q.kind = QuestionKind::TypedName;
    q.key.names = {"Mikayil Mushfig", "Mikay\u0131l M\u00fc\u015ffiq", "Mikay\u0131l Mushvig",
                   "Mushfig"};
    q.rightAnswer = "Mikayil Mushfig";
    CHECK(Grader::grade(q, Answer::typed("Mikayil Mushfig")).outcome == Outcome::Right);
    CHECK(Grader::grade(q, Answer::typed("MIKAYIL M\u00dc\u015eF\u0130Q")).outcome ==
          Outcome::Right);
    CHECK(Grader::grade(q, Answer::typed("mikay\u0131l mushfiq")).outcome == Outcome::Right);
    CHECK(Grader::grade(q, Answer::typed("Mushfig")).outcome == Outcome::Right);
    CHECK(Grader::grade(q, Answer::typed("Huseyn Javid")).outcome == Outcome::Wrong);
    CHECK(Grader::grade(q, Answer::typed("")).outcome == Outcome::Wrong);
    CHECK(Grader::grade(q, Answer::typed(std::string(10000, 'x'))).outcome == Outcome::Wrong);
    CHECK(Grader::grade(q, Answer::typed("-1")).outcome == Outcome::Wrong);
}

TEST_CASE("A fill-the-blank question takes a choice or a typed answer", "[core][quiz][grader]") {
    Question q = choiceQuestion(QuestionKind::FillBlank, {1});
    q.key.number = 681692;
    q.key.tolerance = *Tolerance::parse("1%");
    CHECK(Grader::grade(q, Answer::choice(1)).outcome == Outcome::Right);
    CHECK(Grader::grade(q, Answer::choice(0)).outcome == Outcome::Wrong);
    CHECK(Grader::grade(q, Answer::typed("681,692")).outcome == Outcome::Right);
    CHECK(Grader::grade(q, Answer::typed("68,169")).outcome == Outcome::Wrong);

    Question y = choiceQuestion(QuestionKind::FillBlank, {0});
    y.key.years = {1920};
    CHECK(Grader::grade(y, Answer::typed("1920")).outcome == Outcome::Right);
    CHECK(Grader::grade(y, Answer::typed("1918")).outcome == Outcome::Wrong);
}

TEST_CASE("An authored option's partial credit and feedback are given", "[core][quiz][grader]") {
    Question q = choiceQuestion(QuestionKind::SingleChoice, {0}, 3);
    q.authored = true;
    q.key.credits = {1.0, 0.5, 0.0};
    q.optionFeedback = {"Right.", "Half of it.", ""};
    auto g = Grader::grade(q, Answer::choice(1));
    CHECK(g.outcome == Outcome::Partial);
    CHECK(g.fraction == Approx(0.5));
    CHECK(g.feedback == "Half of it.");
    g = Grader::grade(q, Answer::choice(0));
    CHECK(g.outcome == Outcome::Right);
    CHECK(g.feedback == "Right.");
    CHECK(Grader::grade(q, Answer::choice(2)).outcome == Outcome::Wrong);

    // An authored typed answer: case and accents aside, letter for letter, with its credit.
    Question typed;
    typed.kind = QuestionKind::TypedName;
    typed.authored = true;
    typed.key.names = {"frog", "toad"};
    typed.key.credits = {1.0, 0.8};
    typed.optionFeedback = {"", "Close."};
    Answer a;
    a.text = "  FROG ";
    CHECK(Grader::grade(typed, a).outcome == Outcome::Right);
    a.text = "Toad";
    CHECK(Grader::grade(typed, a).fraction == Approx(0.8));
    CHECK(Grader::grade(typed, a).feedback == "Close.");
    a.text = "frogs"; // a generated name question would allow this typo; an authored one not
    CHECK(Grader::grade(typed, a).outcome == Outcome::Wrong);
}
