#include <core/LearnerStatistics.hpp>

#include <core/Library.hpp>

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <unordered_map>

namespace yaddas::core {
namespace {

constexpr std::int64_t secondsPerDay = 86400;

std::int64_t dayOf(std::int64_t time) {
    return time >= 0 ? time / secondsPerDay : -((-time + secondsPerDay - 1) / secondsPerDay);
}

// Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
void civilFromDays(std::int64_t z, std::int64_t& y, unsigned& m, unsigned& d) {
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    y = static_cast<std::int64_t>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y += m <= 2 ? 1 : 0;
}

} // namespace

std::string LearnerStatistics::dateOf(std::int64_t day) {
    std::int64_t y = 0;
    unsigned m = 0;
    unsigned d = 0;
    civilFromDays(day, y, m, d);
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04lld-%02u-%02u", static_cast<long long>(y), m, d);
    return buffer;
}

LearnerStatistics::FactIndex LearnerStatistics::FactIndex::fromLibrary(const Library& library) {
    FactIndex index;
    for (const auto& module : library.modules()) {
        FactIndex::Module entry{module.id, module.title, {}};
        for (const auto& factId : module.factIds()) {
            if (auto category = module.categoryOf(factId)) {
                entry.facts.emplace_back(factId, *category);
            }
        }
        index.modules.push_back(std::move(entry));
    }
    return index;
}

LearnerStatistics LearnerStatistics::compute(const Learner& learner, const FactIndex& index,
                                             std::int64_t now, const FsrsScheduler& scheduler) {
    LearnerStatistics stats;

    // The latest outcome per fact decides, with retrievability, whether it is mastered.
    std::unordered_map<std::string, Outcome> latest;
    std::map<std::int64_t, Day> days;
    for (const auto& answer : learner.answers()) {
        latest[answer.factId] = answer.outcome;
        Day& day = days[dayOf(answer.at)];
        ++day.answers;
        day.seconds += answer.seconds;
        switch (answer.outcome) {
        case Outcome::Right:
            ++day.right;
            ++stats.right;
            break;
        case Outcome::Partial:
            ++day.partial;
            ++stats.partial;
            break;
        case Outcome::Wrong:
            ++stats.wrong;
            break;
        }
    }
    stats.answers = static_cast<int>(learner.answers().size());
    stats.quizzes = static_cast<int>(learner.quizzes().size());

    const auto addFact = [&](Mastery& mastery, const std::string& factId) {
        ++mastery.facts;
        const MemoryState* state = learner.memoryOf(factId);
        if (state == nullptr || state->reps == 0) {
            return;
        }
        ++mastery.seen;
        auto last = latest.find(factId);
        if (last != latest.end() && last->second == Outcome::Right &&
            scheduler.retrievability(*state, now) >= 0.9) {
            ++mastery.mastered;
        }
    };
    for (const auto& module : index.modules) {
        ModuleMastery entry{module.id, module.title, {}, 0.0};
        for (const auto& [factId, category] : module.facts) {
            addFact(entry.mastery, factId);
            addFact(stats.categories[static_cast<std::size_t>(category)], factId);
            addFact(stats.overall, factId);
        }
        if (const ReadingProgress* reading = learner.readingOf(module.id)) {
            entry.read = reading->fraction;
        }
        stats.modules.push_back(std::move(entry));
    }

    // Days studied: days with an answer, a quiz, reading or a session.
    std::set<std::int64_t> studied;
    for (const auto& [day, _] : days) {
        studied.insert(day);
    }
    for (const auto& session : learner.sessions()) {
        if (session.end > session.start) {
            studied.insert(dayOf(session.start));
            studied.insert(dayOf(session.end));
        }
        stats.secondsSpent += session.seconds();
    }
    for (const auto& reading : learner.reading()) {
        studied.insert(dayOf(reading.at));
    }
    stats.daysStudied = static_cast<int>(studied.size());
    int run = 0;
    std::int64_t previous = 0;
    for (std::int64_t day : studied) {
        run = (run > 0 && day == previous + 1) ? run + 1 : 1;
        previous = day;
        stats.longestStreak = std::max(stats.longestStreak, run);
    }
    const std::int64_t today = dayOf(now);
    if (!studied.empty() && (previous == today || previous == today - 1)) {
        stats.currentStreak = run;
    }

    for (auto& [day, entry] : days) {
        entry.day = day;
        entry.date = dateOf(day);
        stats.days.push_back(entry);
    }
    stats.dueNow = learner.dueFacts(now).size();
    return stats;
}

} // namespace yaddas::core
