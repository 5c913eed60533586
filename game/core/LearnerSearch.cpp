#include <core/LearnerSearch.hpp>

#include <core/TextNormalizer.hpp>

#include <algorithm>
#include <numeric>

namespace yaddas::core {
namespace {

std::vector<std::string_view> words(std::string_view key) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    while (start < key.size()) {
        std::size_t end = key.find(' ', start);
        if (end == std::string_view::npos) {
            end = key.size();
        }
        if (end > start) {
            out.push_back(key.substr(start, end - start));
        }
        start = end + 1;
    }
    return out;
}

bool startsWith(std::string_view s, std::string_view prefix) {
    return s.substr(0, prefix.size()) == prefix;
}

/// 0 to 3 as LearnerSearch::rank, for one way of folding both keys.
int rankKey(std::string_view learner, std::string_view query) {
    if (learner == query) {
        return 0;
    }
    if (startsWith(learner, query)) {
        return 1;
    }
    const auto have = words(learner);
    const auto want = words(query);
    const bool prefixes = std::all_of(want.begin(), want.end(), [&](std::string_view w) {
        return std::any_of(have.begin(), have.end(),
                           [&](std::string_view h) { return startsWith(h, w); });
    });
    if (prefixes) {
        return 2;
    }
    const bool inside = std::all_of(want.begin(), want.end(), [&](std::string_view w) {
        return learner.find(w) != std::string_view::npos;
    });
    return inside ? 3 : -1;
}

} // namespace

LearnerSearch::LearnerSearch(std::vector<Learner> learners) {
    std::vector<Keys> keys;
    keys.reserve(learners.size());
    for (const Learner& l : learners) {
        keys.push_back({TextNormalizer::plainKey(l.name), TextNormalizer::nameKey(l.name)});
    }
    std::vector<std::size_t> order(learners.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (learners[a].lastUsed != learners[b].lastUsed) {
            return learners[a].lastUsed > learners[b].lastUsed;
        }
        if (keys[a].plain != keys[b].plain) {
            return keys[a].plain < keys[b].plain;
        }
        return learners[a].name < learners[b].name;
    });
    for (std::size_t i : order) {
        learners_.push_back(std::move(learners[i]));
        keys_.push_back(std::move(keys[i]));
    }
}

int LearnerSearch::rank(const Keys& learner, const Keys& query) {
    // Either folding may find the name: typed with Azerbaijani letters or without them
    // ("Gulsen"), or spelled the English way ("Javid" for Cavid).
    const int plain = query.plain.empty() ? -1 : rankKey(learner.plain, query.plain);
    const int name = query.name.empty() ? -1 : rankKey(learner.name, query.name);
    if (plain < 0) {
        return name;
    }
    return name < 0 ? plain : std::min(plain, name);
}

std::vector<std::size_t> LearnerSearch::find(std::string_view query) const {
    const Keys q{TextNormalizer::plainKey(query), TextNormalizer::nameKey(query)};
    std::vector<std::size_t> out;
    if (q.plain.empty() && q.name.empty()) {
        out.resize(learners_.size());
        std::iota(out.begin(), out.end(), std::size_t{0});
        return out;
    }
    std::vector<int> ranks(learners_.size());
    for (std::size_t i = 0; i < learners_.size(); ++i) {
        ranks[i] = rank(keys_[i], q);
        if (ranks[i] >= 0) {
            out.push_back(i);
        }
    }
    std::stable_sort(out.begin(), out.end(),
                     [&](std::size_t a, std::size_t b) { return ranks[a] < ranks[b]; });
    return out;
}

std::optional<std::size_t> LearnerSearch::exact(std::string_view query) const {
    const std::string plain = TextNormalizer::plainKey(query);
    if (plain.empty()) {
        return std::nullopt;
    }
    for (std::size_t i = 0; i < keys_.size(); ++i) {
        if (keys_[i].plain == plain) {
            return i;
        }
    }
    return std::nullopt;
}

} // namespace yaddas::core
