#include <core/AssignmentResult.hpp>

#include <algorithm>

#include <core/QuestionKind.hpp>

namespace yaddas::core {

double AssignmentResult::Attempt::score() const {
    if (answers.empty()) {
        return 0.0;
    }
    double sum = 0.0;
    for (const AnsweredQuestion& a : answers) {
        sum += a.score;
    }
    return sum / static_cast<double>(answers.size());
}

double AssignmentResult::scoreOf(const Attempt& attempt) const {
    const std::size_t asked =
        std::max(attempt.answers.size(), static_cast<std::size_t>(std::max(questionCount, 0)));
    if (asked == 0) {
        return 0.0;
    }
    double sum = 0.0;
    for (const AnsweredQuestion& a : attempt.answers) {
        sum += a.score;
    }
    return sum / static_cast<double>(asked);
}

int AssignmentResult::Attempt::right() const {
    int n = 0;
    for (const AnsweredQuestion& a : answers) {
        n += a.outcome == Outcome::Right ? 1 : 0;
    }
    return n;
}

AssignmentResult AssignmentResult::start(const Assignment& assignment, const std::string& checksum,
                                         const std::string& learnerId,
                                         const std::string& learnerName) {
    AssignmentResult r;
    r.learnerId = learnerId;
    r.learnerName = learnerName;
    r.assignmentId = assignment.id;
    r.assignmentTitle = assignment.title;
    r.assignmentChecksum = checksum;
    r.questionCount = static_cast<int>(assignment.count);
    r.passMark = assignment.passMark;
    r.keep = assignment.keep;
    return r;
}

bool AssignmentResult::beginAttempt(std::int64_t now, int attemptsAllowed) {
    if (static_cast<int>(attempts.size()) >= attemptsAllowed) {
        return false;
    }
    Attempt a;
    a.start = now;
    a.end = now;
    a.open = true;
    attempts.push_back(std::move(a));
    return true;
}

void AssignmentResult::record(const Question& question, const std::string& given,
                              const Grade& grade, std::int64_t now) {
    if (attempts.empty()) {
        // An answer is never lost: an attempt is opened for it if the caller forgot.
        Attempt a;
        a.start = now;
        attempts.push_back(std::move(a));
    }
    Attempt& a = attempts.back();
    a.answers.push_back({question.id, question.factId, std::string(toString(question.kind)),
                         std::string(toString(question.category)), question.prompt, given,
                         question.rightAnswer, grade.fraction, grade.outcome});
    a.end = now;
}

std::string AssignmentResult::describe(const Question& question, const Answer& answer) {
    auto optionText = [&](std::size_t i) {
        return i < question.options.size() ? question.options[i] : "?";
    };
    std::string out;
    if (isTyped(question.kind) || (!answer.text.empty() && answer.chosen.empty())) {
        return answer.text;
    }
    if (question.kind == QuestionKind::Timeline) {
        for (std::size_t i : answer.order) {
            out += (out.empty() ? "" : " | ") + optionText(i);
        }
        return out;
    }
    if (question.kind == QuestionKind::Matching) {
        for (std::size_t i = 0; i < answer.matches.size(); ++i) {
            const std::size_t t = answer.matches[i];
            out += (out.empty() ? "" : " | ") + optionText(i) + " = " +
                   (t < question.targets.size() ? question.targets[t] : std::string("(none)"));
        }
        return out;
    }
    for (std::size_t i : answer.chosen) {
        out += (out.empty() ? "" : " | ") + optionText(i);
    }
    return out;
}

const AssignmentResult::Attempt* AssignmentResult::kept() const {
    if (attempts.empty()) {
        return nullptr;
    }
    if (keep == Assignment::Keep::Last) {
        return &attempts.back();
    }
    const Attempt* best = &attempts.front();
    for (const Attempt& a : attempts) {
        if (scoreOf(a) > scoreOf(*best)) {
            best = &a;
        }
    }
    return best;
}

} // namespace yaddas::core
