#include <core/Status.hpp>

#include <core/I18n.hpp>

namespace yaddas::core {

std::string_view toString(Status status) {
    switch (status) {
    case Status::Confirmed:
        return "confirmed";
    case Status::Contested:
        return "contested";
    case Status::Unverified:
        return "unverified";
    }
    return "unverified";
}

std::optional<Status> statusFromString(std::string_view text) {
    if (text == "confirmed") {
        return Status::Confirmed;
    }
    if (text == "contested") {
        return Status::Contested;
    }
    if (text == "unverified") {
        return Status::Unverified;
    }
    return std::nullopt;
}

const char* displayName(Category category) {
    // TRANSLATORS: the four kinds of question, shown above each question and with their scores.
    switch (category) {
    case Category::Dates:
        return I18n::tr("Dates");
    case Category::Figures:
        // TRANSLATORS: "Figures" here means numbers (counts of people, years), not persons.
        return I18n::tr("Figures");
    case Category::Victims:
        return I18n::tr("Victims");
    case Category::Ideas:
        return I18n::tr("Ideas");
    }
    return I18n::tr("Ideas");
}

std::string_view toString(Category category) {
    switch (category) {
    case Category::Dates:
        return "dates";
    case Category::Figures:
        return "figures";
    case Category::Victims:
        return "victims";
    case Category::Ideas:
        return "ideas";
    }
    return "ideas";
}

std::optional<Category> categoryFromString(std::string_view text) {
    if (text == "dates") {
        return Category::Dates;
    }
    if (text == "figures") {
        return Category::Figures;
    }
    if (text == "victims") {
        return Category::Victims;
    }
    if (text == "ideas") {
        return Category::Ideas;
    }
    return std::nullopt;
}

} // namespace yaddas::core
