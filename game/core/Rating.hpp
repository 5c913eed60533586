#pragma once

#include <core/Outcome.hpp>

#include <optional>
#include <string_view>

namespace yaddas::core {

/// An FSRS grade. Quizzes never ask the learner to grade themselves: the grade follows from how
/// the answer was judged (see ratingFor), so the values stay the four of the FSRS papers.
enum class Rating { Again = 1, Hard = 2, Good = 3, Easy = 4 };

/// right → Good, partial → Hard, wrong → Again (documented in game/io/PROGRESS.md).
Rating ratingFor(Outcome outcome);

std::string_view toString(Rating rating);
std::optional<Rating> ratingFromString(std::string_view text);

} // namespace yaddas::core
