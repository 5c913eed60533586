#include <core/Grader.hpp>

#include <core/I18n.hpp>

#include <core/NameMatcher.hpp>
#include <core/NumberFormat.hpp>
#include <core/TextNormalizer.hpp>

#include <algorithm>
#include <vector>

namespace yaddas::core {
namespace {

bool contains(const std::vector<std::size_t>& v, std::size_t x) {
    return std::find(v.begin(), v.end(), x) != v.end();
}

Grade verdict(const Question& q, double fraction, std::string feedback = {}) {
    Grade g;
    g.rightAnswer = q.rightAnswer;
    g.feedback = std::move(feedback);
    if (!(fraction > 0.0)) { // also catches NaN
        g.fraction = 0.0;
        g.outcome = Outcome::Wrong;
    } else if (fraction >= 1.0 - 1e-9) {
        g.fraction = 1.0;
        g.outcome = Outcome::Right;
    } else {
        g.fraction = fraction;
        g.outcome = Outcome::Partial;
    }
    return g;
}

/// The author's note on option (or accepted form) `i`, or empty.
std::string noteOn(const Question& q, std::size_t i) {
    return i < q.optionFeedback.size() ? q.optionFeedback[i] : std::string();
}

std::string joined(std::string a, const std::string& b) {
    return b.empty() ? a : a.empty() ? b : a + "; " + b;
}

Grade single(const Question& q, const Answer& a) {
    if (a.chosen.size() != 1) {
        return verdict(q, 0.0,
                       a.chosen.empty() ? I18n::tr("no option chosen")
                                        : I18n::tr("choose one option only"));
    }
    const std::size_t chosen = a.chosen.front();
    double fraction = contains(q.key.correctOptions, chosen) ? 1.0 : 0.0;
    if (fraction == 0.0 && chosen < q.key.credits.size()) {
        fraction = q.key.credits[chosen];
    }
    return verdict(q, fraction, noteOn(q, chosen));
}

Grade multiple(const Question& q, const Answer& a) {
    const std::size_t right = q.key.correctOptions.size();
    const std::size_t wrong = q.options.size() > right ? q.options.size() - right : 0;
    std::vector<std::size_t> picked;
    for (std::size_t i : a.chosen) {
        if (i < q.options.size() && !contains(picked, i)) {
            picked.push_back(i);
        }
    }
    std::size_t hits = 0;
    for (std::size_t i : picked) {
        hits += contains(q.key.correctOptions, i) ? 1U : 0U;
    }
    const std::size_t falsePicks = picked.size() - hits;
    if (right == 0) {
        return verdict(q, 0.0);
    }
    double fraction = static_cast<double>(hits) / static_cast<double>(right);
    if (wrong > 0) {
        fraction -= static_cast<double>(falsePicks) / static_cast<double>(wrong);
    }
    std::string notes;
    for (std::size_t i : picked) {
        notes = joined(notes, noteOn(q, i));
    }
    return verdict(q, fraction,
                   joined(I18n::format(I18n::tr("{1} of {2} right options chosen"),
                                       {std::to_string(hits), std::to_string(right)}) +
                              (falsePicks > 0 ? I18n::format(I18n::tr(", {1} wrong"),
                                                             {std::to_string(falsePicks)})
                                              : ""),
                          notes));
}

Grade timeline(const Question& q, const Answer& a) {
    const std::size_t n = q.key.order.size();
    std::vector<std::size_t> position(n, n);
    if (a.order.size() != n || n < 2) {
        return verdict(q, 0.0, I18n::tr("place every event once"));
    }
    for (std::size_t p = 0; p < n; ++p) {
        const std::size_t item = a.order[p];
        if (item >= n || position[item] != n) {
            return verdict(q, 0.0, I18n::tr("place every event once"));
        }
        position[item] = p;
    }
    long concordant = 0;
    long discordant = 0;
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = i + 1; j < n; ++j) {
            if (position[q.key.order[i]] < position[q.key.order[j]]) {
                ++concordant;
            } else {
                ++discordant;
            }
        }
    }
    // The share of pairs in the right order: what the learner is told, and what Moodle's
    // "relative to all previous and next items" gives the same question exported.
    const double pairs = static_cast<double>(concordant + discordant);
    return verdict(
        q, static_cast<double>(concordant) / pairs,
        I18n::format(I18n::tr("{1} of {2} pairs in the right order"),
                     {std::to_string(concordant), std::to_string(concordant + discordant)}));
}

Grade matching(const Question& q, const Answer& a) {
    const std::size_t n = q.key.matches.size();
    if (n == 0) {
        return verdict(q, 0.0);
    }
    std::size_t good = 0;
    for (std::size_t i = 0; i < n && i < a.matches.size(); ++i) {
        good += a.matches[i] == q.key.matches[i] ? 1U : 0U;
    }
    return verdict(q, static_cast<double>(good) / static_cast<double>(n),
                   I18n::format(I18n::tr("{1} of {2} pairs right"),
                                {std::to_string(good), std::to_string(n)}));
}

Grade typedYear(const Question& q, const std::string& text) {
    const auto year = NumberFormat::parseYear(text);
    if (!year) {
        return verdict(q, 0.0, I18n::tr("not a year"));
    }
    const bool right =
        std::find(q.key.years.begin(), q.key.years.end(), *year) != q.key.years.end();
    return verdict(q, right ? 1.0 : 0.0);
}

Grade typedNumber(const Question& q, const std::string& text) {
    const auto number = NumberFormat::parse(text);
    if (!number) {
        return verdict(q, 0.0, I18n::tr("not a number"));
    }
    const bool right = q.key.number && q.key.tolerance.accepts(*q.key.number, *number);
    return verdict(q, right ? 1.0 : 0.0);
}

Grade typedName(const Question& q, const std::string& text) {
    if (!q.authored) {
        return verdict(q, NameMatcher::matches(text, q.key.names) ? 1.0 : 0.0);
    }
    // An author's accepted answers need not be names: compared without case or diacritics but
    // letter for letter, each with its own credit, as Moodle's short answers are.
    const std::string typed = TextNormalizer::plainKey(text);
    double best = 0.0;
    std::string note;
    for (std::size_t i = 0; i < q.key.names.size(); ++i) {
        if (typed.empty() || TextNormalizer::plainKey(q.key.names[i]) != typed) {
            continue;
        }
        const double credit = i < q.key.credits.size() ? q.key.credits[i] : 1.0;
        if (credit > best || note.empty()) {
            best = std::max(best, credit);
            note = noteOn(q, i);
        }
    }
    return verdict(q, best, note);
}

} // namespace

Grade Grader::grade(const Question& q, const Answer& a) {
    switch (q.kind) {
    case QuestionKind::SingleChoice:
    case QuestionKind::TrueFalse:
        return single(q, a);
    case QuestionKind::MultipleAnswer:
        return multiple(q, a);
    case QuestionKind::FillBlank:
        if (a.text.empty()) {
            return single(q, a);
        }
        if (!q.key.years.empty()) {
            return typedYear(q, a.text);
        }
        if (q.key.number) {
            return typedNumber(q, a.text);
        }
        return typedName(q, a.text);
    case QuestionKind::Timeline:
        return timeline(q, a);
    case QuestionKind::Matching:
        return matching(q, a);
    case QuestionKind::TypedYear:
        return typedYear(q, a.text);
    case QuestionKind::TypedNumber:
        return typedNumber(q, a.text);
    case QuestionKind::TypedName:
        return typedName(q, a.text);
    }
    return verdict(q, 0.0);
}

} // namespace yaddas::core
