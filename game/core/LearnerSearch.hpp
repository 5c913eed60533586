#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace yaddas::core {

/// Finding one's name among the learners of a shared computer (a school lab may have hundreds):
/// the most recently used come first, and a typed query keeps only the names that match it,
/// ignoring case and accents ("gulsen" finds Gülşən) and meeting English spellings ("javid"
/// finds Cavid), the best matches first.
class LearnerSearch {
public:
    struct Learner {
        std::string name;
        std::int64_t lastUsed = 0; ///< seconds since the epoch; 0 when unknown
    };

    explicit LearnerSearch(std::vector<Learner> learners);

    /// Every learner, the most recently used first; equal times (files copied together) by name.
    const std::vector<Learner>& all() const { return learners_; }
    std::size_t size() const { return learners_.size(); }

    /// Indices into all() of the learners whose name matches `query`, best first: the name
    /// itself, then names that start with it, then names with words starting with each of its
    /// words, then names that contain each of its words; within each, as all() orders them. An
    /// empty query matches everyone.
    std::vector<std::size_t> find(std::string_view query) const;
    /// The learner whose name is `query`, ignoring case, accents and spacing.
    std::optional<std::size_t> exact(std::string_view query) const;

private:
    struct Keys {
        std::string plain; ///< case and accents folded
        std::string name;  ///< also transliterated the English way
    };
    /// 0 (same name) to 3 (contains every word), or -1 when it does not match.
    static int rank(const Keys& learner, const Keys& query);

    std::vector<Learner> learners_;
    std::vector<Keys> keys_;
};

} // namespace yaddas::core
