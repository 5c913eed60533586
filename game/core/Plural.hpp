#pragma once

#include <string>

namespace yaddas::core {

/// A count with its noun in the right number: "1 learner", "2 learners", "0 learners", in the
/// interface's language (I18n::trn: Russian, for one, has three forms). The nouns are string
/// literals at the call, so xgettext finds them (keyword `count:2,3`).
class Plural {
public:
    static std::string count(long long n, const char* one, const char* many);
};

} // namespace yaddas::core
