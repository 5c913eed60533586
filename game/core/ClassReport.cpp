#include <core/ClassReport.hpp>

#include <algorithm>
#include <cctype>
#include <map>

namespace yaddas::core {
namespace {

std::string folded(const std::string& s) {
    std::string out;
    for (const char c : s) {
        out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return out;
}

} // namespace

ClassReport ClassReport::build(const std::vector<AssignmentResult>& results,
                               const std::vector<RosterEntry>& roster) {
    ClassReport report;
    report.hasRoster = !roster.empty();
    std::map<std::string, AssignmentResult> byLearner;
    for (const AssignmentResult& r : results) {
        if (report.assignmentId.empty()) {
            report.assignmentId = r.assignmentId;
            report.assignmentTitle = r.assignmentTitle;
            report.passMark = r.passMark;
            report.keep = r.keep;
        }
        auto [it, fresh] = byLearner.emplace(r.learnerId, r);
        if (!fresh) {
            AssignmentResult& merged = it->second;
            merged.attempts.insert(merged.attempts.end(), r.attempts.begin(), r.attempts.end());
            if (merged.learnerName.empty()) {
                merged.learnerName = r.learnerName;
            }
        }
    }

    std::map<std::string, FactStat> facts;
    for (auto& [id, r] : byLearner) {
        r.keep = report.keep;
        std::stable_sort(r.attempts.begin(), r.attempts.end(),
                         [](const auto& a, const auto& b) { return a.start < b.start; });
        Row row;
        row.learnerId = id;
        row.learnerName = r.learnerName;
        row.attempts = static_cast<int>(r.attempts.size());
        if (const auto* a = r.kept()) {
            row.score = r.scoreOf(*a);
            row.right = a->right();
            row.answered = static_cast<int>(a->answers.size());
            row.submitted = a->end;
            row.minutes = a->end > a->start ? static_cast<double>(a->end - a->start) / 60.0 : 0.0;
            for (const auto& q : a->answers) {
                FactStat& f = facts[q.factId];
                f.factId = q.factId;
                if (f.prompt.empty()) {
                    f.prompt = q.prompt;
                }
                f.asked += 1;
                f.wrong += q.outcome == Outcome::Right ? 0 : 1;
                f.mean += q.score;
            }
        }
        row.passed = row.answered > 0 && row.score * 100.0 + 1e-9 >= report.passMark;
        const int bin = std::clamp(static_cast<int>(row.score * 10.0 + 1e-9), 0, 9);
        report.histogram[static_cast<std::size_t>(bin)] += 1;
        report.rows.push_back(std::move(row));
    }
    std::sort(report.rows.begin(), report.rows.end(), [](const Row& a, const Row& b) {
        const std::string na = folded(a.learnerName);
        const std::string nb = folded(b.learnerName);
        return na != nb ? na < nb : a.learnerId < b.learnerId;
    });

    for (auto& [id, f] : facts) {
        f.mean = f.asked > 0 ? f.mean / f.asked : 0.0;
        report.facts.push_back(f);
    }
    std::stable_sort(report.facts.begin(), report.facts.end(),
                     [](const FactStat& a, const FactStat& b) {
                         return a.mean != b.mean ? a.mean < b.mean : a.wrong > b.wrong;
                     });

    for (const RosterEntry& e : roster) {
        const bool found = std::any_of(report.rows.begin(), report.rows.end(), [&](const Row& r) {
            return (!e.id.empty() && folded(e.id) == folded(r.learnerId)) ||
                   (!e.name.empty() && folded(e.name) == folded(r.learnerName)) ||
                   (!e.name.empty() && folded(e.name) == folded(r.learnerId)) ||
                   (!e.id.empty() && folded(e.id) == folded(r.learnerName));
        });
        if (!found) {
            report.missing.push_back(e);
        }
    }
    return report;
}

double ClassReport::meanScore() const {
    if (rows.empty()) {
        return 0.0;
    }
    double sum = 0.0;
    for (const Row& r : rows) {
        sum += r.score;
    }
    return sum / static_cast<double>(rows.size());
}

int ClassReport::passedCount() const {
    return static_cast<int>(
        std::count_if(rows.begin(), rows.end(), [](const Row& r) { return r.passed; }));
}

} // namespace yaddas::core
