#pragma once

#include <core/FactMeta.hpp>

#include <string>

namespace yaddas::core {

/// A statement the source text makes that a learner can examine: does it hold up?
struct Claim {
    enum class Holds { Yes, No, Partly, Open };

    FactMeta meta;
    std::string statement; ///< what the text states, in clear English
    Holds holds = Holds::Open; ///< what the evidence (the text itself or sources) says
    std::string reason;        ///< why it holds or not: the counter-example or the evidence
};

} // namespace yaddas::core
