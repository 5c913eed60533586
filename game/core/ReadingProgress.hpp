#pragma once

#include <cstdint>
#include <string>

namespace yaddas::core {

/// How far a learner has read one module: the furthest share read and where they stopped.
struct ReadingProgress {
    std::string moduleId;
    std::string section;   ///< the section last opened (to resume there)
    double fraction = 0.0; ///< 0 … 1, the furthest share of the module read
    std::int64_t at = 0;   ///< when it last changed
};

} // namespace yaddas::core
