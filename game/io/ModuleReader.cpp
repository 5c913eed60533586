#include <io/ModuleReader.hpp>

#include <core/SourceText.hpp>

#include <io/Language.hpp>
#include <io/TextFile.hpp>
#include <io/XmlText.hpp>

#include <tinyxml2.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <initializer_list>
#include <limits>
#include <map>

namespace yaddas::io {

namespace {

using tinyxml2::XMLElement;
using tinyxml2::XMLNode;

bool isDigits(std::string_view s) {
    return !s.empty() &&
           std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

/// Digits only, without overflow; empty when the text is not a whole number or is too large.
std::optional<std::int64_t> parseWhole(std::string_view s, std::int64_t max) {
    if (!isDigits(s)) {
        return std::nullopt;
    }
    std::int64_t v = 0;
    for (char c : s) {
        const int digit = c - '0';
        if (v > (max - digit) / 10) {
            return std::nullopt;
        }
        v = v * 10 + digit;
    }
    return v;
}

/// A decimal number written plainly ("-12", "0.5"); empty for anything else.
std::optional<double> parseDecimal(std::string_view s) {
    std::string_view digits = s;
    if (!digits.empty() && digits.front() == '-') {
        digits.remove_prefix(1);
    }
    const auto dot = digits.find('.');
    const bool shaped = dot == std::string_view::npos
                            ? isDigits(digits)
                            : isDigits(digits.substr(0, dot)) && isDigits(digits.substr(dot + 1));
    if (!shaped || digits.size() > 30) {
        return std::nullopt;
    }
    return std::strtod(std::string(s).c_str(), nullptr);
}

bool isId(std::string_view s) {
    if (s.empty() || s.front() == '-') {
        return false;
    }
    return std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    });
}

/// Edit distance, to suggest the element or attribute a typo meant.
std::size_t distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) {
        row[j] = j;
    }
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
            diagonal = above;
        }
    }
    return row[b.size()];
}

std::string suggestion(std::string_view name, std::initializer_list<std::string_view> known) {
    for (std::string_view k : known) {
        if (distance(name, k) <= 2) {
            return " (did you mean '" + std::string(k) + "'?)";
        }
    }
    return {};
}

std::string listOf(std::initializer_list<std::string_view> names, std::string_view before,
                   std::string_view after) {
    std::string out;
    for (std::string_view n : names) {
        if (!out.empty()) {
            out += ", ";
        }
        out += std::string(before) + std::string(n) + std::string(after);
    }
    return out;
}

/// One expected child in an element's fixed sequence of children.
struct Child {
    std::string_view name;
    int min = 1;
    int max = 1; ///< -1: any number
};

/// Reads one module document into the model, collecting diagnostics as it goes. It follows the
/// structure of lessons/README.md (and module.xsd) by hand, so that every message can name the
/// line and say what was expected instead of failing on the first problem.
class Reader {
public:
    static constexpr std::size_t maxMessages = 100;

    explicit Reader(std::string fileName) : file_(std::move(fileName)) {}

    core::Diagnostics diagnostics;

    std::optional<core::Module> read(const tinyxml2::XMLDocument& doc) {
        const XMLElement* root = nullptr;
        for (const XMLNode* node = doc.FirstChild(); node != nullptr; node = node->NextSibling()) {
            if (const auto* decl = node->ToDeclaration()) {
                checkDeclaration(*decl);
            } else if (node->ToUnknown() != nullptr) {
                error(node->GetLineNum(),
                      "a DOCTYPE or other '<!' declaration is not allowed in a module");
            } else if (const auto* e = node->ToElement()) {
                if (root != nullptr) {
                    error(e->GetLineNum(), "a second root element <" + std::string(e->Name()) +
                                               ">: a module file holds one <module>");
                } else {
                    root = e;
                }
            }
        }
        if (root == nullptr) {
            error(1, "the file holds no element: a module starts with <module>");
            return std::nullopt;
        }
        if (std::string_view(root->Name()) == "bibliography") {
            isBibliography = true;
            readBibliography(*root);
            return std::nullopt;
        }
        if (std::string_view(root->Name()) != "module") {
            error(root->GetLineNum(), "the root element is <" + std::string(root->Name()) +
                                          ">: a lesson module starts with <module> (a shared "
                                          "list of sources with <bibliography>)");
            return std::nullopt;
        }
        return readModule(*root);
    }

    bool isBibliography = false;
    std::vector<core::Source> bibliography;

private:
    std::string file_;
    int format_ = 1;

    /// Reports an element or attribute that format 1 does not have.
    bool needsFormat2(int line, std::string_view what) {
        if (format_ >= 2) {
            return true;
        }
        error(line, std::string(what) + " is part of lesson format 2: write format=\"2\" on "
                                        "<module> (yaddas validate --upgrade FILE does it)");
        return false;
    }

    void error(int line, std::string message) {
        // A file that is not a module at all could yield a message per element; the first
        // ones say what is wrong, and memory stays bounded.
        if (diagnostics.size() < maxMessages) {
            diagnostics.push_back(
                {file_, line, std::move(message), core::Diagnostic::Severity::Error});
        } else if (diagnostics.size() == maxMessages) {
            diagnostics.push_back({file_, line,
                                   "more errors from here on are not shown; fix the ones above "
                                   "first",
                                   core::Diagnostic::Severity::Error});
        }
    }

    static std::string tag(const XMLElement& e) { return "<" + std::string(e.Name()) + ">"; }

    /// True when an element that should be empty holds an element or non-blank text.
    static bool hasContent(const XMLElement& e) {
        for (const XMLNode* n = e.FirstChild(); n != nullptr; n = n->NextSibling()) {
            if (n->ToElement() != nullptr ||
                (n->ToText() != nullptr && !XmlText::isBlank(n->Value()))) {
                return true;
            }
        }
        return false;
    }

    void checkDeclaration(const tinyxml2::XMLDeclaration& decl) {
        const std::string_view text = decl.Value() != nullptr ? decl.Value() : "";
        const auto pos = text.find("encoding");
        if (pos == std::string_view::npos) {
            return;
        }
        const auto open = text.find_first_of("\"'", pos);
        if (open == std::string_view::npos) {
            return;
        }
        const auto close = text.find(text[open], open + 1);
        std::string encoding(text.substr(
            open + 1, close == std::string_view::npos ? std::string_view::npos : close - open - 1));
        std::string lower = encoding;
        std::transform(lower.begin(), lower.end(), lower.begin(),
                       [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; });
        if (lower != "utf-8" && lower != "utf8") {
            error(decl.GetLineNum(), "the file declares encoding '" + encoding +
                                         "'; modules are UTF-8 (encoding=\"UTF-8\")");
        }
    }

    // --- attributes -------------------------------------------------------------------------

    /// Reports attributes the format does not know (the format is closed: a typo is an error).
    void allowAttributes(const XMLElement& e, std::initializer_list<std::string_view> allowed) {
        for (const auto* a = e.FirstAttribute(); a != nullptr; a = a->Next()) {
            const std::string_view name = a->Name();
            if (std::find(allowed.begin(), allowed.end(), name) == allowed.end()) {
                std::string known =
                    allowed.size() == 0 ? std::string("none") : listOf(allowed, "", "");
                error(a->GetLineNum(), tag(e) + " has no attribute '" + std::string(name) + "'" +
                                           suggestion(name, allowed) + "; it takes: " + known);
            }
        }
    }

    /// The attribute's value; reports it when missing or blank.
    std::optional<std::string> required(const XMLElement& e, const char* name) {
        const char* value = e.Attribute(name);
        if (value == nullptr) {
            error(e.GetLineNum(), tag(e) + " lacks the attribute '" + name + "'");
            return std::nullopt;
        }
        if (XmlText::isBlank(value)) {
            error(e.GetLineNum(), tag(e) + ": the attribute '" + name + "' is empty");
            return std::nullopt;
        }
        return std::string(value);
    }

    static std::optional<std::string> optional(const XMLElement& e, const char* name) {
        const char* value = e.Attribute(name);
        return value == nullptr ? std::nullopt : std::optional<std::string>(value);
    }

    int lineOf(const XMLElement& e, const char* attribute) {
        const auto* a = e.FindAttribute(attribute);
        return a != nullptr ? a->GetLineNum() : e.GetLineNum();
    }

    std::string readId(const XMLElement& e) {
        auto id = required(e, "id");
        if (!id) {
            return {};
        }
        if (!isId(*id)) {
            error(lineOf(e, "id"), tag(e) + ": the id '" + *id +
                                       "' may hold only lowercase letters, digits and '-' (and "
                                       "does not start with '-')");
        }
        return *id;
    }

    /// A `source="N"` paragraph number: a whole number from 1.
    int readSource(const XMLElement& e, bool isRequired) {
        auto text = isRequired ? required(e, "source") : optional(e, "source");
        if (!text) {
            return 0;
        }
        auto v = parseWhole(*text, 1000000);
        if (!v || *v < 1) {
            error(lineOf(e, "source"), tag(e) + ": source=\"" + *text +
                                           "\" is not a paragraph number (a whole number from 1)");
            return 0;
        }
        return static_cast<int>(*v);
    }

    std::optional<core::HistoricalDate> readDate(const XMLElement& e, const char* name,
                                                 bool isRequired) {
        auto text = isRequired ? required(e, name) : optional(e, name);
        if (!text) {
            return std::nullopt;
        }
        std::string why;
        auto date = core::HistoricalDate::parse(*text, &why);
        if (!date) {
            error(lineOf(e, name), tag(e) + " " + name + ": " + why);
        }
        return date;
    }

    bool readBool(const XMLElement& e, const char* name) {
        auto text = optional(e, name);
        if (!text || *text == "false") {
            return false;
        }
        if (*text == "true") {
            return true;
        }
        error(lineOf(e, name),
              tag(e) + ": " + name + "=\"" + *text + "\" must be \"true\" or \"false\"");
        return false;
    }

    // --- children ---------------------------------------------------------------------------

    /// Reports text where only elements belong.
    void noText(const XMLElement& e) {
        for (const XMLNode* n = e.FirstChild(); n != nullptr; n = n->NextSibling()) {
            if (const auto* t = n->ToText(); t != nullptr && !XmlText::isBlank(t->Value())) {
                error(t->GetLineNum(), "text '" + XmlText::collapse(t->Value()).substr(0, 40) +
                                           "' is not allowed directly inside " + tag(e));
            }
        }
    }

    /// Children that must come in a fixed order, each a set number of times; returns them by
    /// name. Unknown, misplaced, missing and repeated elements are reported.
    std::map<std::string_view, std::vector<const XMLElement*>>
    sequence(const XMLElement& e, std::initializer_list<Child> spec) {
        noText(e);
        std::vector<Child> items(spec);
        std::vector<int> counts(items.size(), 0);
        std::map<std::string_view, std::vector<const XMLElement*>> found;
        std::size_t at = 0;
        auto order = [&] {
            std::string out;
            for (const Child& c : items) {
                out += (out.empty() ? "<" : ", <") + std::string(c.name) + ">";
            }
            return out;
        };
        for (const XMLElement* c = e.FirstChildElement(); c != nullptr;
             c = c->NextSiblingElement()) {
            const std::string_view name = c->Name();
            auto it = std::find_if(items.begin(), items.end(),
                                   [&](const Child& s) { return s.name == name; });
            if (it == items.end()) {
                std::string typo;
                for (const Child& s : items) {
                    if (distance(name, s.name) <= 2) {
                        typo = " (did you mean <" + std::string(s.name) + ">?)";
                        break;
                    }
                }
                error(c->GetLineNum(), "unknown element <" + std::string(name) + "> in " + tag(e) +
                                           typo + "; expected, in this order: " + order());
                continue;
            }
            const auto index = static_cast<std::size_t>(it - items.begin());
            if (index < at) {
                error(c->GetLineNum(), "<" + std::string(name) + "> is out of place in " + tag(e) +
                                           "; the order is: " + order());
                continue;
            }
            at = index;
            ++counts[index];
            if (it->max >= 0 && counts[index] > it->max) {
                error(c->GetLineNum(),
                      tag(e) + " takes <" + std::string(name) + "> " +
                          (it->max == 1 ? std::string("only once")
                                        : "at most " + std::to_string(it->max) + " times"));
                continue;
            }
            found[name].push_back(c);
        }
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (counts[i] < items[i].min) {
                error(e.GetLineNum(), tag(e) + " lacks <" + std::string(items[i].name) + ">" +
                                          (items[i].min > 1 ? " (it needs at least " +
                                                                  std::to_string(items[i].min) + ")"
                                                            : std::string()));
            }
        }
        return found;
    }

    /// Children in any order, each one of `allowed`; unknown ones are reported and skipped.
    std::vector<const XMLElement*> anyOf(const XMLElement& e,
                                         std::initializer_list<std::string_view> allowed) {
        noText(e);
        std::vector<const XMLElement*> out;
        for (const XMLElement* c = e.FirstChildElement(); c != nullptr;
             c = c->NextSiblingElement()) {
            const std::string_view name = c->Name();
            if (std::find(allowed.begin(), allowed.end(), name) == allowed.end()) {
                std::string typo;
                for (std::string_view k : allowed) {
                    if (distance(name, k) <= 2) {
                        typo = " (did you mean <" + std::string(k) + ">?)";
                        break;
                    }
                }
                error(c->GetLineNum(), "unknown element <" + std::string(name) + "> in " + tag(e) +
                                           typo + "; it holds " + listOf(allowed, "<", ">"));
                continue;
            }
            out.push_back(c);
        }
        return out;
    }

    /// The text of an element that holds text only, with whitespace collapsed; reports child
    /// elements and, when `nonEmpty`, an empty text.
    std::string text(const XMLElement& e, bool nonEmpty = true) {
        std::string raw;
        for (const XMLNode* n = e.FirstChild(); n != nullptr; n = n->NextSibling()) {
            if (const auto* t = n->ToText()) {
                raw += t->Value();
            } else if (const auto* c = n->ToElement()) {
                error(c->GetLineNum(),
                      tag(e) + " holds text only, not <" + std::string(c->Name()) + ">");
            }
        }
        std::string out = XmlText::collapse(raw);
        if (nonEmpty && out.empty()) {
            error(e.GetLineNum(), tag(e) + " is empty");
        }
        return out;
    }

    std::string textOf(const std::map<std::string_view, std::vector<const XMLElement*>>& found,
                       std::string_view name) {
        auto it = found.find(name);
        if (it == found.end() || it->second.empty()) {
            return {};
        }
        allowAttributes(*it->second.front(), {});
        return text(*it->second.front());
    }

    static const XMLElement*
    first(const std::map<std::string_view, std::vector<const XMLElement*>>& found,
          std::string_view name) {
        auto it = found.find(name);
        return it == found.end() || it->second.empty() ? nullptr : it->second.front();
    }

    // --- the module -------------------------------------------------------------------------

    core::Module readModule(const XMLElement& root) {
        core::Module m;
        m.file = file_;
        m.line = root.GetLineNum();
        allowAttributes(root, {"id", "order", "format", "first-year", "last-year", "lang"});
        m.id = readId(root);
        if (auto lang = optional(root, "lang")) {
            const auto& offered = Language::offered();
            if (std::find(offered.begin(), offered.end(), *lang) == offered.end()) {
                std::string known;
                for (const std::string& l : offered) {
                    known += (known.empty() ? "" : ", ") + l;
                }
                error(lineOf(root, "lang"), "<module>: lang=\"" + *lang +
                                                "\" is not a language Yaddas offers (" + known +
                                                ")");
            } else {
                m.language = *lang;
            }
        }
        readPeriod(root, m.period);
        if (auto order = required(root, "order")) {
            if (auto v = parseWhole(*order, std::numeric_limits<int>::max())) {
                m.order = static_cast<int>(*v);
            } else {
                error(lineOf(root, "order"),
                      "<module>: order=\"" + *order + "\" is not a whole number");
            }
        }
        format_ = readFormat(root);
        m.format = format_;
        auto found = sequence(root, {{"title"},
                                     {"summary"},
                                     {"sources", 0, 1},
                                     {"section", 1, -1},
                                     {"objectives"},
                                     {"facts"},
                                     {"questions", 0, 1}});
        m.title = textOf(found, "title");
        m.summary = textOf(found, "summary");
        if (const XMLElement* sources = first(found, "sources")) {
            if (needsFormat2(sources->GetLineNum(), "<sources>")) {
                allowAttributes(*sources, {});
                auto items = sequence(*sources, {{"source", 1, -1}});
                for (const XMLElement* e : items["source"]) {
                    m.sources.push_back(readSourceEntry(*e));
                }
            }
        }
        for (const XMLElement* s : found["section"]) {
            m.sections.push_back(readSection(*s));
        }
        if (const XMLElement* o = first(found, "objectives")) {
            allowAttributes(*o, {});
            auto points = sequence(*o, {{"point", 1, -1}});
            for (const XMLElement* p : points["point"]) {
                allowAttributes(*p, {});
                m.objectives.push_back(text(*p));
            }
        }
        if (const XMLElement* f = first(found, "facts")) {
            readFacts(*f, m);
        }
        if (const XMLElement* q = first(found, "questions")) {
            allowAttributes(*q, {});
            auto items = sequence(*q, {{"question", 1, -1}});
            for (const XMLElement* e : items["question"]) {
                m.questions.push_back(readQuestion(*e));
            }
        }
        return m;
    }

    /// `first-year` and `last-year`: the years the module's wrong dates stay in. Either may be
    /// left out (the library's default stands for it).
    void readPeriod(const XMLElement& root, core::Period& period) {
        for (const char* name : {"first-year", "last-year"}) {
            auto value = optional(root, name);
            if (!value) {
                continue;
            }
            auto year = parseWhole(*value, 2999);
            if (!year || *year < 1000) {
                error(lineOf(root, name), std::string("<module>: ") + name + "=\"" + *value +
                                              "\" is not a year (four digits)");
                continue;
            }
            (std::string_view(name) == "first-year" ? period.first : period.last) =
                static_cast<int>(*year);
        }
        if (period.first > period.last) {
            error(lineOf(root, "last-year"),
                  "<module>: last-year=\"" + std::to_string(period.last) +
                      "\" is before first-year=\"" + std::to_string(period.first) + "\"");
            period = core::Period{};
        }
    }

    /// `format="1"` or `"2"`; anything else is reported and read as the newest format.
    int readFormat(const XMLElement& root) {
        auto format = required(root, "format");
        if (!format || *format == "2") {
            return 2;
        }
        if (*format == "1") {
            return 1;
        }
        error(lineOf(root, "format"), tag(root) + ": format=\"" + *format +
                                          "\" is not known to this version of Yaddas, which "
                                          "reads formats 1 and 2");
        return 2;
    }

    void readBibliography(const XMLElement& root) {
        allowAttributes(root, {"format"});
        format_ = readFormat(root);
        if (format_ < 2) {
            error(lineOf(root, "format"), "<bibliography> is part of lesson format 2: write "
                                          "format=\"2\"");
        }
        auto items = sequence(root, {{"source", 1, -1}});
        for (const XMLElement* e : items["source"]) {
            bibliography.push_back(readSourceEntry(*e));
        }
    }

    core::Source readSourceEntry(const XMLElement& e) {
        core::Source s;
        s.file = file_;
        s.line = e.GetLineNum();
        allowAttributes(e, {"id", "kind", "author", "title", "date", "publisher", "url"});
        s.id = readId(e);
        if (s.id == core::Source::sourceTextId) {
            error(lineOf(e, "id"), "<source id=\"source-text\">: the course's source text is "
                                   "built in; cite it with source=\"N\" (its paragraph)");
        }
        if (auto kind = required(e, "kind")) {
            if (auto k = core::sourceKindFromString(*kind); k == core::Source::Kind::SourceText) {
                error(lineOf(e, "kind"), "<source>: kind=\"source-text\" is the course's own "
                                         "source text, which is built in: cite it with "
                                         "source=\"N\"");
            } else if (k) {
                s.kind = *k;
            } else {
                error(lineOf(e, "kind"),
                      "<source>: kind=\"" + *kind +
                          "\" must be one of source-text, decree, archive, book, article, "
                          "encyclopedia, web, testimony");
            }
        }
        s.title = XmlText::collapse(required(e, "title").value_or(""));
        s.author = XmlText::collapse(optional(e, "author").value_or(""));
        s.date = XmlText::collapse(optional(e, "date").value_or(""));
        s.publisher = XmlText::collapse(optional(e, "publisher").value_or(""));
        s.url = XmlText::collapse(optional(e, "url").value_or(""));
        if (!s.url.empty() && s.url.rfind("https://", 0) != 0 && s.url.rfind("http://", 0) != 0) {
            error(lineOf(e, "url"), "<source>: url=\"" + s.url.substr(0, 60) +
                                        "\" is not a web address (it starts with https://)");
        }
        if ((s.kind == core::Source::Kind::Web || s.kind == core::Source::Kind::Encyclopedia) &&
            s.url.empty() && s.publisher.empty()) {
            error(e.GetLineNum(), "<source id=\"" + s.id + "\">: a " +
                                      std::string(core::describe(s.kind)) +
                                      " needs url=\"…\" or publisher=\"…\" so a reader can "
                                      "find it");
        }
        if (hasContent(e)) {
            error(e.GetLineNum(), "<source> is empty: its details go in its attributes");
        }
        return s;
    }

    /// `<cite ref="…" at="…">optional quotation</cite>`
    core::Citation readCite(const XMLElement& e) {
        core::Citation c;
        c.line = e.GetLineNum();
        allowAttributes(e, {"ref", "at"});
        c.source = required(e, "ref").value_or("");
        c.locator = XmlText::collapse(optional(e, "at").value_or(""));
        c.quote = text(e, false);
        return c;
    }

    core::Section readSection(const XMLElement& e) {
        core::Section s;
        s.line = e.GetLineNum();
        allowAttributes(e, {"id", "title"});
        s.id = readId(e);
        if (auto title = required(e, "title")) {
            s.title = XmlText::collapse(*title);
        }
        const auto blocks = anyOf(e, {"p", "note", "card"});
        if (blocks.empty()) {
            error(e.GetLineNum(),
                  "<section> is empty: it needs at least one <p>, <note> or <card>");
        }
        for (const XMLElement* b : blocks) {
            core::Block block;
            block.line = b->GetLineNum();
            const std::string_view name = b->Name();
            if (name == "card") {
                block.kind = core::Block::Kind::Card;
                allowAttributes(*b, {"person"});
                if (auto person = required(*b, "person")) {
                    block.person = *person;
                }
                if (hasContent(*b)) {
                    error(b->GetLineNum(), "<card> is empty: write <card person=\"…\"/>");
                }
            } else {
                block.kind = name == "p" ? core::Block::Kind::Paragraph : core::Block::Kind::Note;
                allowAttributes(*b, {"source"});
                block.sourceParagraph = readSource(*b, false);
                block.spans = readProse(*b, &block.cites);
            }
            s.blocks.push_back(std::move(block));
        }
        return s;
    }

    /// Mixed content: text with marked dates, numbers, names and terms.
    std::vector<core::Span> readProse(const XMLElement& e, std::vector<core::Citation>* cites) {
        std::vector<core::Span> raw;
        for (const XMLNode* n = e.FirstChild(); n != nullptr; n = n->NextSibling()) {
            if (const auto* t = n->ToText()) {
                raw.push_back({core::Span::Kind::Text, t->Value(), {}, t->GetLineNum()});
                continue;
            }
            const auto* c = n->ToElement();
            if (c == nullptr) {
                continue; // comments
            }
            const std::string_view name = c->Name();
            core::Span span;
            span.line = c->GetLineNum();
            if (name == "date") {
                span.kind = core::Span::Kind::Date;
            } else if (name == "num") {
                span.kind = core::Span::Kind::Number;
            } else if (name == "name") {
                span.kind = core::Span::Kind::Name;
            } else if (name == "term") {
                span.kind = core::Span::Kind::Term;
            } else if (name == "cite" && cites != nullptr) {
                if (needsFormat2(c->GetLineNum(), "<cite>")) {
                    cites->push_back(readCite(*c));
                }
                continue;
            } else {
                error(c->GetLineNum(),
                      "unknown element <" + std::string(name) + "> in " + tag(e) +
                          suggestion(name, {"date", "num", "name", "term", "cite"}) +
                          "; prose may mark <date>, <num>, <name> and <term>, "
                          "and cite its sources with <cite>");
                continue;
            }
            allowAttributes(*c, {"ref"});
            if (span.kind == core::Span::Kind::Term) {
                span.ref = required(*c, "ref").value_or("");
            } else {
                span.ref = optional(*c, "ref").value_or("");
            }
            // Keep the raw text: whitespace is collapsed over the whole block below.
            for (const XMLNode* inner = c->FirstChild(); inner != nullptr;
                 inner = inner->NextSibling()) {
                if (const auto* t = inner->ToText()) {
                    span.text += t->Value();
                } else if (const auto* ie = inner->ToElement()) {
                    error(ie->GetLineNum(), "<" + std::string(name) + "> holds text only, not <" +
                                                std::string(ie->Name()) + ">");
                }
            }
            if (XmlText::isBlank(span.text)) {
                error(c->GetLineNum(), "<" + std::string(name) + "> is empty");
            }
            raw.push_back(std::move(span));
        }
        auto spans = collapseSpans(raw);
        if (spans.empty()) {
            error(e.GetLineNum(), tag(e) + " is empty");
        }
        return spans;
    }

    /// Collapses whitespace across the spans of a block as if they were one text; a space that
    /// falls at the edge of a marked span goes to the neighbouring plain text.
    static std::vector<core::Span> collapseSpans(const std::vector<core::Span>& raw) {
        std::vector<core::Span> out;
        bool pending = false;
        bool any = false;
        for (const core::Span& s : raw) {
            core::Span span{s.kind, {}, s.ref, s.line};
            const bool plain = s.kind == core::Span::Kind::Text;
            for (char c : s.text) {
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                    pending = any;
                    continue;
                }
                if (pending) {
                    if (!span.text.empty() || plain) {
                        span.text += ' ';
                    } else if (!out.empty() && out.back().kind == core::Span::Kind::Text) {
                        out.back().text += ' ';
                    } else {
                        out.push_back({core::Span::Kind::Text, " ", {}, s.line});
                    }
                    pending = false;
                }
                span.text += c;
                any = true;
            }
            if (!span.text.empty() || !plain) {
                out.push_back(std::move(span));
            }
        }
        return out;
    }

    // --- facts ------------------------------------------------------------------------------

    using Found = std::map<std::string_view, std::vector<const XMLElement*>>;

    /// The attributes and tail elements every fact shares.
    core::FactMeta readMeta(const XMLElement& e, const Found& found) {
        core::FactMeta meta;
        meta.line = e.GetLineNum();
        meta.id = readId(e);
        meta.sourceParagraph = readSource(e, format_ < 2);
        if (auto status = required(e, "status")) {
            if (auto s = core::statusFromString(*status)) {
                meta.status = *s;
            } else {
                error(lineOf(e, "status"), tag(e) + ": status=\"" + *status +
                                               "\" must be confirmed, contested or unverified");
            }
        }
        if (auto it = found.find("cite"); it != found.end()) {
            for (const XMLElement* c : it->second) {
                if (needsFormat2(c->GetLineNum(), "<cite>")) {
                    meta.cites.push_back(readCite(*c));
                }
            }
        }
        meta.excerpt = core::SourceText::withoutEscapes(textOf(found, "excerpt"));
        if (!meta.excerpt.empty() && meta.sourceParagraph == 0 && format_ >= 2) {
            error(first(found, "excerpt")->GetLineNum(),
                  "<excerpt> quotes the source text: give the fact source=\"N\", the paragraph "
                  "it is in (a quotation of another source goes inside its <cite>)");
        }
        meta.attribution = textOf(found, "attribution");
        if (const XMLElement* c = first(found, "context")) {
            if (format_ < 2) {
                allowAttributes(*c, {"source"});
                meta.contextSource = XmlText::collapse(required(*c, "source").value_or(""));
            } else {
                allowAttributes(*c, {"ref", "at"});
                meta.contextCite.source = optional(*c, "ref").value_or("");
                meta.contextCite.locator = XmlText::collapse(optional(*c, "at").value_or(""));
                meta.contextCite.line = c->GetLineNum();
            }
            meta.context = text(*c);
        }
        return meta;
    }

    /// `<ask>`: the author's own wording of the question (format 2).
    std::string readAsk(const Found& found) {
        const XMLElement* a = first(found, "ask");
        if (a == nullptr || !needsFormat2(a->GetLineNum(), "<ask>")) {
            return {};
        }
        std::string asked = textOf(found, "ask");
        if (!asked.empty() && asked.back() != '?') {
            error(a->GetLineNum(), "<ask> is a question: end it with '?'");
        }
        return asked;
    }

    void readFacts(const XMLElement& facts, core::Module& m) {
        allowAttributes(facts, {});
        const auto items = anyOf(facts, {"event", "figure", "person", "term", "claim"});
        if (items.empty()) {
            error(facts.GetLineNum(), "<facts> is empty: a module teaches at least one fact");
        }
        static constexpr Child excerpt{"excerpt", 0, 1};
        static constexpr Child attribution{"attribution", 0, 1};
        static constexpr Child context{"context", 0, 1};
        static constexpr Child cite{"cite", 0, -1};
        static constexpr Child ask{"ask", 0, 1};
        for (const XMLElement* e : items) {
            const std::string_view kind = e->Name();
            if (kind == "event") {
                allowAttributes(*e, {"id", "source", "status", "from", "to"});
                auto found = sequence(*e, {{"label"}, ask, cite, excerpt, attribution, context});
                core::Event ev;
                ev.meta = readMeta(*e, found);
                if (auto from = readDate(*e, "from", true)) {
                    ev.when.from = *from;
                }
                ev.when.to = readDate(*e, "to", false);
                ev.label = textOf(found, "label");
                ev.ask = readAsk(found);
                m.events.push_back(std::move(ev));
            } else if (kind == "figure") {
                allowAttributes(*e,
                                {"id", "source", "status", "value", "tolerance", "approximate"});
                auto found =
                    sequence(*e, {{"counts"}, {"scope"}, ask, cite, excerpt, attribution, context});
                core::Figure f;
                f.meta = readMeta(*e, found);
                if (auto value = required(*e, "value")) {
                    if (auto v = parseWhole(*value, std::numeric_limits<std::int64_t>::max())) {
                        f.value = *v;
                    } else {
                        error(lineOf(*e, "value"),
                              "<figure>: value=\"" + *value +
                                  "\" is not a whole number (write digits only: 681692)");
                    }
                }
                if (auto tolerance = optional(*e, "tolerance")) {
                    std::string_view digits(*tolerance);
                    if (!digits.empty() && digits.back() == '%') {
                        digits.remove_suffix(1);
                    }
                    const auto dot = digits.find('.');
                    const bool shaped =
                        dot == std::string_view::npos
                            ? isDigits(digits)
                            : isDigits(digits.substr(0, dot)) && isDigits(digits.substr(dot + 1));
                    auto t = shaped ? core::Tolerance::parse(*tolerance) : std::nullopt;
                    if (t) {
                        f.tolerance = *t;
                    } else {
                        error(lineOf(*e, "tolerance"),
                              "<figure>: tolerance=\"" + *tolerance +
                                  "\" is not a tolerance (write 0, a number such as 500, or a "
                                  "percentage such as 5%)");
                    }
                }
                f.approximate = readBool(*e, "approximate");
                f.counts = textOf(found, "counts");
                f.ask = readAsk(found);
                if (const XMLElement* scope = first(found, "scope")) {
                    allowAttributes(*scope, {"where", "when", "by"});
                    f.scope.where = XmlText::collapse(required(*scope, "where").value_or(""));
                    f.scope.when = XmlText::collapse(required(*scope, "when").value_or(""));
                    f.scope.by = XmlText::collapse(optional(*scope, "by").value_or(""));
                    if (hasContent(*scope)) {
                        error(scope->GetLineNum(), "<scope> is empty: its content goes in "
                                                   "where=, when= and by=");
                    }
                }
                m.figures.push_back(std::move(f));
            } else if (kind == "person") {
                allowAttributes(*e, {"id", "source", "status", "born", "died", "kind"});
                auto found = sequence(*e, {{"name-en"},
                                           {"name-az"},
                                           {"name", 0, 1},
                                           {"spelling", 0, -1},
                                           {"role"},
                                           {"fate", 0, 1},
                                           cite,
                                           excerpt,
                                           attribution,
                                           context});
                core::Person p;
                p.meta = readMeta(*e, found);
                if (auto role = optional(*e, "kind");
                    role && needsFormat2(lineOf(*e, "kind"), "<person kind=\"…\">")) {
                    if (*role == "victim") {
                        p.kind = core::Person::Kind::Victim;
                    } else if (*role == "official") {
                        p.kind = core::Person::Kind::Official;
                    } else if (*role == "other") {
                        p.kind = core::Person::Kind::Other;
                    } else {
                        error(lineOf(*e, "kind"),
                              "<person>: kind=\"" + *role + "\" must be victim, official or other");
                    }
                }
                if (p.isVictim() && first(found, "fate") == nullptr) {
                    error(e->GetLineNum(), "<person> lacks <fate>: what was done to a victim "
                                           "(kind=\"official\" or \"other\" for someone who "
                                           "was not one)");
                }
                if (auto born = readDate(*e, "born", false)) {
                    p.born = *born;
                }
                if (auto died = readDate(*e, "died", false)) {
                    p.died = *died;
                }
                p.nameEn = textOf(found, "name-en");
                p.nameAz = textOf(found, "name-az");
                p.name = textOf(found, "name");
                for (const XMLElement* s : found["spelling"]) {
                    allowAttributes(*s, {});
                    p.otherSpellings.push_back(text(*s));
                }
                p.role = textOf(found, "role");
                p.fate = textOf(found, "fate");
                m.people.push_back(std::move(p));
            } else if (kind == "term") {
                allowAttributes(*e, {"id", "source", "status", "kind"});
                auto found =
                    sequence(*e, {{"word"}, {"definition"}, cite, excerpt, attribution, context});
                core::Term t;
                t.meta = readMeta(*e, found);
                t.word = textOf(found, "word");
                t.definition = textOf(found, "definition");
                if (auto sort = optional(*e, "kind");
                    sort && needsFormat2(lineOf(*e, "kind"), "<term kind=\"…\">")) {
                    if (isId(*sort)) {
                        t.kind = *sort;
                    } else {
                        error(lineOf(*e, "kind"), "<term>: kind=\"" + *sort +
                                                      "\" is one word of lowercase letters "
                                                      "(charge, body, place …)");
                    }
                }
                m.terms.push_back(std::move(t));
            } else {
                allowAttributes(*e, {"id", "source", "status", "holds", "generated"});
                auto found =
                    sequence(*e, {{"statement"}, {"reason"}, cite, excerpt, attribution, context});
                core::Claim c;
                c.meta = readMeta(*e, found);
                if (auto holds = required(*e, "holds")) {
                    if (*holds == "yes") {
                        c.holds = core::Claim::Holds::Yes;
                    } else if (*holds == "no") {
                        c.holds = core::Claim::Holds::No;
                    } else if (*holds == "partly") {
                        c.holds = core::Claim::Holds::Partly;
                    } else if (*holds == "open") {
                        c.holds = core::Claim::Holds::Open;
                    } else {
                        error(lineOf(*e, "holds"),
                              "<claim>: holds=\"" + *holds + "\" must be yes, no, partly or open");
                    }
                }
                c.statement = textOf(found, "statement");
                c.reason = textOf(found, "reason");
                c.generated = e->Attribute("generated") == nullptr || readBool(*e, "generated");
                m.claims.push_back(std::move(c));
            }
        }
    }

    // --- questions --------------------------------------------------------------------------

    core::AuthoredQuestion readQuestion(const XMLElement& e) {
        core::AuthoredQuestion q;
        q.line = e.GetLineNum();
        allowAttributes(e, {"id", "kind", "fact", "category", "always"});
        q.id = readId(e);
        if (auto kind = required(e, "kind")) {
            static const std::map<std::string_view, core::AuthoredQuestion::Kind> kinds{
                {"single", core::AuthoredQuestion::Kind::Single},
                {"multiple", core::AuthoredQuestion::Kind::Multiple},
                {"truefalse", core::AuthoredQuestion::Kind::TrueFalse},
                {"text", core::AuthoredQuestion::Kind::Text},
                {"number", core::AuthoredQuestion::Kind::Number},
                {"order", core::AuthoredQuestion::Kind::Order}};
            if (auto it = kinds.find(*kind); it != kinds.end()) {
                q.kind = it->second;
            } else {
                error(lineOf(e, "kind"), "<question>: kind=\"" + *kind +
                                             "\" must be single, multiple, truefalse, text, "
                                             "number or order");
            }
        }
        q.fact = required(e, "fact").value_or("");
        if (auto category = optional(e, "category")) {
            q.category = core::categoryFromString(*category);
            if (!q.category) {
                error(lineOf(e, "category"), "<question>: category=\"" + *category +
                                                 "\" must be dates, figures, victims or ideas");
            }
        }
        if (e.Attribute("always") != nullptr &&
            needsFormat2(lineOf(e, "always"), "<question always=\"…\">")) {
            q.always = readBool(e, "always");
        }
        auto found = sequence(e, {{"prompt"},
                                  {"option", 0, -1},
                                  {"answer", 0, -1},
                                  {"number", 0, 1},
                                  {"item", 0, -1},
                                  {"explanation"}});
        q.prompt = textOf(found, "prompt");
        // Each kind has its own answer children: options to choose, answers to type, the number
        // or the items in order.
        using Kind = core::AuthoredQuestion::Kind;
        const bool choice =
            q.kind == Kind::Single || q.kind == Kind::Multiple || q.kind == Kind::TrueFalse;
        auto expect = [&](std::string_view child, bool wanted, int least, const char* what) {
            const auto& list = found[child];
            const int count = static_cast<int>(list.size());
            if (!wanted && count > 0) {
                error(list.front()->GetLineNum(), "<question kind=\"" +
                                                      std::string(core::toString(q.kind)) +
                                                      "\"> takes no <" + std::string(child) + ">");
            } else if (wanted && count < least) {
                error(e.GetLineNum(), "<question kind=\"" + std::string(core::toString(q.kind)) +
                                          "\"> needs " + what);
            }
        };
        expect("option", choice, 2, "two or more <option>");
        expect("answer", q.kind == Kind::Text, 1, "one or more <answer>");
        expect("number", q.kind == Kind::Number, 1, "its <number>");
        expect("item", q.kind == Kind::Order, 2, "two or more <item>");
        for (std::string_view child : {"option", "answer"}) {
            for (const XMLElement* o : found[child]) {
                allowAttributes(*o, {"correct", "credit", "feedback"});
                core::AuthoredQuestion::Option option{text(*o), readBool(*o, "correct"), 0.0, {}};
                if (auto credit = optional(*o, "credit")) {
                    const auto v = parseDecimal(*credit);
                    if (v && *v > 0 && *v < 100) {
                        option.credit = *v / 100.0;
                    } else {
                        error(lineOf(*o, "credit"),
                              tag(*o) + " credit=\"" + *credit +
                                  "\" must be a percentage above 0 and below 100 (50, 33.3)");
                    }
                }
                if (auto note = optional(*o, "feedback")) {
                    option.feedback = XmlText::collapse(*note);
                }
                q.options.push_back(std::move(option));
            }
        }
        for (const XMLElement* item : found["item"]) {
            allowAttributes(*item, {});
            q.options.push_back({text(*item), false, 0.0, {}});
        }
        if (!found["number"].empty()) {
            const XMLElement& n = *found["number"].front();
            allowAttributes(n, {"tolerance"});
            const std::string value = text(n);
            q.number = parseDecimal(value);
            if (!q.number) {
                error(n.GetLineNum(), "<number>: '" + value + "' is not a number (-12, 1937, 0.5)");
            }
            if (auto tolerance = optional(n, "tolerance")) {
                auto t = core::Tolerance::parse(*tolerance);
                if (t) {
                    q.tolerance = *t;
                } else {
                    error(lineOf(n, "tolerance"),
                          "<number>: tolerance=\"" + *tolerance +
                              "\" must be 0, an amount (500) or a percentage (5%)");
                }
            }
        }
        q.explanation = textOf(found, "explanation");
        return q;
    }
};

std::string parserMessage(const tinyxml2::XMLDocument& doc) {
    switch (doc.ErrorID()) {
    case tinyxml2::XML_ELEMENT_DEPTH_EXCEEDED:
        return "elements are nested too deeply (more than " +
               std::to_string(TINYXML2_MAX_ELEMENT_DEPTH) + " levels)";
    case tinyxml2::XML_ERROR_MISMATCHED_ELEMENT:
        return "a closing tag does not match the element it should close";
    case tinyxml2::XML_ERROR_PARSING_ELEMENT:
        return "malformed element (a tag that is not closed, or an element left open at the "
               "end of the file)";
    case tinyxml2::XML_ERROR_PARSING_ATTRIBUTE:
        return "malformed attribute (each attribute is name=\"value\", once per element)";
    case tinyxml2::XML_ERROR_PARSING_TEXT:
        return "malformed text (a '<' that starts no tag? write &lt;)";
    case tinyxml2::XML_ERROR_PARSING_CDATA:
        return "malformed CDATA section";
    case tinyxml2::XML_ERROR_PARSING_COMMENT:
        return "malformed comment (<!-- … --> with no '--' inside)";
    case tinyxml2::XML_ERROR_PARSING_DECLARATION:
        return "malformed XML declaration";
    case tinyxml2::XML_ERROR_EMPTY_DOCUMENT:
        return "the file is empty: a module starts with <module>";
    default:
        break;
    }
    return std::string("not well-formed XML (") + doc.ErrorName() + ")";
}

} // namespace

ModuleReader::Result ModuleReader::readFile(const std::filesystem::path& file) {
    const std::string name = file.string();
    auto loaded = TextFile::read(file, name);
    if (!loaded.text) {
        Result r;
        r.diagnostics = std::move(loaded.diagnostics);
        return r;
    }
    return readString(*loaded.text, name);
}

ModuleReader::Result ModuleReader::readString(std::string_view xml, const std::string& fileName) {
    Result r;
    if (xml.size() > TextFile::defaultMaxBytes) {
        r.diagnostics.push_back({fileName, 0, "the text is too large for a lesson module"});
        return r;
    }
    if (auto problem = TextFile::check(xml, fileName)) {
        r.diagnostics.push_back(std::move(*problem));
        return r;
    }
    xml = TextFile::withoutBom(xml);
    if (XmlText::isBlank(xml)) {
        r.diagnostics.push_back({fileName, 0, "the file is empty: a module starts with <module>"});
        return r;
    }
    const auto prepared = XmlText::prepare(xml, fileName, r.diagnostics);
    if (!prepared) {
        return r;
    }
    tinyxml2::XMLDocument doc(true, tinyxml2::PRESERVE_WHITESPACE);
    if (doc.Parse(prepared->data(), prepared->size()) != tinyxml2::XML_SUCCESS) {
        r.diagnostics.push_back({fileName, doc.ErrorLineNum(), parserMessage(doc)});
        return r;
    }
    Reader reader(fileName);
    r.module = reader.read(doc);
    r.isBibliography = reader.isBibliography;
    r.bibliography = std::move(reader.bibliography);
    r.diagnostics.insert(r.diagnostics.end(), reader.diagnostics.begin(), reader.diagnostics.end());
    return r;
}

} // namespace yaddas::io
