#include <io/MoodleReader.hpp>

#include <io/HtmlText.hpp>
#include <io/XmlFields.hpp>
#include <io/XmlText.hpp>

#include <cstdlib>
#include <cstring>

namespace yaddas::io {
namespace {

using tinyxml2::XMLElement;

/// The text of a `<text>` child, or empty.
std::string textChild(const XMLElement& e) {
    const XMLElement* t = e.FirstChildElement("text");
    const char* s = t != nullptr ? t->GetText() : nullptr;
    return s == nullptr ? "" : s;
}

bool mentionsMedia(std::string_view html) {
    return html.find("@@PLUGINFILE@@") != std::string_view::npos ||
           html.find("<img") != std::string_view::npos ||
           html.find("<IMG") != std::string_view::npos ||
           html.find("<video") != std::string_view::npos ||
           html.find("<audio") != std::string_view::npos;
}

/// Replaces what a lesson file cannot hold in every text of `q` (see XmlText::clean): a bank may
/// write control characters, U+FFFE or code points past U+10FFFF as character references.
/// Returns how many characters were replaced.
int clean(core::MoodleQuestion& q) {
    int replaced = XmlText::clean(q.type) + XmlText::clean(q.name) + XmlText::clean(q.prompt) +
                   XmlText::clean(q.category) + XmlText::clean(q.generalFeedback) +
                   XmlText::clean(q.idNumber);
    for (auto& a : q.answers) {
        replaced += XmlText::clean(a.text) + XmlText::clean(a.feedback);
    }
    for (auto& p : q.pairs) {
        replaced += XmlText::clean(p.text) + XmlText::clean(p.answer);
    }
    return replaced;
}

} // namespace

std::string MoodleReader::plainText(std::string_view html) {
    // Tags first, then references: "&lt;b&gt;" is text, not a tag.
    std::string text;
    text.reserve(html.size());
    std::size_t i = 0;
    while (i < html.size()) {
        const std::size_t open = html.find('<', i);
        text += html.substr(i, open == std::string_view::npos ? std::string_view::npos : open - i);
        if (open == std::string_view::npos) {
            break;
        }
        const std::size_t close = html.find('>', open);
        if (close == std::string_view::npos) {
            text += html.substr(open);
            break;
        }
        text += ' ';
        i = close + 1;
    }
    std::string out = HtmlText::unescape(text);
    // A no-break space is layout in a question bank, and a lesson's text collapses spaces.
    for (std::size_t at = out.find("\xC2\xA0"); at != std::string::npos;
         at = out.find("\xC2\xA0", at)) {
        out.replace(at, 2, " ");
    }
    return XmlText::collapse(out);
}

MoodleReader::Result MoodleReader::readFile(const std::filesystem::path& file) {
    return XmlFields::readFile<Result>(
        file, maxBytes,
        [](std::string_view xml, const std::string& name) { return readString(xml, name); });
}

MoodleReader::Result MoodleReader::readString(std::string_view xml, const std::string& fileName) {
    Result r;
    XmlFields f(fileName, r.diagnostics);
    tinyxml2::XMLDocument doc;
    if (!f.parse(doc, xml)) {
        return r;
    }
    const XMLElement& root = *doc.RootElement();
    std::vector<const XMLElement*> items;
    if (std::strcmp(root.Name(), "quiz") == 0) {
        for (const XMLElement* q = root.FirstChildElement(); q != nullptr;
             q = q->NextSiblingElement()) {
            if (std::strcmp(q->Name(), "question") == 0) {
                items.push_back(q);
            } else {
                f.warning(q->GetLineNum(),
                          "unknown element " + XmlFields::tag(*q) + " in <quiz> is ignored");
            }
        }
    } else if (std::strcmp(root.Name(), "question") == 0) {
        items.push_back(&root);
    } else {
        f.error(root.GetLineNum(), "the root element is " + XmlFields::tag(root) +
                                       ", not <quiz>: this is not a Moodle XML question bank");
        return r;
    }
    if (items.size() > maxQuestions) {
        f.error(root.GetLineNum(), "more than " + std::to_string(maxQuestions) + " questions");
        return r;
    }
    std::string category;
    for (const XMLElement* e : items) {
        core::MoodleQuestion q;
        q.line = e->GetLineNum();
        const char* type = e->Attribute("type");
        q.type = type == nullptr ? "" : type;
        if (q.type == "category") {
            if (const XMLElement* c = e->FirstChildElement("category")) {
                category = plainText(textChild(*c));
            }
            q.category = category;
            if (const int replaced = clean(q); replaced > 0) {
                f.warning(q.line, "the category holds " + std::to_string(replaced) +
                                      " character(s) a lesson file cannot hold (control "
                                      "characters, U+FFFE, U+FFFF or invalid code points); "
                                      "each is replaced with U+FFFD");
                category = q.category;
            }
            r.questions.push_back(std::move(q));
            continue;
        }
        q.category = category;
        if (const XMLElement* n = e->FirstChildElement("name")) {
            q.name = plainText(textChild(*n));
        }
        const XMLElement* text = e->FirstChildElement("questiontext");
        if (text != nullptr) {
            const std::string html = textChild(*text);
            q.hasMedia = mentionsMedia(html) || text->FirstChildElement("file") != nullptr;
            q.mediaLine = q.hasMedia ? text->GetLineNum() : 0;
            q.prompt = plainText(html);
            if (text->NextSiblingElement("questiontext") != nullptr) {
                f.warning(text->NextSiblingElement("questiontext")->GetLineNum(),
                          "question '" + XmlFields::clip(q.name) +
                              "' has a second <questiontext>; the first is used");
            }
        }
        // Moodle 1.x kept a question's picture in <image> (a file) or <image_base64>; Moodle
        // still reads them.
        for (const char* old : {"image", "image_base64"}) {
            if (const XMLElement* image = e->FirstChildElement(old);
                image != nullptr && (image->GetText() != nullptr || image->FirstChild())) {
                q.hasMedia = true;
                q.mediaLine = q.mediaLine > 0 ? q.mediaLine : image->GetLineNum();
            }
        }
        if (const XMLElement* g = e->FirstChildElement("generalfeedback")) {
            q.generalFeedback = plainText(textChild(*g));
        }
        if (const XMLElement* id = e->FirstChildElement("idnumber"); id && id->GetText()) {
            q.idNumber = id->GetText();
        }
        if (const XMLElement* g = e->FirstChildElement("gradingtype"); g && g->GetText()) {
            q.gradingType = XmlText::collapse(g->GetText());
        }
        if (const XMLElement* s = e->FirstChildElement("single"); s && s->GetText()) {
            const std::string v = s->GetText();
            q.single = !(v == "false" || v == "0");
        }
        for (const XMLElement* a = e->FirstChildElement("answer"); a != nullptr;
             a = a->NextSiblingElement("answer")) {
            core::MoodleQuestion::Answer answer;
            const std::string html = textChild(*a);
            if (!q.hasMedia && (mentionsMedia(html) || a->FirstChildElement("file"))) {
                q.hasMedia = true;
                q.mediaLine = a->GetLineNum();
            }
            answer.text = plainText(html);
            const char* fraction = a->Attribute("fraction");
            if (fraction != nullptr) {
                char* end = nullptr;
                answer.fraction = std::strtod(fraction, &end);
                if (end == fraction || *end != '\0' || answer.fraction != answer.fraction) {
                    q.badGrade = true;
                    answer.fraction = 0.0;
                }
            }
            if (const XMLElement* t = a->FirstChildElement("tolerance"); t && t->GetText()) {
                answer.tolerance = std::strtod(t->GetText(), nullptr);
            }
            if (const XMLElement* fb = a->FirstChildElement("feedback")) {
                answer.feedback = plainText(textChild(*fb));
            }
            q.answers.push_back(std::move(answer));
        }
        for (const XMLElement* s = e->FirstChildElement("subquestion"); s != nullptr;
             s = s->NextSiblingElement("subquestion")) {
            core::MoodleQuestion::Pair pair;
            pair.text = plainText(textChild(*s));
            if (const XMLElement* a = s->FirstChildElement("answer")) {
                pair.answer = plainText(textChild(*a));
            }
            if (!q.hasMedia && s->FirstChildElement("file") != nullptr) {
                q.hasMedia = true;
                q.mediaLine = s->GetLineNum();
            }
            q.pairs.push_back(std::move(pair));
        }
        if (const int replaced = clean(q); replaced > 0) {
            f.warning(q.line, "question '" + XmlFields::clip(q.name) + "' holds " +
                                  std::to_string(replaced) +
                                  " character(s) a lesson file cannot hold (control characters, "
                                  "U+FFFE, U+FFFF or invalid code points); each is replaced "
                                  "with U+FFFD");
        }
        r.questions.push_back(std::move(q));
    }
    r.ok = true;
    return r;
}

} // namespace yaddas::io
