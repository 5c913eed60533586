#include <core/LearnerUid.hpp>

#include <core/Fnv1a.hpp>

#include <algorithm>

namespace yaddas::core {

std::string LearnerUid::fromBits(std::uint64_t bits) {
    return Fnv1a::hex(bits);
}

std::string LearnerUid::derived(std::string_view learnerId, std::int64_t created) {
    const std::uint64_t h =
        Fnv1a::hash(std::to_string(created), Fnv1a::hash("\n", Fnv1a::hash(learnerId)));
    return fromBits(h);
}

bool LearnerUid::valid(std::string_view uid) {
    return uid.size() == length && std::all_of(uid.begin(), uid.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
           });
}

std::string LearnerUid::shortForm(const std::string& uid) {
    std::string digits;
    for (const char c : uid) {
        if (digits.size() == 6) {
            break;
        }
        if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')) {
            digits += c;
        } else if (c >= 'A' && c <= 'F') {
            digits += static_cast<char>(c - 'A' + 'a');
        }
    }
    if (digits.size() > 4) {
        digits.insert(4, "-");
    }
    return digits;
}

std::string LearnerUid::fileTag(std::string_view uid) {
    return valid(uid) ? std::string(uid.substr(0, 6)) : std::string();
}

} // namespace yaddas::core
