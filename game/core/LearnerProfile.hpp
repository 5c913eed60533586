#pragma once

#include <cstdint>
#include <string>

namespace yaddas::core {

/// Who the learner is, as far as the app needs: a name to pick from a list.
struct LearnerProfile {
    std::string id;          ///< file-safe: [a-z0-9-], 1 to 64 characters
    std::string displayName; ///< as typed, any script
    std::int64_t created = 0;
};

} // namespace yaddas::core
