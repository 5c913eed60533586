#pragma once

#include <string>

namespace yaddas::core {

/// A learner profile's unique id as a person reads it: two learners with the same name are told
/// apart in a report by the first six hex digits of their uids, grouped "7f3a-9c".
class LearnerUid {
public:
    /// The short form of `uid`: its first six hex digits (other characters skipped), lower
    /// case, as "xxxx-xx"; fewer digits give what there is; empty for an empty uid.
    static std::string shortForm(const std::string& uid);
};

} // namespace yaddas::core
