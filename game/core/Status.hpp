#pragma once

#include <optional>
#include <string_view>

namespace yaddas::core {

/// How far public sources bear out a fact (see the fact-check sheet the lessons follow).
enum class Status {
    Confirmed,  ///< public sources agree
    Contested,  ///< sources contradict it, or it is true only with another scope
    Unverified, ///< no source found beyond the text itself
};

std::string_view toString(Status status);
std::optional<Status> statusFromString(std::string_view text);

/// What a quiz question is about; results are reported per category.
enum class Category { Dates, Figures, Victims, Ideas };

std::string_view toString(Category category);
/// The category's name for a learner, in the interface's language ("Dates", "Rəqəmlər", …).
const char* displayName(Category category);
std::optional<Category> categoryFromString(std::string_view text);

} // namespace yaddas::core
