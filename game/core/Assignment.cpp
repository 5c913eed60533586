#include <core/Assignment.hpp>

#include <core/Fnv1a.hpp>
#include <core/QuizGenerator.hpp>
#include <core/Slug.hpp>
#include <core/UtcTime.hpp>

#include <algorithm>

namespace yaddas::core {

std::uint64_t Assignment::seedFor(const std::string& learnerId) const {
    if (seedRule == SeedRule::Same) {
        return seed;
    }
    // The seed's decimal text, a separator no id contains, then the id: stable everywhere.
    std::uint64_t h = Fnv1a::hash(std::to_string(seed));
    h = Fnv1a::hash("\x1f", h);
    return Fnv1a::hash(learnerId, h);
}

QuizSpec Assignment::specFor(const std::string& learnerId) const {
    return QuizSpec::exam(modules, categories, count, seedFor(learnerId));
}

Quiz Assignment::quizFor(const Library& library, const std::string& learnerId) const {
    return QuizGenerator(library).generate(specFor(learnerId));
}

Diagnostics Assignment::checkAgainst(const Library& library, const std::string& file) const {
    Diagnostics out;
    for (const std::string& m : modules) {
        if (library.find(m) == nullptr) {
            std::string known;
            for (const Module& each : library.modules()) {
                known += (known.empty() ? "" : ", ") + each.id;
            }
            out.push_back({file, 0, "unknown module '" + m + "' (the library has: " + known + ")",
                           Diagnostic::Severity::Error});
        }
    }
    // A category no chosen module has a fact of would give an empty part of the quiz.
    for (Category c : categories) {
        bool found = false;
        for (const Module& each : library.modules()) {
            if (!modules.empty() &&
                std::find(modules.begin(), modules.end(), each.id) == modules.end()) {
                continue;
            }
            for (const std::string& fact : each.factIds()) {
                if (each.categoryOf(fact) == c) {
                    found = true;
                    break;
                }
            }
        }
        if (!found) {
            out.push_back({file, 0,
                           "no fact of the chosen modules is in the category '" +
                               std::string(toString(c)) + "'",
                           Diagnostic::Severity::Error});
        }
    }
    return out;
}

std::optional<std::int64_t> Assignment::dueEnd() const {
    if (!due || !due->valid()) {
        return std::nullopt;
    }
    const int month = due->month() > 0 ? due->month() : 12;
    const int day = due->day() > 0 ? due->day() : daysInMonth(due->year(), month);
    return UtcTime::daysFromCivil(due->year(), month, day) * 86400 + 86399;
}

std::optional<std::int64_t> Assignment::deadline(std::int64_t start) const {
    if (!timeLimitMinutes) {
        return std::nullopt;
    }
    return start + static_cast<std::int64_t>(*timeLimitMinutes) * 60;
}

bool Assignment::passes(double score) const {
    // A small epsilon so that 6 of 10 at a pass mark of 60 passes despite rounding.
    return score * 100.0 + 1e-9 >= static_cast<double>(passMark);
}

std::string Assignment::slugOf(const std::string& title) {
    return Slug::of(title, 60, "assignment");
}

std::string_view toString(Assignment::Keep keep) {
    return keep == Assignment::Keep::Best ? "best" : "last";
}

std::optional<Assignment::Keep> keepFromString(std::string_view text) {
    if (text == "best") {
        return Assignment::Keep::Best;
    }
    if (text == "last") {
        return Assignment::Keep::Last;
    }
    return std::nullopt;
}

} // namespace yaddas::core
