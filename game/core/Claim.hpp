#pragma once

#include <core/FactMeta.hpp>

#include <string>

namespace yaddas::core {

/// A statement the source text makes that a learner can examine: does it hold up?
struct Claim {
    enum class Holds { Yes, No, Partly, Open };

    FactMeta meta;
    std::string statement;     ///< what the text states, in clear English
    Holds holds = Holds::Open; ///< what the evidence (the text itself or sources) says
    std::string reason;        ///< why it holds or not: the counter-example or the evidence
    /// False: only the module's own questions ask about it (an imported question bank's answer
    /// is no claim of the source text to examine), so no question is generated from it.
    bool generated = true;
};

} // namespace yaddas::core
