#pragma once

#include <core/DateSpan.hpp>
#include <core/FactMeta.hpp>

#include <string>

namespace yaddas::core {

/// A dated event: "Soviet rule was established in Azerbaijan" on 28 April 1920.
struct Event {
    FactMeta meta;
    DateSpan when;
    std::string label; ///< what happened, as a sentence fragment without the date
    std::string ask;   ///< the author's own question about when ("When was … ?"); may be empty
};

} // namespace yaddas::core
