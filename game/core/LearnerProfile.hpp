#pragma once

#include <cstdint>
#include <string>
#include <utility>

namespace yaddas::core {

/// Who the learner is, as far as the app needs: a name to pick from a list.
struct LearnerProfile {
    LearnerProfile() = default;
    /// Without `learnerUid`, the uid is left empty (readers and writers derive one for it).
    LearnerProfile(std::string learnerId, std::string name, std::int64_t createdAt,
                   std::string learnerUid = {})
        : id(std::move(learnerId)), displayName(std::move(name)), created(createdAt),
          uid(std::move(learnerUid)) {}

    std::string id;          ///< file-safe: [a-z0-9-], 1 to 64 characters
    std::string displayName; ///< as typed, any script
    std::int64_t created = 0;
    /// Stable and unique (core::LearnerUid): sixteen lowercase hex digits, drawn at random when
    /// the profile is made; a profile saved before uids existed gets LearnerUid::derived().
    std::string uid;
};

} // namespace yaddas::core
