#pragma once

#include <string>
#include <string_view>

namespace yaddas::core {

/// A count with its noun in the right number: "1 learner", "2 learners", "0 learners".
/// Every counted phrase goes through here, so translations can later choose their own forms.
class Plural {
public:
    static std::string count(long long n, std::string_view one, std::string_view many);
};

} // namespace yaddas::core
