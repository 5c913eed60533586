#include <io/XmlFields.hpp>

#include <io/TextFile.hpp>
#include <io/XmlText.hpp>

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>

namespace yaddas::io {

bool XmlFields::parse(tinyxml2::XMLDocument& doc, std::string_view xml) {
    if (auto problem = TextFile::check(xml, file_)) {
        out_.push_back(*problem);
        return false;
    }
    const std::string_view body = TextFile::withoutBom(xml);
    if (doc.Parse(body.data(), body.size()) != tinyxml2::XML_SUCCESS) {
        std::string why = doc.ErrorID() == tinyxml2::XML_ELEMENT_DEPTH_EXCEEDED
                              ? "elements are nested too deeply"
                          : doc.ErrorID() == tinyxml2::XML_ERROR_EMPTY_DOCUMENT
                              ? "the file is empty"
                              : std::string("not well-formed XML (") + doc.ErrorName() + ")";
        error(doc.ErrorLineNum(), why);
        return false;
    }
    if (doc.RootElement() == nullptr) {
        error(1, "the file holds no XML element");
        return false;
    }
    return true;
}

const tinyxml2::XMLElement* XmlFields::root(const tinyxml2::XMLDocument& doc, const char* name,
                                            const char* what) {
    const tinyxml2::XMLElement* e = doc.RootElement();
    if (e == nullptr) {
        error(1, "the file holds no XML element");
        return nullptr;
    }
    if (std::strcmp(e->Name(), name) != 0) {
        error(e->GetLineNum(), "the root element is " + tag(*e) + ", not <" + name + ">: " + what);
        return nullptr;
    }
    return e;
}

void XmlFields::format(const tinyxml2::XMLElement& root, const char* known) {
    if (auto format = attribute(root, "format", true); format && *format != known) {
        error(root.GetLineNum(), tag(root) + ": format=\"" + clip(*format) +
                                     "\" is not known to this version, which reads format " +
                                     known);
    }
}

void XmlFields::error(int line, std::string message) {
    out_.push_back({file_, line, std::move(message), core::Diagnostic::Severity::Error});
}

void XmlFields::warning(int line, std::string message) {
    out_.push_back({file_, line, std::move(message), core::Diagnostic::Severity::Warning});
}

std::string XmlFields::tag(const tinyxml2::XMLElement& e) {
    return "<" + std::string(e.Name()) + ">";
}

std::string XmlFields::clip(std::string_view value, std::size_t maxLength) {
    if (value.size() <= maxLength) {
        return std::string(value);
    }
    // Cut on a UTF-8 character boundary.
    std::size_t cut = maxLength;
    while (cut > 0 && (static_cast<unsigned char>(value[cut]) & 0xC0u) == 0x80u) {
        --cut;
    }
    return std::string(value.substr(0, cut)) + "…";
}

std::optional<std::string> XmlFields::attribute(const tinyxml2::XMLElement& e, const char* name,
                                                bool required, std::size_t maxLength) {
    const char* value = e.Attribute(name);
    if (value == nullptr) {
        if (required) {
            error(e.GetLineNum(), tag(e) + ": the attribute " + name + "=\"…\" is missing");
        }
        return std::nullopt;
    }
    const std::size_t length = std::strlen(value);
    if (length > maxLength) {
        error(e.GetLineNum(), tag(e) + ": " + name + "=\"" + clip(value) + "\" is longer than " +
                                  std::to_string(maxLength) + " characters");
        return std::nullopt;
    }
    return std::string(value, length);
}

std::optional<std::int64_t> XmlFields::integer(const tinyxml2::XMLElement& e, const char* name,
                                               bool required, std::int64_t low, std::int64_t high) {
    auto raw = attribute(e, name, required, 40);
    if (!raw) {
        return std::nullopt;
    }
    std::int64_t v = 0;
    const char* end = raw->data() + raw->size();
    auto [ptr, ec] = std::from_chars(raw->data(), end, v);
    if (raw->empty() || ec != std::errc() || ptr != end) {
        error(e.GetLineNum(),
              tag(e) + ": " + name + "=\"" + clip(*raw) + "\" is not a whole number");
        return std::nullopt;
    }
    if (v < low || v > high) {
        error(e.GetLineNum(), tag(e) + ": " + name + "=\"" + *raw + "\" is out of range (" +
                                  std::to_string(low) + " to " + std::to_string(high) + ")");
        return std::nullopt;
    }
    return v;
}

std::optional<double> XmlFields::decimal(const tinyxml2::XMLElement& e, const char* name,
                                         bool required, double low, double high) {
    auto raw = attribute(e, name, required, 40);
    if (!raw) {
        return std::nullopt;
    }
    char* end = nullptr;
    const double v = std::strtod(raw->c_str(), &end);
    if (raw->empty() || end != raw->c_str() + raw->size() || !std::isfinite(v)) {
        error(e.GetLineNum(), tag(e) + ": " + name + "=\"" + clip(*raw) + "\" is not a number");
        return std::nullopt;
    }
    if (v < low || v > high) {
        error(e.GetLineNum(), tag(e) + ": " + name + "=\"" + *raw + "\" is out of range");
        return std::nullopt;
    }
    return v;
}

std::string XmlFields::text(const tinyxml2::XMLElement& e, std::size_t maxLength, bool required) {
    std::string raw;
    for (const tinyxml2::XMLNode* n = e.FirstChild(); n != nullptr; n = n->NextSibling()) {
        if (const auto* t = n->ToText()) {
            raw += t->Value();
        } else if (const auto* c = n->ToElement()) {
            error(c->GetLineNum(), tag(e) + " holds text only, not " + tag(*c));
        }
    }
    if (raw.size() > maxLength) {
        error(e.GetLineNum(),
              tag(e) + " is longer than " + std::to_string(maxLength) + " characters");
        return {};
    }
    std::string out = XmlText::collapse(raw);
    if (required && out.empty()) {
        error(e.GetLineNum(), tag(e) + " is empty");
    }
    return out;
}

void XmlFields::onlyAttributes(const tinyxml2::XMLElement& e,
                               std::initializer_list<const char*> allowed) {
    for (const tinyxml2::XMLAttribute* a = e.FirstAttribute(); a != nullptr; a = a->Next()) {
        bool known = false;
        for (const char* name : allowed) {
            known = known || std::strcmp(name, a->Name()) == 0;
        }
        if (!known) {
            error(e.GetLineNum(), tag(e) + ": unknown attribute " + clip(a->Name()));
        }
    }
}

} // namespace yaddas::io
