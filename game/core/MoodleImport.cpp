#include <core/MoodleImport.hpp>

#include <core/MoodleExport.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <set>

namespace yaddas::core {
namespace {

std::string collapse(const std::string& text) {
    std::string out;
    bool space = false;
    for (const char c : text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            space = !out.empty();
        } else {
            if (space) {
                out += ' ';
                space = false;
            }
            out += c;
        }
    }
    return out;
}

std::string percent(double v) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", v);
    return buffer;
}

bool validGrade(double fraction) {
    for (double g : MoodleExport::validGrades()) {
        if (std::fabs(std::fabs(fraction) - g) < 0.0001) {
            return true;
        }
    }
    return false;
}

} // namespace

std::string MoodleImport::gradeProblem(const MoodleQuestion& q) {
    if (q.badGrade) {
        return "an answer's grade is not a number";
    }
    double positive = 0.0;
    double best = -1000.0;
    for (const auto& a : q.answers) {
        if (!validGrade(a.fraction)) {
            return "invalid grade " + percent(a.fraction) +
                   " % (Moodle accepts 100, 90, 83.33333, 80, …, 5, 0 and their negatives)";
        }
        positive += a.fraction > 0 ? a.fraction : 0.0;
        best = std::max(best, a.fraction);
    }
    if (q.type == "multichoice" && !q.single && std::fabs(positive - 100.0) > 0.1) {
        return "the positive grades add up to " + percent(positive) + " %, not 100 %";
    }
    if ((q.type == "multichoice" && q.single) || q.type == "truefalse" || q.type == "shortanswer" ||
        q.type == "numerical") {
        if (best < 99.999) {
            return "no answer is graded 100 %";
        }
    }
    return {};
}

MoodleImport::Result MoodleImport::convert(const std::vector<MoodleQuestion>& questions,
                                           const std::string& moduleId, const std::string& title,
                                           const std::string& sourceFile,
                                           std::optional<Category> category) {
    Result result;
    Module& m = result.module;
    m.id = moduleId;
    m.title = title;
    m.order = 100;
    m.summary = "Questions imported from the Moodle question bank " + sourceFile +
                ". They have not been checked against the source text.";
    Section section;
    section.id = "s-imported";
    section.title = "About these questions";
    Block block;
    block.spans.push_back({Span::Kind::Text,
                           "These questions come from a Moodle question bank (" + sourceFile +
                               "). They were written outside Yaddas and have not been checked "
                               "against the source text or public sources: read each answer "
                               "with care.",
                           {},
                           0});
    section.blocks.push_back(std::move(block));
    m.sections.push_back(std::move(section));
    m.objectives.push_back("The questions of the imported bank " + sourceFile + ".");

    int n = 0;
    auto skip = [&](const MoodleQuestion& q, std::string reason, int line = 0) {
        result.skipped.push_back({q.name.empty() ? "(no name)" : collapse(q.name), q.type,
                                  line > 0 ? line : q.line, std::move(reason)});
    };
    // Each question needs a fact to keep progress on: a claim that only this question asks
    // about (generated="false"), so the quiz makes no questions of its own from it.
    auto add = [&](const MoodleQuestion& q, AuthoredQuestion aq, Category byDefault) {
        n += 1;
        const std::string number = std::to_string(n);
        Claim claim;
        claim.meta.id = "c-" + moduleId + "-" + number;
        claim.meta.sourceParagraph = 1;
        claim.meta.status = Status::Unverified;
        claim.meta.attribution = "the Moodle question bank " + sourceFile;
        claim.meta.context = "Imported from a Moodle question bank; not checked against the "
                             "source text or public sources.";
        claim.meta.contextSource = sourceFile;
        claim.statement = "The question bank " + sourceFile + " asks: " + aq.prompt;
        claim.holds = Claim::Holds::Open;
        claim.reason = "This is a question of the bank, asked as it was written.";
        claim.generated = false;
        aq.id = "q-" + moduleId + "-" + number;
        aq.fact = claim.meta.id;
        aq.category = category.value_or(byDefault);
        const std::string feedback = collapse(q.generalFeedback);
        aq.explanation = feedback.empty() ? "The question bank gives no explanation." : feedback;
        m.claims.push_back(std::move(claim));
        m.questions.push_back(std::move(aq));
    };
    auto authored = [](AuthoredQuestion::Kind kind, std::string prompt) {
        AuthoredQuestion aq;
        aq.kind = kind;
        aq.prompt = std::move(prompt);
        return aq;
    };

    for (const MoodleQuestion& q : questions) {
        if (q.type == "category") {
            continue;
        }
        const std::string prompt = collapse(q.prompt);
        if (q.hasMedia) {
            skip(q,
                 "it shows an image or a file" +
                     (q.mediaLine > 0 ? " (line " + std::to_string(q.mediaLine) + ")"
                                      : std::string()) +
                     ", which a lesson module cannot hold; put the picture's content in words "
                     "or leave the question out",
                 q.mediaLine);
            continue;
        }
        const bool graded = q.type == "multichoice" || q.type == "truefalse" ||
                            q.type == "shortanswer" || q.type == "numerical";
        if (graded || q.type == "ordering") {
            if (prompt.empty()) {
                skip(q, "the question text is empty");
                continue;
            }
        }
        if (graded) {
            if (std::string why = gradeProblem(q); !why.empty()) {
                skip(q, why);
                continue;
            }
        }
        if (q.type == "multichoice" && !q.single) {
            // The app gives every right option of a multiple-answer question the same share;
            // a bank that weighs them differently would be graded otherwise than its author set.
            std::set<long> shares;
            for (const auto& a : q.answers) {
                if (a.fraction > 0) {
                    shares.insert(std::lround(a.fraction * 1000.0));
                }
            }
            if (shares.size() > 1) {
                skip(q, "its right answers are worth different shares; the app gives each right "
                        "answer the same share");
                continue;
            }
        }
        if (q.type == "multichoice") {
            AuthoredQuestion aq = authored(q.single ? AuthoredQuestion::Kind::Single
                                                    : AuthoredQuestion::Kind::Multiple,
                                           prompt);
            std::set<std::string> seen;
            bool blank = false;
            for (const auto& a : q.answers) {
                const std::string text = collapse(a.text);
                blank = blank || text.empty();
                if (!text.empty() && seen.insert(text).second) {
                    AuthoredQuestion::Option o;
                    o.text = text;
                    o.correct = q.single ? a.fraction > 99.999 : a.fraction > 0;
                    // A single answer worth part of the marks keeps them; in a multiple-answer
                    // question the app weighs every right option alike.
                    if (q.single && !o.correct && a.fraction > 0) {
                        o.credit = a.fraction / 100.0;
                    }
                    o.feedback = collapse(a.feedback);
                    aq.options.push_back(std::move(o));
                }
            }
            if (blank || aq.options.size() != q.answers.size()) {
                skip(q, "an answer is empty or given twice");
            } else if (aq.options.size() < 2) {
                skip(q, "it has fewer than two answers");
            } else {
                add(q, std::move(aq), Category::Ideas);
                result.imported += 1;
            }
        } else if (q.type == "truefalse") {
            bool truth = false;
            bool known = false;
            std::string onTrue;
            std::string onFalse;
            for (const auto& a : q.answers) {
                const std::string text = collapse(a.text);
                if (a.fraction > 99.999 && (text == "true" || text == "false")) {
                    truth = text == "true";
                    known = true;
                }
                (text == "true" ? onTrue : onFalse) = collapse(a.feedback);
            }
            if (!known) {
                skip(q, "neither 'true' nor 'false' is graded 100 %");
                continue;
            }
            AuthoredQuestion aq = authored(AuthoredQuestion::Kind::TrueFalse, prompt);
            aq.options = {{"True", truth, 0.0, onTrue}, {"False", !truth, 0.0, onFalse}};
            add(q, std::move(aq), Category::Ideas);
            result.imported += 1;
        } else if (q.type == "matching") {
            std::vector<std::string> targets;
            for (const auto& p : q.pairs) {
                const std::string t = collapse(p.answer);
                if (!t.empty() && std::find(targets.begin(), targets.end(), t) == targets.end()) {
                    targets.push_back(t);
                }
            }
            int kept = 0;
            for (const auto& p : q.pairs) {
                const std::string item = collapse(p.text);
                const std::string answer = collapse(p.answer);
                if (item.empty() || answer.empty() || targets.size() < 2) {
                    continue;
                }
                AuthoredQuestion aq =
                    authored(AuthoredQuestion::Kind::Single,
                             (prompt.empty() ? std::string("Match:") : prompt) + " \u2014 " + item);
                for (const std::string& t : targets) {
                    aq.options.push_back({t, t == answer, 0.0, {}});
                }
                add(q, std::move(aq), Category::Ideas);
                kept += 1;
            }
            if (kept == 0) {
                skip(q, "it has no pair with both an item and an answer, or fewer than two "
                        "answers");
            } else {
                result.imported += 1;
            }
        } else if (q.type == "shortanswer") {
            AuthoredQuestion aq = authored(AuthoredQuestion::Kind::Text, prompt);
            std::string problem;
            std::set<std::string> seen;
            for (const auto& a : q.answers) {
                const std::string text = collapse(a.text);
                if (a.fraction <= 0.0) {
                    // Worth nothing: any other typed answer is wrong anyway (a bare `*` is
                    // Moodle's "anything else").
                    continue;
                }
                if (text.find('*') != std::string::npos) {
                    problem = "the answer '" + text +
                              "' uses Moodle's * wildcard, which the app does not match";
                    break;
                }
                if (text.empty() || !seen.insert(text).second) {
                    problem = "an answer is empty or given twice";
                    break;
                }
                AuthoredQuestion::Option o{text, a.fraction > 99.999, 0.0, collapse(a.feedback)};
                if (!o.correct) {
                    o.credit = a.fraction / 100.0;
                }
                aq.options.push_back(std::move(o));
            }
            if (!problem.empty()) {
                skip(q, problem);
            } else {
                add(q, std::move(aq), Category::Ideas);
                result.imported += 1;
            }
        } else if (q.type == "numerical") {
            std::optional<double> value;
            double tolerance = 0.0;
            std::string problem;
            for (const auto& a : q.answers) {
                const std::string text = collapse(a.text);
                if (a.fraction <= 0.0 && text == "*") {
                    continue;
                }
                char* end = nullptr;
                const double v = std::strtod(text.c_str(), &end);
                if (text.empty() || end != text.c_str() + text.size() || !std::isfinite(v)) {
                    problem = "the answer '" + text + "' is not a number";
                } else if (a.fraction > 99.999 && !value) {
                    value = v;
                    tolerance = std::fabs(a.tolerance);
                } else if (a.fraction > 99.999) {
                    problem = "several numbers are right (" + text +
                              " too); the app accepts one number within its tolerance";
                } else if (a.fraction > 0.0) {
                    problem = "the answer " + text + " is worth " + percent(a.fraction) +
                              " %; a typed number is right or wrong in the app";
                } else {
                    continue; // a wrong number is as wrong as any other
                }
                if (!problem.empty()) {
                    break;
                }
            }
            if (!problem.empty()) {
                skip(q, problem);
                continue;
            }
            AuthoredQuestion aq = authored(AuthoredQuestion::Kind::Number, prompt);
            aq.number = value;
            if (tolerance > 0) {
                aq.tolerance = {Tolerance::Kind::Absolute, tolerance};
            }
            add(q, std::move(aq), Category::Figures);
            result.imported += 1;
        } else if (q.type == "ordering") {
            // Moodle writes each item's place in the right order as its "fraction".
            std::vector<std::pair<double, std::string>> items;
            std::set<std::string> seen;
            bool bad = false;
            for (const auto& a : q.answers) {
                const std::string text = collapse(a.text);
                bad = bad || text.empty() || !seen.insert(text).second;
                items.emplace_back(a.fraction, text);
            }
            std::stable_sort(items.begin(), items.end(),
                             [](const auto& a, const auto& b) { return a.first < b.first; });
            if (bad) {
                skip(q, "an item is empty or given twice");
            } else if (items.size() < 2) {
                skip(q, "it has fewer than two items to order");
            } else {
                AuthoredQuestion aq = authored(AuthoredQuestion::Kind::Order, prompt);
                for (auto& item : items) {
                    aq.options.push_back({std::move(item.second), false, 0.0, {}});
                }
                add(q, std::move(aq), Category::Dates);
                result.imported += 1;
            }
        } else if (q.type == "essay") {
            skip(q, "an essay needs a teacher to mark it; the app grades answers itself");
        } else if (q.type == "cloze" || q.type == "multianswer") {
            skip(q, "embedded-answer (cloze) questions are not supported");
        } else if (q.type == "ddwtos" || q.type == "ddimageortext" || q.type == "ddmarker" ||
                   q.type == "gapselect") {
            skip(q, "drag-and-drop questions are not supported");
        } else if (q.type.empty()) {
            skip(q, "the question has no type");
        } else {
            skip(q, "the question type '" + q.type + "' is not supported");
        }
    }
    return result;
}

} // namespace yaddas::core
