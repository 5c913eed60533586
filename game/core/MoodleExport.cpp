#include <core/MoodleExport.hpp>

#include <core/I18n.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace yaddas::core {

const std::vector<double>& MoodleExport::validGrades() {
    // Moodle's question_bank::fraction_options_full(), in percent.
    static const std::vector<double> grades{
        100.0, 90.0, 83.33333, 80.0,     75.0,     70.0, 66.66667, 60.0, 50.0, 40.0, 33.33333,
        30.0,  25.0, 20.0,     16.66667, 14.28571, 12.5, 11.11111, 10.0, 5.0,  0.0};
    return grades;
}

double MoodleExport::nearestGrade(double percent) {
    const double magnitude = std::fabs(percent);
    double best = 0.0;
    for (double g : validGrades()) {
        if (std::fabs(g - magnitude) < std::fabs(best - magnitude)) {
            best = g;
        }
    }
    return percent < 0 ? -best : best;
}

std::optional<MoodleQuestion> MoodleExport::convert(const Question& q,
                                                    const std::string& category) {
    MoodleQuestion m;
    m.name = q.id;
    m.idNumber = q.id;
    m.prompt = q.prompt;
    m.category = category;
    m.generalFeedback = q.explanation;
    if (!q.context.empty() && q.explanation.find(q.context) == std::string::npos) {
        m.generalFeedback += (m.generalFeedback.empty() ? "" : " ") + q.context;
    }
    if (!q.citation.empty()) {
        // A teacher reviewing the quiz in Moodle can check every answer against its source.
        m.generalFeedback +=
            (m.generalFeedback.empty() ? "" : " ") + std::string("Source: ") + q.citation + ".";
    }
    auto noteOn = [&](std::size_t i) {
        return i < q.optionFeedback.size() ? q.optionFeedback[i] : std::string();
    };
    auto isRight = [&](std::size_t i) {
        for (std::size_t c : q.key.correctOptions) {
            if (c == i) {
                return true;
            }
        }
        return false;
    };
    switch (q.kind) {
    case QuestionKind::SingleChoice:
    case QuestionKind::FillBlank:
        m.type = "multichoice";
        m.single = true;
        for (std::size_t i = 0; i < q.options.size(); ++i) {
            const double credit = i < q.key.credits.size() ? q.key.credits[i] : 0.0;
            m.answers.push_back(
                {q.options[i], isRight(i) ? 100.0 : nearestGrade(credit * 100.0), 0.0, noteOn(i)});
        }
        break;
    case QuestionKind::MultipleAnswer: {
        m.type = "multichoice";
        m.single = false;
        const std::size_t right = q.key.correctOptions.size();
        const std::size_t wrong = q.options.size() - std::min(right, q.options.size());
        if (right == 0) {
            return std::nullopt;
        }
        for (std::size_t i = 0; i < q.options.size(); ++i) {
            const double grade = isRight(i)  ? nearestGrade(100.0 / static_cast<double>(right))
                                 : wrong > 0 ? nearestGrade(-100.0 / static_cast<double>(wrong))
                                             : 0.0;
            m.answers.push_back({q.options[i], grade, 0.0, noteOn(i)});
        }
        break;
    }
    case QuestionKind::TrueFalse: {
        m.type = "truefalse";
        // "True" as the question shows it: in English or in the learner's language.
        auto isTrue = [](const std::string& option) {
            return option == "True" || option == I18n::tr("True");
        };
        bool truth = false;
        for (std::size_t c : q.key.correctOptions) {
            truth = c < q.options.size() && isTrue(q.options[c]);
        }
        std::string onTrue;
        std::string onFalse;
        for (std::size_t i = 0; i < q.options.size(); ++i) {
            (isTrue(q.options[i]) ? onTrue : onFalse) = noteOn(i);
        }
        m.answers.push_back({"true", truth ? 100.0 : 0.0, 0.0, onTrue});
        m.answers.push_back({"false", truth ? 0.0 : 100.0, 0.0, onFalse});
        break;
    }
    case QuestionKind::TypedYear:
        if (q.key.years.empty()) {
            return std::nullopt;
        }
        m.type = "numerical";
        for (int y : q.key.years) {
            m.answers.push_back({std::to_string(y), 100.0, 0.0, {}});
        }
        break;
    case QuestionKind::TypedNumber: {
        if (!q.key.number) {
            return std::nullopt;
        }
        m.type = "numerical";
        const double value = *q.key.number;
        double tolerance = q.key.tolerance.amount;
        if (q.key.tolerance.kind == Tolerance::Kind::Exact) {
            tolerance = 0.0;
        } else if (q.key.tolerance.kind == Tolerance::Kind::Percent) {
            tolerance = std::fabs(value) * q.key.tolerance.amount / 100.0;
        }
        char text[64];
        std::snprintf(text, sizeof text, value == std::floor(value) ? "%.0f" : "%.10g", value);
        m.answers.push_back({text, 100.0, tolerance, {}});
        break;
    }
    case QuestionKind::TypedName:
        if (q.key.names.empty()) {
            return std::nullopt;
        }
        m.type = "shortanswer";
        for (std::size_t i = 0; i < q.key.names.size(); ++i) {
            const double credit = i < q.key.credits.size() ? q.key.credits[i] : 1.0;
            m.answers.push_back({q.key.names[i], nearestGrade(credit * 100.0), 0.0, noteOn(i)});
        }
        break;
    case QuestionKind::Timeline:
        m.type = "ordering";
        // Moodle's "relative to ALL previous and next items" gives the share of pairs in the
        // right order, as the app's Grader does: the same answer earns the same credit.
        m.gradingType = "RELATIVE_ALL_PREVIOUS_AND_NEXT";
        for (std::size_t i : q.key.order) {
            if (i >= q.options.size()) {
                return std::nullopt;
            }
            m.answers.push_back({q.options[i], static_cast<double>(m.answers.size() + 1), 0.0, {}});
        }
        break;
    case QuestionKind::Matching: {
        m.type = "matching";
        std::vector<bool> used(q.targets.size(), false);
        for (std::size_t i = 0; i < q.options.size() && i < q.key.matches.size(); ++i) {
            const std::size_t t = q.key.matches[i];
            if (t >= q.targets.size()) {
                return std::nullopt;
            }
            used[t] = true;
            m.pairs.push_back({q.options[i], q.targets[t]});
        }
        // Targets that belong to no item stay as distractors, as Moodle writes them.
        for (std::size_t t = 0; t < q.targets.size(); ++t) {
            if (!used[t]) {
                m.pairs.push_back({"", q.targets[t]});
            }
        }
        break;
    }
    }
    return m;
}

} // namespace yaddas::core
