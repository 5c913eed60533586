#include <core/ClassReport.hpp>

#include <core/Collation.hpp>
#include <core/LearnerUid.hpp>
#include <core/TextNormalizer.hpp>
#include <core/Utf8.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

namespace yaddas::core {
namespace {

std::string asciiFolded(const std::string& s) {
    std::string out = s;
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
    }
    return out;
}

int categoryRank(const std::string& c) {
    static const std::array<const char*, 4> known{"dates", "figures", "victims", "ideas"};
    for (std::size_t i = 0; i < known.size(); ++i) {
        if (c == known[i]) {
            return static_cast<int>(i);
        }
    }
    return static_cast<int>(known.size());
}

/// One learner's merged results, before it becomes a row.
struct Learner {
    AssignmentResult result;
    std::string uid;
};

} // namespace

bool ClassReport::sameName(const std::string& a, const std::string& b) {
    const std::string ka = TextNormalizer::nameKey(a);
    return !ka.empty() && ka == TextNormalizer::nameKey(b);
}

std::string ClassReport::shortText(const std::string& prompt, std::size_t maxChars) {
    // Collapse whitespace first, then count characters (not bytes) so Azerbaijani letters
    // take their share of the header like any other.
    std::string text;
    bool space = false;
    for (const char c : prompt) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            space = !text.empty();
            continue;
        }
        if (space) {
            text += ' ';
            space = false;
        }
        text += c;
    }
    std::size_t chars = 0;
    std::size_t i = 0;
    std::size_t lastSpace = std::string::npos;
    while (i < text.size()) {
        if (chars == maxChars) {
            const std::size_t cut =
                lastSpace != std::string::npos && lastSpace > i / 2 ? lastSpace : i;
            std::string out = text.substr(0, cut);
            while (!out.empty() && (out.back() == ' ' || out.back() == ',' || out.back() == ':' ||
                                    out.back() == ';')) {
                out.pop_back();
            }
            return out + "…";
        }
        if (text[i] == ' ') {
            lastSpace = i;
        }
        i += Utf8::decode(text, i).length;
        ++chars;
    }
    return text;
}

ClassReport ClassReport::build(const std::vector<AssignmentResult>& results,
                               const std::vector<RosterEntry>& roster) {
    ClassReport report;
    report.hasRoster = !roster.empty();
    if (!results.empty()) {
        report.assignmentId = results.front().assignmentId;
        report.assignmentTitle = results.front().assignmentTitle;
        report.passMark = results.front().passMark;
        report.keep = results.front().keep;
    }

    // Which uids carry each learner id: a file without a uid joins a uid holder only when
    // that is unambiguous.
    std::map<std::string, std::set<std::string>> uidsOfId;
    for (const AssignmentResult& r : results) {
        if (!r.learnerUid.empty()) {
            uidsOfId[r.learnerId].insert(r.learnerUid);
        }
    }
    std::map<std::string, Learner> learners; // "u:" + uid, or "i:" + learner id
    for (const AssignmentResult& r : results) {
        std::string uid = r.learnerUid;
        if (uid.empty()) {
            const auto holders = uidsOfId.find(r.learnerId);
            if (holders != uidsOfId.end() && holders->second.size() == 1) {
                uid = *holders->second.begin();
            }
        }
        const std::string key = uid.empty() ? "i:" + r.learnerId : "u:" + uid;
        auto [it, fresh] = learners.try_emplace(key);
        Learner& l = it->second;
        if (fresh) {
            l.result = r;
            l.uid = uid;
            continue;
        }
        AssignmentResult& merged = l.result;
        merged.attempts.insert(merged.attempts.end(), r.attempts.begin(), r.attempts.end());
        if (merged.learnerName.empty()) {
            merged.learnerName = r.learnerName;
        }
        if (merged.rosterId.empty()) {
            merged.rosterId = r.rosterId;
        }
    }

    std::unordered_map<std::string, std::size_t> questionIndex;
    std::map<std::string, std::size_t> categoryIndex;
    std::map<std::string, FactStat> facts;
    // Per question, the wrong answers given: text → count.
    std::vector<std::map<std::string, int>> wrongGiven;
    for (auto& [key, l] : learners) {
        AssignmentResult& r = l.result;
        r.keep = report.keep;
        std::stable_sort(r.attempts.begin(), r.attempts.end(),
                         [](const auto& a, const auto& b) { return a.start < b.start; });
        Row row;
        row.learnerId = r.learnerId;
        row.learnerName = r.learnerName;
        row.learnerUid = l.uid;
        row.shortUid = LearnerUid::shortForm(l.uid);
        row.rosterId = r.rosterId;
        row.attempts = static_cast<int>(r.attempts.size());
        // An attempt not handed in does not count while one that was handed in exists.
        AssignmentResult handedIn = r;
        handedIn.attempts.erase(std::remove_if(handedIn.attempts.begin(), handedIn.attempts.end(),
                                               [](const auto& a) { return a.open; }),
                                handedIn.attempts.end());
        const AssignmentResult& from = handedIn.attempts.empty() ? r : handedIn;
        if (const auto* a = from.kept()) {
            row.unfinished = a->open;
            row.score = from.scoreOf(*a);
            row.right = a->right();
            row.answered = static_cast<int>(a->answers.size());
            row.submitted = a->open ? 0 : a->end;
            row.minutes = a->end > a->start ? static_cast<double>(a->end - a->start) / 60.0 : 0.0;
            for (const auto& q : a->answers) {
                auto [qi, freshQuestion] =
                    questionIndex.try_emplace(q.questionId, report.questions.size());
                if (freshQuestion) {
                    QuestionStat s;
                    s.questionId = q.questionId;
                    s.factId = q.factId;
                    s.category = q.category;
                    s.prompt = q.prompt;
                    s.shortText = shortText(q.prompt);
                    report.questions.push_back(std::move(s));
                    wrongGiven.emplace_back();
                }
                categoryIndex.try_emplace(q.category, 0);
                if (row.unfinished) {
                    continue; // shown in the table, but not in the class's figures
                }
                QuestionStat& s = report.questions[qi->second];
                if (s.right.empty()) {
                    s.right = q.right;
                }
                s.asked += 1;
                s.mean += q.score;
                if (q.outcome != Outcome::Right) {
                    s.wrong += 1;
                    wrongGiven[qi->second][q.given] += 1;
                }
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
        row.passed =
            !row.unfinished && row.answered > 0 && row.score * 100.0 + 1e-9 >= report.passMark;
        if (!row.unfinished) {
            const int bin = std::clamp(static_cast<int>(row.score * 10.0 + 1e-9), 0, 9);
            report.histogram[static_cast<std::size_t>(bin)] += 1;
        }
        report.rows.push_back(std::move(row));
    }

    // Names in Azerbaijani alphabetical order; one name's rows by uid, then id.
    {
        std::vector<std::pair<std::string, std::size_t>> keys;
        keys.reserve(report.rows.size());
        for (std::size_t i = 0; i < report.rows.size(); ++i) {
            keys.emplace_back(Collation::sortKey(report.rows[i].learnerName), i);
        }
        std::sort(keys.begin(), keys.end(), [&](const auto& a, const auto& b) {
            if (a.first != b.first) {
                return a.first < b.first;
            }
            const Row& ra = report.rows[a.second];
            const Row& rb = report.rows[b.second];
            return ra.learnerUid != rb.learnerUid ? ra.learnerUid < rb.learnerUid
                                                  : ra.learnerId < rb.learnerId;
        });
        std::vector<Row> sorted;
        sorted.reserve(report.rows.size());
        for (const auto& k : keys) {
            sorted.push_back(std::move(report.rows[k.second]));
        }
        report.rows = std::move(sorted);
    }

    // Categories in the lessons' order; then each row's cells and category scores.
    for (const auto& c : categoryIndex) {
        report.categories.push_back(c.first);
    }
    std::stable_sort(report.categories.begin(), report.categories.end(),
                     [](const std::string& a, const std::string& b) {
                         return categoryRank(a) < categoryRank(b);
                     });
    for (std::size_t i = 0; i < report.categories.size(); ++i) {
        categoryIndex[report.categories[i]] = i;
    }
    report.classByCategory.assign(report.categories.size(), CategoryScore{});
    {
        // Cells come from each learner's kept attempt again, now that the columns are known.
        std::map<std::string, const Learner*> byUidOrId;
        for (const auto& [key, l] : learners) {
            byUidOrId[key] = &l;
        }
        for (Row& row : report.rows) {
            row.cells.assign(report.questions.size(), Cell{});
            row.byCategory.assign(report.categories.size(), CategoryScore{});
            const std::string key =
                row.learnerUid.empty() ? "i:" + row.learnerId : "u:" + row.learnerUid;
            const Learner& l = *byUidOrId.at(key);
            AssignmentResult handedIn = l.result;
            handedIn.attempts.erase(std::remove_if(handedIn.attempts.begin(),
                                                   handedIn.attempts.end(),
                                                   [](const auto& a) { return a.open; }),
                                    handedIn.attempts.end());
            const AssignmentResult& from = handedIn.attempts.empty() ? l.result : handedIn;
            const auto* a = from.kept();
            if (a == nullptr) {
                continue;
            }
            for (const auto& q : a->answers) {
                Cell& cell = row.cells[questionIndex.at(q.questionId)];
                cell.asked = true;
                cell.given = q.given;
                cell.score = q.score;
                cell.outcome = q.outcome;
                const std::size_t ci = categoryIndex.at(q.category);
                for (CategoryScore* s : {&row.byCategory[ci], &report.classByCategory[ci]}) {
                    if (s == &report.classByCategory[ci] && row.unfinished) {
                        continue;
                    }
                    s->asked += 1;
                    s->right += q.outcome == Outcome::Right ? 1 : 0;
                    s->sum += q.score;
                }
            }
        }
    }

    for (std::size_t i = 0; i < report.questions.size(); ++i) {
        QuestionStat& s = report.questions[i];
        s.mean = s.asked > 0 ? s.mean / s.asked : 0.0;
        for (const auto& [given, count] : wrongGiven[i]) {
            s.wrongAnswers.push_back({given, count});
        }
        std::stable_sort(
            s.wrongAnswers.begin(), s.wrongAnswers.end(),
            [](const WrongAnswer& a, const WrongAnswer& b) { return a.count > b.count; });
    }
    for (auto& [id, f] : facts) {
        f.mean = f.asked > 0 ? f.mean / f.asked : 0.0;
        report.facts.push_back(f);
    }
    std::stable_sort(report.facts.begin(), report.facts.end(),
                     [](const FactStat& a, const FactStat& b) {
                         return a.mean != b.mean ? a.mean < b.mean : a.wrong > b.wrong;
                     });

    // Clashes: one name under several uids; one roster id claimed by several uids.
    {
        std::map<std::string, std::vector<const Row*>> byName;
        std::map<std::string, std::vector<const Row*>> byRosterId;
        for (const Row& r : report.rows) {
            if (r.learnerUid.empty()) {
                continue;
            }
            byName[TextNormalizer::nameKey(r.learnerName)].push_back(&r);
            if (!r.rosterId.empty()) {
                byRosterId[r.rosterId].push_back(&r);
            }
        }
        auto add = [&](Clash::Kind kind, const std::vector<const Row*>& holders,
                       const std::string& what) {
            if (holders.size() < 2) {
                return;
            }
            Clash c;
            c.kind = kind;
            c.what = what;
            for (const Row* r : holders) {
                c.shortUids.push_back(r->shortUid);
            }
            report.clashes.push_back(std::move(c));
        };
        for (const auto& [key, holders] : byName) {
            add(Clash::Kind::SameName, holders, holders.front()->learnerName);
        }
        for (const auto& [id, holders] : byRosterId) {
            add(Clash::Kind::SameRosterId, holders, id);
        }
    }

    // Roster entries match rows by roster id, else learner id, else name.
    std::vector<std::string> nameKeys;
    nameKeys.reserve(report.rows.size());
    for (const Row& r : report.rows) {
        nameKeys.push_back(TextNormalizer::nameKey(r.learnerName));
    }
    for (const RosterEntry& e : roster) {
        const std::string id = asciiFolded(e.id);
        const std::string nameKey = TextNormalizer::nameKey(e.name.empty() ? e.id : e.name);
        bool found = false;
        auto mark = [&](auto&& match) {
            for (std::size_t i = 0; i < report.rows.size(); ++i) {
                if (match(i)) {
                    report.rows[i].onRoster = true;
                    found = true;
                }
            }
        };
        if (!id.empty()) {
            mark([&](std::size_t i) { return report.rows[i].rosterId == e.id; });
        }
        if (!found && !id.empty()) {
            mark([&](std::size_t i) { return asciiFolded(report.rows[i].learnerId) == id; });
        }
        if (!found && !nameKey.empty()) {
            mark([&](std::size_t i) {
                return nameKeys[i] == nameKey ||
                       TextNormalizer::nameKey(report.rows[i].learnerId) == nameKey;
            });
        }
        if (!found) {
            report.missing.push_back(e);
        }
    }
    return report;
}

double ClassReport::meanScore() const {
    double sum = 0.0;
    int n = 0;
    for (const Row& r : rows) {
        if (!r.unfinished) {
            sum += r.score;
            ++n;
        }
    }
    return n > 0 ? sum / n : 0.0;
}

int ClassReport::passedCount() const {
    return static_cast<int>(
        std::count_if(rows.begin(), rows.end(), [](const Row& r) { return r.passed; }));
}

int ClassReport::unfinishedCount() const {
    return static_cast<int>(
        std::count_if(rows.begin(), rows.end(), [](const Row& r) { return r.unfinished; }));
}

int ClassReport::notOnRosterCount() const {
    if (!hasRoster) {
        return 0;
    }
    return static_cast<int>(
        std::count_if(rows.begin(), rows.end(), [](const Row& r) { return !r.onRoster; }));
}

} // namespace yaddas::core
