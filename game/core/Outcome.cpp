#include <core/Outcome.hpp>

namespace yaddas::core {

std::string_view toString(Outcome outcome) {
    switch (outcome) {
    case Outcome::Right:
        return "right";
    case Outcome::Partial:
        return "partial";
    case Outcome::Wrong:
        return "wrong";
    }
    return "wrong";
}

std::optional<Outcome> outcomeFromString(std::string_view text) {
    if (text == "right") {
        return Outcome::Right;
    }
    if (text == "partial") {
        return Outcome::Partial;
    }
    if (text == "wrong") {
        return Outcome::Wrong;
    }
    return std::nullopt;
}

} // namespace yaddas::core
