#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace yaddas::core {

/// A learner profile's stable unique id: sixteen lowercase hex digits (64 bits). Names can be
/// the same on two computers ("Aysel Məmmədova" twice in one class); the uid tells them apart in
/// results files and reports. New profiles draw it from a random source; profiles saved before
/// uids existed get one derived from their id and creation time, the same on every load.
class LearnerUid {
public:
    static constexpr std::size_t length = 16;

    /// The uid for 64 random bits.
    static std::string fromBits(std::uint64_t bits);
    /// The uid of a profile saved without one: FNV-1a-64 of "id\ncreated", so every load of the
    /// same old file gives the same uid without writing it back.
    static std::string derived(std::string_view learnerId, std::int64_t created);
    /// Sixteen lowercase hex digits?
    static bool valid(std::string_view uid);
    /// The short form of `uid` as a person reads it: its first six hex digits (other characters
    /// skipped), lower case, as "xxxx-xx"; fewer digits give what there is; empty for an empty
    /// uid.
    static std::string shortForm(const std::string& uid);
    /// The first six digits of a valid uid without the dash ("7f3a9c"), for file names (empty
    /// when `uid` is not valid).
    static std::string fileTag(std::string_view uid);
};

} // namespace yaddas::core
