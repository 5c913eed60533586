#include <core/Learner.hpp>

#include <core/ProgressLimits.hpp>

#include <algorithm>
#include <cmath>
#include <set>

namespace yaddas::core {
namespace {

// What is recorded is clamped to what the progress file keeps (ProgressLimits): a question left
// open overnight, a clock set far off or a pasted essay must not make the next save write a
// record that the reader then skips, and the save after that deletes.

std::int64_t keptTime(std::int64_t time) {
    return std::clamp<std::int64_t>(time, 0, ProgressLimits::latestTime);
}

double keptReal(double value, double high) {
    return std::isnan(value) ? 0.0 : std::clamp(value, 0.0, high);
}

/// At most `limit` bytes, cut before a UTF-8 character rather than inside it, without the
/// control characters XML cannot hold (NUL would even end the file for its reader).
std::string keptText(const std::string& text, std::size_t limit) {
    std::string kept;
    kept.reserve(std::min(text.size(), limit));
    for (char c : text) {
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') {
            continue;
        }
        kept += c;
    }
    if (kept.size() > limit) {
        std::size_t end = limit;
        while (end > 0 && (static_cast<unsigned char>(kept[end]) & 0xC0) == 0x80) {
            --end;
        }
        kept.resize(end);
    }
    return kept;
}

} // namespace

void Learner::setSettings(const LearnerSettings& settings) {
    settings_ = settings;
    settings_.textSizePercent = std::clamp(settings.textSizePercent, LearnerSettings::minTextSize,
                                           LearnerSettings::maxTextSize);
    settings_.speechRatePercent = std::clamp(
        settings.speechRatePercent, LearnerSettings::minSpeechRate, LearnerSettings::maxSpeechRate);
    if (!isVoiceName(settings.voice)) {
        settings_.voice.clear();
    }
}

int Learner::beginSession(std::int64_t now) {
    now = keptTime(now);
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
    answer.at = keptTime(answer.at);
    answer.seconds = keptReal(answer.seconds, ProgressLimits::maxAnswerSeconds);
    answer.fraction = keptReal(answer.fraction, 1.0);
    answer.given = keptText(answer.given, ProgressLimits::maxTextLength);
    const auto taken = static_cast<std::int64_t>(answer.seconds);
    extendSession(keptTime(answer.at - taken), answer.at);
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
    now = keptTime(now);
    extendSession(now, now);
    const double share = keptReal(fraction, 1.0);
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
    result.at = keptTime(result.at);
    result.seconds = keptReal(result.seconds, ProgressLimits::maxQuizSeconds);
    result.questions = std::clamp(result.questions, 0, ProgressLimits::maxQuizQuestions);
    result.right = std::clamp(result.right, 0, result.questions);
    result.partial = std::clamp(result.partial, 0, result.questions - result.right);
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
