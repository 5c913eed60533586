#include <core/Rating.hpp>

namespace yaddas::core {

Rating ratingFor(Outcome outcome) {
    switch (outcome) {
    case Outcome::Right:
        return Rating::Good;
    case Outcome::Partial:
        return Rating::Hard;
    case Outcome::Wrong:
        return Rating::Again;
    }
    return Rating::Again;
}

std::string_view toString(Rating rating) {
    switch (rating) {
    case Rating::Again:
        return "again";
    case Rating::Hard:
        return "hard";
    case Rating::Good:
        return "good";
    case Rating::Easy:
        return "easy";
    }
    return "again";
}

std::optional<Rating> ratingFromString(std::string_view text) {
    for (Rating r : {Rating::Again, Rating::Hard, Rating::Good, Rating::Easy}) {
        if (toString(r) == text) {
            return r;
        }
    }
    return std::nullopt;
}

} // namespace yaddas::core
