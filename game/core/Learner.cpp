#include <core/Learner.hpp>

#include <algorithm>
#include <set>

namespace yaddas::core {

void Learner::setSettings(const LearnerSettings& settings) {
    settings_ = settings;
    settings_.textSizePercent = std::clamp(settings.textSizePercent, LearnerSettings::minTextSize,
                                           LearnerSettings::maxTextSize);
}

int Learner::beginSession(std::int64_t now) {
    StudySession session;
    session.id = sessions_.empty() ? 1 : sessions_.back().id + 1;
    session.start = now;
    session.end = now;
    sessions_.push_back(session);
    return session.id;
}

void Learner::extendSession(std::int64_t from, std::int64_t to) {
    // A long pause ends a session: the next activity starts a new one. So does activity dated
    // well before the session (a clock that was put back), which must not stretch it.
    if (sessions_.empty() || from - sessions_.back().end > sessionGap ||
        sessions_.back().start - from > sessionGap) {
        beginSession(from);
    }
    StudySession& session = sessions_.back();
    session.start = std::min(session.start, from);
    session.end = std::max(session.end, to);
}

const MemoryState& Learner::recordAnswer(AnswerRecord answer, const FsrsScheduler& scheduler) {
    const auto taken = static_cast<std::int64_t>(std::max(0.0, answer.seconds));
    extendSession(answer.at - taken, answer.at);
    if (answer.session == 0) {
        answer.session = currentSession();
    }
    MemoryState& state = memory_[answer.factId];
    state = scheduler.review(state, ratingFor(answer.outcome), answer.at);
    answers_.push_back(std::move(answer));
    return state;
}

void Learner::markRead(const std::string& moduleId, const std::string& section, double fraction,
                       std::int64_t now) {
    extendSession(now, now);
    const double share = std::clamp(fraction, 0.0, 1.0);
    auto it = std::find_if(reading_.begin(), reading_.end(),
                           [&](const ReadingProgress& r) { return r.moduleId == moduleId; });
    if (it == reading_.end()) {
        reading_.push_back({moduleId, section, share, now});
        return;
    }
    it->section = section;
    it->fraction = std::max(it->fraction, share);
    it->at = now;
}

void Learner::recordQuiz(QuizResult result) {
    extendSession(result.at, result.at);
    if (result.session == 0) {
        result.session = currentSession();
    }
    quizzes_.push_back(std::move(result));
}

std::vector<Learner::DueFact> Learner::dueFacts(std::int64_t now) const {
    std::vector<DueFact> due;
    for (const auto& [factId, state] : memory_) {
        if (state.reps > 0 && state.due <= now) {
            due.push_back({factId, state.due});
        }
    }
    // memory_ is ordered by id, so a stable sort keeps ties in id order.
    std::stable_sort(due.begin(), due.end(),
                     [](const DueFact& a, const DueFact& b) { return a.due < b.due; });
    return due;
}

std::vector<std::string> Learner::mistakes() const {
    std::vector<std::string> result;
    std::set<std::string> seen;
    for (auto it = answers_.rbegin(); it != answers_.rend(); ++it) {
        if (!seen.insert(it->factId).second) {
            continue; // an older answer: only the latest one counts
        }
        if (it->outcome != Outcome::Right) {
            result.push_back(it->factId);
        }
    }
    return result;
}

const MemoryState* Learner::memoryOf(const std::string& factId) const {
    auto it = memory_.find(factId);
    return it == memory_.end() ? nullptr : &it->second;
}

const ReadingProgress* Learner::readingOf(const std::string& moduleId) const {
    auto it = std::find_if(reading_.begin(), reading_.end(),
                           [&](const ReadingProgress& r) { return r.moduleId == moduleId; });
    return it == reading_.end() ? nullptr : &*it;
}

} // namespace yaddas::core
