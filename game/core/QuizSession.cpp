#include <core/QuizSession.hpp>

#include <core/AssignmentResult.hpp>
#include <core/Grader.hpp>

#include <algorithm>
#include <utility>

namespace yaddas::core {

QuizSession::QuizSession(Quiz quiz, std::string title, std::string kind, std::string moduleId,
                         Recorder& recorder, Clock clock)
    : quiz_(std::move(quiz)), kind_(std::move(kind)), recorder_(recorder),
      clock_(std::move(clock)) {
    report_.moduleTitle = std::move(title);
    report_.moduleId = std::move(moduleId);
    startedAt_ = shownAt_ = clock_();
}

QuizSession::QuizSession(Quiz quiz, std::string title, Recorder& recorder, Attempt& attempt,
                         Clock clock, const std::set<std::string>& answeredBefore)
    : quiz_(std::move(quiz)), kind_("assignment"), recorder_(recorder), attempt_(&attempt),
      clock_(std::move(clock)), answeredBefore_(answeredBefore) {
    report_.moduleTitle = std::move(title);
    startedAt_ = shownAt_ = clock_();
    skipAnswered();
    if (current() == nullptr && !quiz_.questions.empty()) {
        finish(); // a resumed attempt with nothing left to ask
    }
}

const Question* QuizSession::current() const {
    return !over() && index_ < quiz_.questions.size() ? &quiz_.questions[index_] : nullptr;
}

void QuizSession::skipAnswered() {
    while (index_ < quiz_.questions.size() &&
           answeredBefore_.count(quiz_.questions[index_].id) > 0) {
        ++index_;
    }
}

void QuizSession::keep(const std::string& problem) {
    if (!problem.empty()) {
        problem_ = problem;
    }
}

const Grade& QuizSession::submit(const Answer& answer, const std::string& given) {
    const Question* q = current();
    if (q == nullptr || state_ != State::Asking || timeUp()) {
        return grade_;
    }
    problem_.clear();
    grade_ = Grader::grade(*q, answer);
    state_ = State::Answered;
    const std::int64_t now = clock_();

    AnswerRecord rec;
    rec.at = now;
    rec.questionKind = std::string(toString(q->kind));
    rec.questionId = q->id;
    rec.factId = q->factId;
    rec.moduleId = q->moduleId;
    rec.given = given;
    rec.outcome = grade_.outcome;
    rec.fraction = grade_.fraction;
    rec.seconds = static_cast<double>(std::max<std::int64_t>(0, now - shownAt_));
    keep(recorder_.answer(rec));
    if (attempt_ != nullptr) {
        keep(attempt_->answer(*q, AssignmentResult::describe(*q, answer), grade_, now));
    }

    QuizReport::Item item;
    item.factId = q->factId;
    item.category = q->category;
    item.outcome = grade_.outcome;
    item.prompt = q->prompt;
    item.given = given;
    item.correct = grade_.rightAnswer.empty() ? q->rightAnswer : grade_.rightAnswer;
    item.explanation = q->explanation;
    if (!q->context.empty() && q->explanation.find(q->context) == std::string::npos) {
        item.explanation += (item.explanation.empty() ? "" : " ") + q->context;
    }
    report_.items.push_back(std::move(item));
    return grade_;
}

void QuizSession::next() {
    if (state_ != State::Answered) {
        return;
    }
    ++index_;
    skipAnswered();
    if (index_ >= quiz_.questions.size()) {
        finish();
        return;
    }
    state_ = State::Asking;
    shownAt_ = clock_();
}

std::optional<std::int64_t> QuizSession::secondsLeft() const {
    if (attempt_ == nullptr || !attempt_->deadline()) {
        return std::nullopt;
    }
    return std::max<std::int64_t>(0, *attempt_->deadline() - clock_());
}

bool QuizSession::timeUp() {
    if (state_ == State::Finished) {
        return attempt_ != nullptr && attempt_->deadline() && clock_() >= *attempt_->deadline();
    }
    if (over() || attempt_ == nullptr || !attempt_->deadline() ||
        clock_() < *attempt_->deadline()) {
        return false;
    }
    finish();
    return true;
}

void QuizSession::leave() {
    if (over()) {
        return;
    }
    state_ = State::Left;
    if (attempt_ != nullptr) {
        keep(attempt_->pause(clock_()));
    }
}

void QuizSession::handIn() {
    if (!over()) {
        finish();
    }
}

void QuizSession::finish() {
    state_ = State::Finished;
    if (attempt_ != nullptr) {
        keep(attempt_->end(clock_()));
        return;
    }
    QuizResult result;
    result.at = clock_();
    result.kind = kind_;
    result.moduleId = report_.moduleId;
    result.questions = static_cast<int>(report_.items.size());
    for (const auto& i : report_.items) {
        result.right += i.outcome == Outcome::Right ? 1 : 0;
        result.partial += i.outcome == Outcome::Partial ? 1 : 0;
    }
    result.seconds = static_cast<double>(std::max<std::int64_t>(0, result.at - startedAt_));
    keep(recorder_.quiz(result));
}

} // namespace yaddas::core
