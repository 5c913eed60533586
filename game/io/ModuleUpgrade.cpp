#include <io/ModuleUpgrade.hpp>

#include <io/TextFile.hpp>
#include <io/XmlText.hpp>

#include <tinyxml2.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace yaddas::io {

namespace {

using tinyxml2::XMLElement;
using tinyxml2::XMLNode;

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

/// True for a context source that points at nothing a reader could check.
bool citesNothing(const std::string& source) {
    const std::string s = lower(source);
    return s.find("no public source") != std::string::npos ||
           s.find("no source") != std::string::npos || s.rfind("the source text", 0) == 0 ||
           s.rfind("none", 0) == 0;
}

/// The first web address in the text ("en.wikipedia.org/wiki/X" gets https://), or empty.
std::string addressIn(const std::string& text) {
    auto start = text.find("http://");
    if (start == std::string::npos) {
        start = text.find("https://");
    }
    if (start == std::string::npos) {
        // A bare host name: letters, a dot, a known ending, then a slash.
        for (const char* ending : {".org/", ".com/", ".az/", ".ru/", ".net/", ".info/", ".gov/"}) {
            const auto at = text.find(ending);
            if (at == std::string::npos) {
                continue;
            }
            auto begin = at;
            while (begin > 0 && (std::isalnum(static_cast<unsigned char>(text[begin - 1])) != 0 ||
                                 text[begin - 1] == '.' || text[begin - 1] == '-')) {
                --begin;
            }
            start = begin;
            break;
        }
        if (start == std::string::npos) {
            return {};
        }
    }
    auto end = text.find_first_of(" ;,)\t\n", start);
    std::string url =
        text.substr(start, end == std::string::npos ? std::string::npos : end - start);
    while (!url.empty() && (url.back() == '.' || url.back() == ',')) {
        url.pop_back();
    }
    return url.rfind("http", 0) == 0 ? url : "https://" + url;
}

/// Inserts `child` into `parent` before `before` (or at the end), with the indentation the
/// sibling elements have, so the rewritten file keeps its layout.
void insert(XMLElement& parent, XMLElement* child, XMLElement* before, const std::string& indent) {
    auto* doc = parent.GetDocument();
    if (before != nullptr) {
        XMLNode* prev = before->PreviousSibling();
        if (prev != nullptr) {
            parent.InsertAfterChild(prev, child);
        } else {
            parent.InsertFirstChild(child);
        }
        parent.InsertAfterChild(child, doc->NewText(("\n" + indent).c_str()));
    } else {
        XMLNode* last = parent.LastChild();
        auto* gap = doc->NewText(("\n" + indent).c_str());
        if (last != nullptr && last->ToText() != nullptr && last->PreviousSibling() != nullptr) {
            // Before the line break that leads to the closing tag.
            parent.InsertAfterChild(last->PreviousSibling(), gap);
            parent.InsertAfterChild(gap, child);
        } else {
            parent.InsertEndChild(gap);
            parent.InsertEndChild(child);
        }
    }
}

/// The indentation of an element: the spaces after the last line break before it.
std::string indentOf(const XMLElement& e) {
    const XMLNode* prev = e.PreviousSibling();
    if (prev == nullptr || prev->ToText() == nullptr) {
        return "  ";
    }
    const std::string text = prev->Value();
    const auto nl = text.rfind('\n');
    return nl == std::string::npos ? std::string("  ") : text.substr(nl + 1);
}

/// XmlText::prepare marks whitespace between tags with a leading space so TinyXML-2 keeps it;
/// between lines that space is not the author's, and is taken out again before printing.
void restoreLayout(XMLNode& node) {
    for (XMLNode* n = node.FirstChild(); n != nullptr; n = n->NextSibling()) {
        if (auto* t = n->ToText()) {
            const std::string value = t->Value();
            if (value.size() > 1 && value[0] == ' ' && value[1] == '\n' &&
                XmlText::isBlank(value)) {
                t->SetValue(value.substr(1).c_str());
            }
        } else {
            restoreLayout(*n);
        }
    }
}

XMLElement* child(XMLElement& e, const char* name) {
    return e.FirstChildElement(name);
}

} // namespace

ModuleUpgrade::Result ModuleUpgrade::upgrade(std::string_view xml, const std::string& fileName) {
    Result r;
    if (auto problem = TextFile::check(xml, fileName)) {
        r.diagnostics.push_back(std::move(*problem));
        return r;
    }
    xml = TextFile::withoutBom(xml);
    const auto prepared = XmlText::prepare(xml, fileName, r.diagnostics);
    if (!prepared) {
        return r;
    }
    tinyxml2::XMLDocument doc(true, tinyxml2::PRESERVE_WHITESPACE);
    if (doc.Parse(prepared->data(), prepared->size()) != tinyxml2::XML_SUCCESS) {
        r.diagnostics.push_back(
            {fileName, doc.ErrorLineNum(), "not well-formed XML; fix it before upgrading"});
        return r;
    }
    XMLElement* root = doc.RootElement();
    if (root == nullptr || std::string_view(root->Name()) != "module") {
        r.diagnostics.push_back(
            {fileName, 1, "not a lesson module: it does not start with <module>"});
        return r;
    }
    const char* format = root->Attribute("format");
    if (format == nullptr || std::string_view(format) != "1") {
        r.diagnostics.push_back({fileName, root->GetLineNum(),
                                 "<module> is not format=\"1\"; only format 1 is upgraded",
                                 core::Diagnostic::Severity::Warning});
        return r;
    }
    root->SetAttribute("format", "2");
    const std::string moduleId =
        root->Attribute("id") != nullptr ? root->Attribute("id") : "module";
    auto line = [](const XMLElement& e) { return "line " + std::to_string(e.GetLineNum()) + ": "; };

    // Ids already taken in this file, so that a new source id clashes with none of them.
    std::set<std::string> ids;
    for (const XMLElement* e = root->FirstChildElement(); e != nullptr;
         e = e->NextSiblingElement()) {
        for (const XMLElement* c = e->FirstChildElement(); c != nullptr;
             c = c->NextSiblingElement()) {
            if (c->Attribute("id") != nullptr) {
                ids.insert(c->Attribute("id"));
            }
        }
    }
    std::map<std::string, std::string> sourceIds; // free text → new source id
    std::vector<std::pair<std::string, std::string>> newSources;
    auto sourceFor = [&](const std::string& text) {
        auto it = sourceIds.find(text);
        if (it != sourceIds.end()) {
            return it->second;
        }
        std::string id;
        for (int n = static_cast<int>(sourceIds.size()) + 1;; ++n) {
            id = moduleId + "-source-" + std::to_string(n);
            if (ids.insert(id).second) {
                break;
            }
        }
        sourceIds.emplace(text, id);
        newSources.emplace_back(id, text);
        return id;
    };

    XMLElement* facts = child(*root, "facts");
    for (XMLElement* fact = facts != nullptr ? facts->FirstChildElement() : nullptr;
         fact != nullptr; fact = fact->NextSiblingElement()) {
        const std::string id = fact->Attribute("id") != nullptr ? fact->Attribute("id") : "?";
        const std::string status =
            fact->Attribute("status") != nullptr ? fact->Attribute("status") : "";
        const std::string indent = indentOf(*fact) + "  ";
        XMLElement* context = child(*fact, "context");
        std::string cited;
        if (context != nullptr && context->Attribute("source") != nullptr) {
            const std::string text = XmlText::collapse(context->Attribute("source"));
            context->DeleteAttribute("source");
            if (citesNothing(text)) {
                r.changes.push_back(line(*context) + "the context of '" + id + "' cites \"" + text +
                                    "\": it now cites nothing");
            } else {
                cited = sourceFor(text);
                context->SetAttribute("ref", cited.c_str());
                r.changes.push_back(line(*context) + "the context of '" + id +
                                    "' cites <source id=\"" + cited + "\">");
            }
        }
        XMLElement* tail = child(*fact, "excerpt");
        if (tail == nullptr) {
            tail = child(*fact, "attribution");
        }
        if (tail == nullptr) {
            tail = context;
        }
        if (status == "confirmed" && !cited.empty()) {
            XMLElement* cite = doc.NewElement("cite");
            cite->SetAttribute("ref", cited.c_str());
            insert(*fact, cite, tail, indent);
            r.changes.push_back(line(*fact) + "'" + id + "' cites <source id=\"" + cited +
                                "\">, the source of its context note");
        } else if (status == "confirmed" || (status == "contested" && cited.empty())) {
            fact->SetAttribute("status", "unverified");
            if (child(*fact, "attribution") == nullptr) {
                XMLElement* attribution = doc.NewElement("attribution");
                attribution->SetText("the source text");
                insert(*fact, attribution, context, indent);
            }
            r.changes.push_back(line(*fact) + "'" + id + "' was " + status +
                                " with no source to check besides the source text: it is now "
                                "unverified; add a <cite ref=\"…\"/> and set it back");
        }
    }

    if (!newSources.empty()) {
        XMLElement* summary = child(*root, "summary");
        const std::string indent = summary != nullptr ? indentOf(*summary) : "  ";
        XMLElement* sources = doc.NewElement("sources");
        for (const auto& [id, text] : newSources) {
            XMLElement* s = doc.NewElement("source");
            s->SetAttribute("id", id.c_str());
            const std::string url = addressIn(text);
            s->SetAttribute("kind", url.empty() ? "book" : "web");
            s->SetAttribute("title", text.c_str());
            if (!url.empty()) {
                s->SetAttribute("url", url.c_str());
            }
            sources->InsertEndChild(doc.NewText(("\n" + indent + "  ").c_str()));
            sources->InsertEndChild(s);
            r.changes.push_back("<sources>: <source id=\"" + id + "\"> made of \"" + text +
                                "\"; check its kind and add its author, date and publisher");
        }
        sources->InsertEndChild(doc.NewText(("\n" + indent).c_str()));
        XMLElement* before = summary != nullptr ? summary->NextSiblingElement() : nullptr;
        insert(*root, sources, before, indent);
    }

    restoreLayout(doc);
    tinyxml2::XMLPrinter printer(nullptr, true);
    doc.Print(&printer);
    std::string out(printer.CStr(), static_cast<std::size_t>(printer.CStrSize() - 1));
    // TinyXML-2 keeps no whitespace outside the root element: the declaration and comments
    // before <module> go on lines of their own again.
    for (std::size_t at = out.find("><"); at != std::string::npos && at < out.find("<module");
         at = out.find("><", at + 2)) {
        out.insert(at + 1, "\n");
    }
    if (out.empty() || out.back() != '\n') {
        out += '\n';
    }
    r.xml = std::move(out);
    return r;
}

} // namespace yaddas::io
