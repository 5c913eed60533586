#include <io/MoodleWriter.hpp>

#include <io/HtmlText.hpp>

#include <tinyxml2.h>

#include <cstdio>

namespace yaddas::io {
namespace {

std::string number(double v) {
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "%.7g", v);
    return buffer;
}

void textElement(tinyxml2::XMLPrinter& p, const char* name, const std::string& html, bool asHtml) {
    p.OpenElement(name);
    if (asHtml) {
        p.PushAttribute("format", "html");
    }
    p.OpenElement("text");
    if (asHtml) {
        // HTML-escaped text cannot contain "]]>", so the CDATA section is always well formed.
        p.PushText(MoodleWriter::htmlEscape(html).c_str(), true);
    } else {
        p.PushText(html.c_str());
    }
    p.CloseElement();
    p.CloseElement();
}

void simple(tinyxml2::XMLPrinter& p, const char* name, const std::string& value) {
    p.OpenElement(name);
    p.PushText(value.c_str());
    p.CloseElement();
}

} // namespace

std::string MoodleWriter::htmlEscape(const std::string& text) {
    return HtmlText::escape(text, HtmlText::Quotes::Double);
}

std::string MoodleWriter::toXml(const std::vector<core::MoodleQuestion>& questions) {
    tinyxml2::XMLPrinter p;
    p.PushHeader(false, true);
    p.OpenElement("quiz");
    std::string category;
    bool first = true;
    for (const core::MoodleQuestion& q : questions) {
        if (q.type == "category") {
            continue;
        }
        if (first || q.category != category) {
            category = q.category;
            first = false;
            p.OpenElement("question");
            p.PushAttribute("type", "category");
            p.OpenElement("category");
            simple(p, "text", category);
            p.CloseElement();
            p.CloseElement();
        }
        p.OpenElement("question");
        p.PushAttribute("type", q.type.c_str());
        textElement(p, "name", q.name, false);
        textElement(p, "questiontext", q.prompt, true);
        textElement(p, "generalfeedback", q.generalFeedback, true);
        simple(p, "defaultgrade", "1");
        simple(p, "penalty", "0.3333333");
        simple(p, "hidden", "0");
        simple(p, "idnumber", q.idNumber);
        if (q.type == "multichoice") {
            simple(p, "single", q.single ? "true" : "false");
            simple(p, "shuffleanswers", "true");
            simple(p, "answernumbering", "abc");
        } else if (q.type == "shortanswer") {
            simple(p, "usecase", "0");
        } else if (q.type == "matching") {
            simple(p, "shuffleanswers", "true");
        } else if (q.type == "ordering") {
            simple(p, "layouttype", "VERTICAL");
            simple(p, "selecttype", "ALL");
            simple(p, "selectcount", "0");
            // See MoodleExport: the pair-counting grading the app's Grader uses too.
            simple(p, "gradingtype",
                   q.gradingType.empty() ? "RELATIVE_ALL_PREVIOUS_AND_NEXT" : q.gradingType);
            simple(p, "showgrading", "SHOW");
        }
        const bool htmlAnswers = q.type == "multichoice" || q.type == "ordering";
        for (const auto& a : q.answers) {
            p.OpenElement("answer");
            p.PushAttribute("fraction", number(a.fraction).c_str());
            p.PushAttribute("format", htmlAnswers ? "html" : "moodle_auto_format");
            p.OpenElement("text");
            if (htmlAnswers) {
                p.PushText(htmlEscape(a.text).c_str(), true);
            } else {
                p.PushText(a.text.c_str());
            }
            p.CloseElement();
            if (q.type == "numerical") {
                simple(p, "tolerance", number(a.tolerance));
            }
            textElement(p, "feedback", a.feedback, true);
            p.CloseElement();
        }
        for (const auto& pair : q.pairs) {
            p.OpenElement("subquestion");
            p.PushAttribute("format", "html");
            p.OpenElement("text");
            p.PushText(htmlEscape(pair.text).c_str(), true);
            p.CloseElement();
            p.OpenElement("answer");
            simple(p, "text", pair.answer);
            p.CloseElement();
            p.CloseElement();
        }
        p.CloseElement();
    }
    p.CloseElement();
    return p.CStr();
}

} // namespace yaddas::io
