#pragma once
// Internal to game/io: included by .cpp files only, so TinyXML-2 stays out of public headers.

#include <core/Diagnostic.hpp>
#include <io/TextFile.hpp>

#include <tinyxml2.h>

#include <cstdint>
#include <filesystem>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

namespace yaddas::io {

/// Defensive reading of the small teacher files (assignments, results, Moodle banks): every
/// value is checked against a range or a length, and every problem becomes an error naming the
/// file and the element's line.
class XmlFields {
public:
    XmlFields(std::string fileName, core::Diagnostics& out)
        : file_(std::move(fileName)), out_(out) {}

    /// Reads `file` (at most maxBytes) with TextFile and hands the text to
    /// `readString(text, fileName)`; a file that cannot be read gives a Result holding only
    /// TextFile's diagnostics. Result needs a `diagnostics` member.
    template <class Result, class ReadString>
    static Result readFile(const std::filesystem::path& file, std::size_t maxBytes,
                           ReadString readString) {
        const std::string name = file.string();
        auto text = TextFile::read(file, name, maxBytes);
        if (!text.text) {
            Result r;
            r.diagnostics = std::move(text.diagnostics);
            return r;
        }
        Result r = readString(*text.text, name);
        r.diagnostics.insert(r.diagnostics.begin(), text.diagnostics.begin(),
                             text.diagnostics.end());
        return r;
    }

    /// Checks the bytes (TextFile::check: no NUL, valid UTF-8, …) and parses them into `doc`;
    /// false, with an error, when either fails.
    bool parse(tinyxml2::XMLDocument& doc, std::string_view xml);

    /// The document's root element when it is <name>; otherwise nullptr, with the error
    /// "the root element is <x>, not <name>: " + `what` (e.g. "this is not a results file").
    const tinyxml2::XMLElement* root(const tinyxml2::XMLDocument& doc, const char* name,
                                     const char* what);
    /// Checks the root's required format="…" attribute is `known`; an error naming the
    /// version this build reads otherwise.
    void format(const tinyxml2::XMLElement& root, const char* known);

    void error(int line, std::string message);
    void warning(int line, std::string message);
    const std::string& file() const { return file_; }

    /// An attribute's value; an error when required and missing, or longer than maxLength.
    std::optional<std::string> attribute(const tinyxml2::XMLElement& e, const char* name,
                                         bool required, std::size_t maxLength = 200);
    /// A whole-number attribute within [low, high].
    std::optional<std::int64_t> integer(const tinyxml2::XMLElement& e, const char* name,
                                        bool required, std::int64_t low, std::int64_t high);
    /// A decimal attribute within [low, high].
    std::optional<double> decimal(const tinyxml2::XMLElement& e, const char* name, bool required,
                                  double low, double high);
    /// The element's text (no child elements allowed), with its whitespace collapsed; an error
    /// when it is longer than maxLength bytes.
    std::string text(const tinyxml2::XMLElement& e, std::size_t maxLength, bool required = true);
    /// An error for each attribute not in `allowed`.
    void onlyAttributes(const tinyxml2::XMLElement& e, std::initializer_list<const char*> allowed);

    /// "<name>" for messages.
    static std::string tag(const tinyxml2::XMLElement& e);
    /// The first `maxLength` bytes of a value, for messages (never a 10 MB echo).
    static std::string clip(std::string_view value, std::size_t maxLength = 40);

private:
    std::string file_;
    core::Diagnostics& out_;
};

} // namespace yaddas::io
