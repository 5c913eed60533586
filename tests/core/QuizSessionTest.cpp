#include <core/QuizSession.hpp>

#include <catch2/catch.hpp>

#include <vector>

using namespace yaddas::core;

namespace {

Question choiceQuestion(std::string id) {
    Question q;
    q.id = id;
    q.factId = "f-" + id;
    q.moduleId = "m";
    q.kind = QuestionKind::SingleChoice;
    q.category = Category::Dates;
    q.prompt = "Which?";
    q.options = {"right", "wrong", "other", "else"};
    q.key.correctOptions = {0};
    q.rightAnswer = "right";
    return q;
}

Quiz quizOf(int n) {
    Quiz quiz;
    for (int i = 1; i <= n; ++i) {
        quiz.questions.push_back(choiceQuestion("q" + std::to_string(i)));
    }
    return quiz;
}

struct Kept : QuizSession::Recorder {
    std::vector<AnswerRecord> answers;
    std::vector<QuizResult> quizzes;
    std::string failWith;
    std::string answer(const AnswerRecord& r) override {
        answers.push_back(r);
        return failWith;
    }
    std::string quiz(const QuizResult& r) override {
        quizzes.push_back(r);
        return {};
    }
};

struct Results : QuizSession::Attempt {
    std::vector<std::string> answered;
    int paused = 0;
    int ended = 0;
    std::optional<std::int64_t> limit;
    std::string answer(const Question& q, const std::string&, const Grade&, std::int64_t) override {
        answered.push_back(q.id);
        return {};
    }
    std::string pause(std::int64_t) override {
        ++paused;
        return {};
    }
    std::string end(std::int64_t) override {
        ++ended;
        return {};
    }
    std::optional<std::int64_t> deadline() const override { return limit; }
};

} // namespace

TEST_CASE("A practice quiz grades, records every answer and the quiz, and reports",
          "[core][session]") {
    Kept kept;
    std::int64_t now = 1000;
    QuizSession session(quizOf(3), "Module", "module", "m", kept, [&] { return now; });
    REQUIRE(session.current() != nullptr);
    CHECK(session.current()->id == "q1");
    now += 7;
    CHECK(session.submit(Answer::choices({0}), "right").outcome == Outcome::Right);
    CHECK(session.answered());
    // A second submit of the same question changes nothing.
    session.submit(Answer::choices({1}), "wrong");
    CHECK(kept.answers.size() == 1);
    CHECK(kept.answers.front().seconds == Approx(7.0));
    CHECK(kept.answers.front().questionId == "q1");
    session.next();
    session.submit(Answer::choices({1}), "wrong");
    session.next();
    session.submit(Answer::choices({0}), "right");
    CHECK(kept.quizzes.empty());
    session.next();
    CHECK(session.state() == QuizSession::State::Finished);
    CHECK(session.current() == nullptr);
    REQUIRE(kept.quizzes.size() == 1);
    CHECK(kept.quizzes.front().questions == 3);
    CHECK(kept.quizzes.front().right == 2);
    CHECK(kept.quizzes.front().kind == "module");
    CHECK(session.report().score() == Approx(2.0));
}

TEST_CASE("A failed save is reported and the quiz goes on", "[core][session]") {
    Kept kept;
    kept.failWith = "The disk is full.";
    QuizSession session(quizOf(2), "Module", "module", "m", kept, [] { return 5; });
    session.submit(Answer::choices({0}), "right");
    CHECK(session.problem() == "The disk is full.");
    session.next();
    CHECK(session.current() != nullptr);
}

TEST_CASE("Leaving a practice quiz records no quiz result", "[core][session]") {
    Kept kept;
    QuizSession session(quizOf(3), "Module", "module", "m", kept, [] { return 5; });
    session.submit(Answer::choices({0}), "right");
    session.leave();
    CHECK(session.state() == QuizSession::State::Left);
    CHECK(kept.quizzes.empty());
    CHECK(kept.answers.size() == 1);
}

TEST_CASE("An assignment: leaving keeps the attempt open, resuming skips what was answered",
          "[core][session]") {
    Kept kept;
    Results results;
    std::int64_t now = 100;
    {
        QuizSession session(quizOf(4), "Test", kept, results, [&] { return now; });
        CHECK(session.isAssignment());
        session.submit(Answer::choices({0}), "right");
        session.next();
        session.leave();
        CHECK(results.paused == 1);
        CHECK(results.ended == 0); // no attempt used up
        CHECK(session.answeredCount() == 1);
    }
    // Resumed: the first question is not asked again.
    QuizSession again(quizOf(4), "Test", kept, results, [&] { return now; }, {"q1"});
    REQUIRE(again.current() != nullptr);
    CHECK(again.current()->id == "q2");
    CHECK(again.index() == 1);
    again.submit(Answer::choices({0}), "right");
    again.handIn();
    CHECK(again.state() == QuizSession::State::Finished);
    CHECK(results.ended == 1);
    CHECK(results.answered == std::vector<std::string>{"q1", "q2"});
    CHECK(kept.quizzes.empty()); // an assignment's result is its results file
}

TEST_CASE("An assignment's time limit ends the attempt, and no answer is taken after it",
          "[core][session]") {
    Kept kept;
    Results results;
    results.limit = 160;
    std::int64_t now = 100;
    QuizSession session(quizOf(3), "Test", kept, results, [&] { return now; });
    CHECK(session.secondsLeft() == 60);
    session.submit(Answer::choices({0}), "right");
    session.next();
    now = 161;
    CHECK(session.secondsLeft() == 0);
    session.submit(Answer::choices({0}), "right");
    CHECK(session.state() == QuizSession::State::Finished);
    CHECK(results.answered.size() == 1);
    CHECK(results.ended == 1);
    CHECK(session.timeUp());
}
