#include <core/LearnerUid.hpp>

namespace yaddas::core {

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

} // namespace yaddas::core
