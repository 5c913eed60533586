#include <core/AssignmentResult.hpp>

#include <catch2/catch.hpp>

using namespace yaddas;
using core::AssignmentResult;

namespace {

core::Question question(std::string id, core::QuestionKind kind) {
    core::Question q;
    q.id = std::move(id);
    q.factId = "e-fact";
    q.kind = kind;
    q.prompt = "When?";
    q.options = {"1918", "1920", "1937"};
    return q;
}

core::Grade grade(double fraction) {
    core::Grade g;
    g.fraction = fraction;
    g.outcome = fraction >= 1.0  ? core::Outcome::Right
                : fraction > 0.0 ? core::Outcome::Partial
                                 : core::Outcome::Wrong;
    return g;
}

} // namespace

TEST_CASE("Attempts are opened within the allowance and record every answer", "[results]") {
    core::Assignment a;
    a.id = "terror";
    a.title = "The Great Terror";
    a.count = 2;
    auto r = AssignmentResult::start(a, "abc", "aysel", "Aysel");
    CHECK(r.assignmentId == "terror");
    CHECK(r.assignmentChecksum == "abc");
    REQUIRE(r.beginAttempt(100, 2));
    r.record(question("q1", core::QuestionKind::SingleChoice), "1920", grade(1.0), 110);
    r.record(question("q2", core::QuestionKind::SingleChoice), "1918", grade(0.0), 130);
    REQUIRE(r.attempts.size() == 1);
    CHECK(r.attempts[0].end == 130);
    CHECK(r.attempts[0].score() == Approx(0.5));
    CHECK(r.attempts[0].right() == 1);
    CHECK(r.attempts[0].answers[1].given == "1918");
    REQUIRE(r.beginAttempt(200, 2));
    CHECK_FALSE(r.beginAttempt(300, 2));
    CHECK(r.attempts.size() == 2);
}

TEST_CASE("Questions left unanswered count as wrong in the attempt's score", "[results]") {
    AssignmentResult r;
    r.questionCount = 4;
    AssignmentResult::Attempt stoppedEarly;
    stoppedEarly.answers.push_back(
        {"q1", "f", "single", "", "", "", "", 1.0, core::Outcome::Right});
    AssignmentResult::Attempt finished;
    for (double score : {1.0, 1.0, 0.0, 0.0}) {
        finished.answers.push_back(
            {"q", "f", "single", "", "", "", "", score, core::Outcome::Partial});
    }
    r.attempts = {stoppedEarly, finished};
    CHECK(r.scoreOf(stoppedEarly) == Approx(0.25));
    CHECK(stoppedEarly.score() == Approx(1.0));
    CHECK(r.scoreOf(finished) == Approx(0.5));
    r.keep = core::Assignment::Keep::Best;
    CHECK(r.kept() == &r.attempts[1]);
}

TEST_CASE("An answer recorded without an attempt is not lost", "[results]") {
    AssignmentResult r;
    r.record(question("q1", core::QuestionKind::TrueFalse), "True", grade(1.0), 50);
    REQUIRE(r.attempts.size() == 1);
    CHECK(r.attempts[0].answers.size() == 1);
}

TEST_CASE("The kept attempt follows the assignment's rule", "[results]") {
    AssignmentResult r;
    for (double score : {0.4, 0.9, 0.6}) {
        AssignmentResult::Attempt a;
        a.answers.push_back({"q", "f", "single", "", "", "", "", score, core::Outcome::Partial});
        r.attempts.push_back(a);
    }
    r.keep = core::Assignment::Keep::Best;
    CHECK(r.kept()->score() == Approx(0.9));
    r.keep = core::Assignment::Keep::Last;
    CHECK(r.kept()->score() == Approx(0.6));
    r.attempts.clear();
    CHECK(r.kept() == nullptr);
}

TEST_CASE("Answers are described in words for the results file", "[results]") {
    auto q = question("q", core::QuestionKind::MultipleAnswer);
    CHECK(AssignmentResult::describe(q, core::Answer::choices({0, 2})) == "1918 | 1937");
    q.kind = core::QuestionKind::Timeline;
    CHECK(AssignmentResult::describe(q, core::Answer::ordered({2, 0, 1})) == "1937 | 1918 | 1920");
    q.kind = core::QuestionKind::TypedYear;
    CHECK(AssignmentResult::describe(q, core::Answer::typed(" 1920\n")) == " 1920\n");
    q.kind = core::QuestionKind::Matching;
    q.targets = {"a", "b"};
    CHECK(AssignmentResult::describe(q, core::Answer::matched({1, core::Answer::none, 9})) ==
          "1918 = b | 1920 = (none) | 1937 = (none)");
    q.kind = core::QuestionKind::SingleChoice;
    CHECK(AssignmentResult::describe(q, core::Answer::choice(99)) == "?");
}
