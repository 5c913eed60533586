#include <io/ImportedModuleWriter.hpp>

#include <tinyxml2.h>

#include <cstdio>

namespace yaddas::io {
namespace {

void simple(tinyxml2::XMLPrinter& p, const char* name, const std::string& value) {
    p.OpenElement(name);
    p.PushText(value.c_str());
    p.CloseElement();
}

const char* holdsText(core::Claim::Holds h) {
    switch (h) {
    case core::Claim::Holds::Yes:
        return "yes";
    case core::Claim::Holds::No:
        return "no";
    case core::Claim::Holds::Partly:
        return "partly";
    case core::Claim::Holds::Open:
        break;
    }
    return "open";
}

/// A percentage without trailing zeros ("50", "33.33333").
std::string percent(double fraction) {
    char text[32];
    std::snprintf(text, sizeof text, "%.5f", fraction * 100.0);
    std::string s = text;
    s.erase(s.find_last_not_of('0') + 1);
    if (!s.empty() && s.back() == '.') {
        s.pop_back();
    }
    return s;
}

std::string decimal(double v) {
    char text[64];
    std::snprintf(text, sizeof text, "%.10g", v);
    return text;
}

} // namespace

std::string ImportedModuleWriter::toXml(const core::Module& m) {
    tinyxml2::XMLPrinter p;
    p.PushHeader(false, true);
    p.OpenElement("module");
    p.PushAttribute("id", m.id.c_str());
    p.PushAttribute("order", m.order);
    p.PushAttribute("format", "1");
    simple(p, "title", m.title);
    simple(p, "summary", m.summary);
    for (const core::Section& s : m.sections) {
        p.OpenElement("section");
        p.PushAttribute("id", s.id.c_str());
        p.PushAttribute("title", s.title.c_str());
        for (const core::Block& b : s.blocks) {
            simple(p, b.kind == core::Block::Kind::Note ? "note" : "p", b.plainText());
        }
        p.CloseElement();
    }
    p.OpenElement("objectives");
    for (const std::string& o : m.objectives) {
        simple(p, "point", o);
    }
    p.CloseElement();
    p.OpenElement("facts");
    for (const core::Claim& c : m.claims) {
        p.OpenElement("claim");
        p.PushAttribute("id", c.meta.id.c_str());
        p.PushAttribute("source", c.meta.sourceParagraph);
        p.PushAttribute("status", std::string(core::toString(c.meta.status)).c_str());
        p.PushAttribute("holds", holdsText(c.holds));
        if (!c.generated) {
            p.PushAttribute("generated", "false");
        }
        simple(p, "statement", c.statement);
        simple(p, "reason", c.reason);
        if (!c.meta.attribution.empty()) {
            simple(p, "attribution", c.meta.attribution);
        }
        if (!c.meta.context.empty()) {
            p.OpenElement("context");
            p.PushAttribute("source", c.meta.contextSource.c_str());
            p.PushText(c.meta.context.c_str());
            p.CloseElement();
        }
        p.CloseElement();
    }
    p.CloseElement();
    if (!m.questions.empty()) {
        p.OpenElement("questions");
        for (const core::AuthoredQuestion& q : m.questions) {
            p.OpenElement("question");
            p.PushAttribute("id", q.id.c_str());
            p.PushAttribute("kind", core::toString(q.kind));
            p.PushAttribute("fact", q.fact.c_str());
            if (q.category) {
                p.PushAttribute("category", std::string(core::toString(*q.category)).c_str());
            }
            simple(p, "prompt", q.prompt);
            const char* child = q.kind == core::AuthoredQuestion::Kind::Text    ? "answer"
                                : q.kind == core::AuthoredQuestion::Kind::Order ? "item"
                                                                                : "option";
            for (const auto& o : q.options) {
                p.OpenElement(child);
                if (o.correct) {
                    p.PushAttribute("correct", "true");
                } else if (o.credit > 0) {
                    p.PushAttribute("credit", percent(o.credit).c_str());
                }
                if (!o.feedback.empty()) {
                    p.PushAttribute("feedback", o.feedback.c_str());
                }
                p.PushText(o.text.c_str());
                p.CloseElement();
            }
            if (q.number) {
                p.OpenElement("number");
                if (q.tolerance.kind != core::Tolerance::Kind::Exact) {
                    const std::string t =
                        decimal(q.tolerance.amount) +
                        (q.tolerance.kind == core::Tolerance::Kind::Percent ? "%" : "");
                    p.PushAttribute("tolerance", t.c_str());
                }
                p.PushText(decimal(*q.number).c_str());
                p.CloseElement();
            }
            simple(p, "explanation", q.explanation);
            p.CloseElement();
        }
        p.CloseElement();
    }
    p.CloseElement();
    return p.CStr();
}

} // namespace yaddas::io
