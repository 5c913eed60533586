#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace yaddas::io {

/// HTML escaping shared by the writers that produce HTML (Moodle question texts, the class
/// report page), and the one decoder of character references (Moodle question texts read).
class HtmlText {
public:
    /// Which quotes are escaped besides & < >: Moodle texts keep apostrophes as they are (its
    /// exports always have), the report also escapes them for single-quoted attributes.
    enum class Quotes { Double, DoubleAndSingle };

    /// `text` with & < > " (and ' with DoubleAndSingle) written as character references.
    static std::string escape(std::string_view text, Quotes quotes);
    /// `html` with every character reference decoded: HTML5's named ones (`&mdash;`, `&laquo;`,
    /// all of HTML 4's 252 among them) and numeric ones (`&#8212;`, `&#x2014;`). Anything else
    /// after '&' is kept as written.
    static std::string unescape(std::string_view html);
    /// The text of one reference without its '&' and ';' ("mdash", "#8212"), or empty when it
    /// is none.
    static std::optional<std::string> entity(std::string_view name);
};

} // namespace yaddas::io
