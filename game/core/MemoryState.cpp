#include <core/MemoryState.hpp>

namespace yaddas::core {

std::string_view toString(MemoryState::Phase phase) {
    switch (phase) {
    case MemoryState::Phase::New:
        return "new";
    case MemoryState::Phase::Learning:
        return "learning";
    case MemoryState::Phase::Review:
        return "review";
    case MemoryState::Phase::Relearning:
        return "relearning";
    }
    return "new";
}

std::optional<MemoryState::Phase> phaseFromString(std::string_view text) {
    using P = MemoryState::Phase;
    for (P p : {P::New, P::Learning, P::Review, P::Relearning}) {
        if (toString(p) == text) {
            return p;
        }
    }
    return std::nullopt;
}

} // namespace yaddas::core
