#include <core/MoodleImport.hpp>

#include <core/MoodleExport.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
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
    if ((q.type == "multichoice" && q.single) || q.type == "truefalse") {
        if (best < 99.999) {
            return "no answer is graded 100 %";
        }
    }
    return {};
}

MoodleImport::Result MoodleImport::convert(const std::vector<MoodleQuestion>& questions,
                                           const std::string& moduleId, const std::string& title,
                                           const std::string& sourceFile) {
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
    auto skip = [&](const MoodleQuestion& q, std::string reason) {
        result.skipped.push_back(
            {q.name.empty() ? "(no name)" : collapse(q.name), q.type, q.line, std::move(reason)});
    };
    auto add = [&](const MoodleQuestion& q, AuthoredQuestion::Kind kind, std::string prompt,
                   std::vector<AuthoredQuestion::Option> options) {
        n += 1;
        Claim claim;
        claim.meta.id = "c-" + moduleId + "-" + std::to_string(n);
        claim.meta.sourceParagraph = 1;
        claim.meta.status = Status::Unverified;
        claim.meta.attribution = "the Moodle question bank " + sourceFile;
        claim.meta.context = "Imported from a Moodle question bank; not checked against the "
                             "source text or public sources.";
        claim.meta.contextSource = sourceFile;
        std::string right;
        for (const auto& o : options) {
            if (o.correct) {
                right += (right.empty() ? "" : "; ") + o.text;
            }
        }
        if (kind == AuthoredQuestion::Kind::TrueFalse) {
            claim.statement = prompt;
            claim.holds = right == "True" ? Claim::Holds::Yes : Claim::Holds::No;
        } else {
            claim.statement = prompt + " Answer: " + right + ".";
            claim.holds = Claim::Holds::Yes;
        }
        claim.reason = "This is the answer the question bank gives.";
        AuthoredQuestion aq;
        aq.id = "q-" + std::to_string(n);
        aq.kind = kind;
        aq.fact = claim.meta.id;
        aq.prompt = std::move(prompt);
        aq.options = std::move(options);
        const std::string feedback = collapse(q.generalFeedback);
        aq.explanation = feedback.empty() ? "The question bank gives: " + right + "." : feedback;
        m.claims.push_back(std::move(claim));
        m.questions.push_back(std::move(aq));
    };

    for (const MoodleQuestion& q : questions) {
        if (q.type == "category") {
            continue;
        }
        const std::string prompt = collapse(q.prompt);
        if (q.hasMedia) {
            skip(q, "it embeds media (images or files), which the lessons cannot show");
            continue;
        }
        if (q.type == "multichoice" || q.type == "truefalse") {
            if (prompt.empty()) {
                skip(q, "the question text is empty");
                continue;
            }
            if (std::string why = gradeProblem(q); !why.empty()) {
                skip(q, why);
                continue;
            }
        }
        if (q.type == "multichoice") {
            std::vector<AuthoredQuestion::Option> options;
            std::set<std::string> seen;
            bool blank = false;
            for (const auto& a : q.answers) {
                const std::string text = collapse(a.text);
                blank = blank || text.empty();
                if (!text.empty() && seen.insert(text).second) {
                    options.push_back({text, q.single ? a.fraction > 99.999 : a.fraction > 0});
                }
            }
            if (blank || options.size() != q.answers.size()) {
                skip(q, "an answer is empty or given twice");
            } else if (options.size() < 2) {
                skip(q, "it has fewer than two answers");
            } else {
                add(q, q.single ? AuthoredQuestion::Kind::Single : AuthoredQuestion::Kind::Multiple,
                    prompt, std::move(options));
                result.imported += 1;
            }
        } else if (q.type == "truefalse") {
            bool truth = false;
            bool known = false;
            for (const auto& a : q.answers) {
                const std::string text = collapse(a.text);
                if (a.fraction > 99.999 && (text == "true" || text == "false")) {
                    truth = text == "true";
                    known = true;
                }
            }
            if (!known) {
                skip(q, "neither 'true' nor 'false' is graded 100 %");
                continue;
            }
            add(q, AuthoredQuestion::Kind::TrueFalse, prompt, {{"True", truth}, {"False", !truth}});
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
                std::vector<AuthoredQuestion::Option> options;
                for (const std::string& t : targets) {
                    options.push_back({t, t == answer});
                }
                add(q, AuthoredQuestion::Kind::Single,
                    (prompt.empty() ? std::string("Match:") : prompt) + " \u2014 " + item,
                    std::move(options));
                kept += 1;
            }
            if (kept == 0) {
                skip(q, "it has no pair with both an item and an answer, or fewer than two "
                        "answers");
            } else {
                result.imported += 1;
            }
        } else if (q.type == "shortanswer") {
            skip(q, "a typed short answer cannot be kept: the lesson format holds only choice "
                    "questions written by hand (single, multiple, true/false)");
        } else if (q.type == "numerical") {
            skip(q, "a typed number cannot be kept as written: the lesson format asks numbers "
                    "from figure facts with their scope, which a question bank does not give");
        } else if (q.type == "ordering") {
            skip(q, "the lesson format has no hand-written ordering question (timelines are "
                    "built from dated events)");
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
