#include <io/QuestionWriter.hpp>

#include <core/NumberFormat.hpp>

#include <tinyxml2.h>

#include <cmath>
#include <cstdint>
#include <cstdio>

namespace yaddas::io {
namespace {

std::string_view shapeName(core::QuizSpec::Shape shape) {
    switch (shape) {
    case core::QuizSpec::Shape::AfterModule:
        return "after-module";
    case core::QuizSpec::Shape::MixedReview:
        return "review";
    case core::QuizSpec::Shape::RetakeMistakes:
        return "mistakes";
    case core::QuizSpec::Shape::Exam:
        return "exam";
    }
    return "exam";
}

void element(tinyxml2::XMLPrinter& p, const char* name, const std::string& text) {
    p.OpenElement(name);
    p.PushText(text.c_str());
    p.CloseElement();
}

/// A credit as a teacher reads it: "0.8", not "0.80000000000000004".
std::string credit(double fraction) {
    char text[32];
    std::snprintf(text, sizeof text, "%.4g", fraction);
    return text;
}

void question(tinyxml2::XMLPrinter& p, const core::Question& q) {
    using core::QuestionKind;
    p.OpenElement("question");
    p.PushAttribute("id", q.id.c_str());
    p.PushAttribute("kind", std::string(core::toString(q.kind)).c_str());
    p.PushAttribute("category", std::string(core::toString(q.category)).c_str());
    p.PushAttribute("fact", q.factId.c_str());
    p.PushAttribute("module", q.moduleId.c_str());
    p.PushAttribute("status", std::string(core::toString(q.status)).c_str());
    if (q.authored) {
        p.PushAttribute("authored", "true");
    }
    element(p, "prompt", q.prompt);

    if (!q.options.empty()) {
        p.OpenElement("options");
        for (std::size_t i = 0; i < q.options.size(); ++i) {
            p.OpenElement("option");
            if (q.kind == QuestionKind::Timeline) {
                for (std::size_t place = 0; place < q.key.order.size(); ++place) {
                    if (q.key.order[place] == i) {
                        p.PushAttribute("position", static_cast<int>(place + 1));
                    }
                }
            } else if (q.kind == QuestionKind::Matching) {
                if (i < q.key.matches.size()) {
                    p.PushAttribute("match", static_cast<int>(q.key.matches[i] + 1));
                }
            } else {
                for (std::size_t c : q.key.correctOptions) {
                    if (c == i) {
                        p.PushAttribute("correct", "true");
                    }
                }
                if (i < q.key.credits.size() && q.key.credits[i] > 0 && q.key.credits[i] < 1) {
                    p.PushAttribute("credit", credit(q.key.credits[i]).c_str());
                }
                if (i < q.optionFeedback.size() && !q.optionFeedback[i].empty()) {
                    p.PushAttribute("feedback", q.optionFeedback[i].c_str());
                }
            }
            p.PushText(q.options[i].c_str());
            p.CloseElement();
        }
        p.CloseElement();
    }
    if (!q.targets.empty()) {
        p.OpenElement("targets");
        for (std::size_t i = 0; i < q.targets.size(); ++i) {
            p.OpenElement("target");
            p.PushAttribute("n", static_cast<int>(i + 1));
            p.PushText(q.targets[i].c_str());
            p.CloseElement();
        }
        p.CloseElement();
    }
    if (!q.key.years.empty() || q.key.number || !q.key.names.empty()) {
        p.OpenElement("accept");
        for (int y : q.key.years) {
            element(p, "year", std::to_string(y));
        }
        if (q.key.number) {
            p.OpenElement("number");
            p.PushAttribute("tolerance", q.key.tolerance.text().c_str());
            const double n = *q.key.number;
            std::string shown;
            if (std::isfinite(n) && std::fabs(n) < 9e18 && n == std::floor(n)) {
                shown = core::NumberFormat::format(static_cast<std::int64_t>(std::llround(n)));
            } else if (std::isfinite(n)) {
                char text[64];
                std::snprintf(text, sizeof text, "%g", n); // an authored number may be decimal
                shown = text;
            }
            p.PushText(shown.c_str());
            p.CloseElement();
        }
        for (std::size_t i = 0; i < q.key.names.size(); ++i) {
            p.OpenElement("name");
            if (i < q.key.credits.size() && q.key.credits[i] < 1) {
                p.PushAttribute("credit", credit(q.key.credits[i]).c_str());
            }
            if (i < q.optionFeedback.size() && !q.optionFeedback[i].empty()) {
                p.PushAttribute("feedback", q.optionFeedback[i].c_str());
            }
            p.PushText(q.key.names[i].c_str());
            p.CloseElement();
        }
        p.CloseElement();
    }
    element(p, "answer", q.rightAnswer);
    element(p, "explanation", q.explanation);
    if (!q.context.empty()) {
        p.OpenElement("context");
        if (!q.contextSource.empty()) {
            p.PushAttribute("source", q.contextSource.c_str());
        }
        p.PushText(q.context.c_str());
        p.CloseElement();
    }
    if (q.relatedFacts.size() > 1) {
        p.OpenElement("facts");
        for (const auto& f : q.relatedFacts) {
            element(p, "fact", f);
        }
        p.CloseElement();
    }
    if (!q.citation.empty()) {
        element(p, "citation", q.citation);
    }
    if (q.sourceParagraph > 0 || !q.sourcePassage.empty()) {
        p.OpenElement("source");
        if (q.sourceParagraph > 0) {
            p.PushAttribute("paragraph", q.sourceParagraph);
        }
        p.PushText(q.sourcePassage.c_str());
        p.CloseElement();
    }
    p.CloseElement();
}

} // namespace

std::string QuestionWriter::toXml(const core::Quiz& quiz) {
    tinyxml2::XMLPrinter p;
    p.PushDeclaration("xml version=\"1.0\" encoding=\"UTF-8\"");
    p.OpenElement("questions");
    p.PushAttribute("format", 1);
    p.PushAttribute("shape", std::string(shapeName(quiz.spec.shape)).c_str());
    p.PushAttribute("seed", std::to_string(quiz.spec.seed).c_str());
    p.PushAttribute("count", static_cast<int>(quiz.questions.size()));
    std::string modules;
    for (const auto& m : quiz.spec.modules) {
        modules += (modules.empty() ? "" : " ") + m;
    }
    if (!modules.empty()) {
        p.PushAttribute("modules", modules.c_str());
    }
    std::string categories;
    for (auto c : quiz.spec.categories) {
        categories += (categories.empty() ? "" : " ") + std::string(core::toString(c));
    }
    if (!categories.empty()) {
        p.PushAttribute("categories", categories.c_str());
    }
    for (const auto& q : quiz.questions) {
        question(p, q);
    }
    p.CloseElement();
    return p.CStr();
}

} // namespace yaddas::io
