#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace yaddas::core {

/// What a learner gave in answer to a Question; the front end fills the field the kind uses.
struct Answer {
    /// For a Matching answer: a left item the learner left unmatched.
    static constexpr std::size_t none = static_cast<std::size_t>(-1);

    std::vector<std::size_t> chosen;  ///< choice kinds: the option indexes picked
    std::vector<std::size_t> order;   ///< Timeline: option indexes in the learner's order
    std::vector<std::size_t> matches; ///< Matching: for each option, the target index (or none)
    std::string text;                 ///< typed kinds (and a typed FillBlank): the raw text

    static Answer choice(std::size_t index) { return Answer{{index}, {}, {}, {}}; }
    static Answer choices(std::vector<std::size_t> indexes) {
        return Answer{std::move(indexes), {}, {}, {}};
    }
    static Answer ordered(std::vector<std::size_t> indexes) {
        return Answer{{}, std::move(indexes), {}, {}};
    }
    static Answer matched(std::vector<std::size_t> targets) {
        return Answer{{}, {}, std::move(targets), {}};
    }
    static Answer typed(std::string value) { return Answer{{}, {}, {}, std::move(value)}; }
};

} // namespace yaddas::core
