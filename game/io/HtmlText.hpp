#pragma once

#include <string>
#include <string_view>

namespace yaddas::io {

/// HTML escaping shared by the writers that produce HTML: Moodle question texts and the class
/// report page.
class HtmlText {
public:
    /// Which quotes are escaped besides & < >: Moodle texts keep apostrophes as they are (its
    /// exports always have), the report also escapes them for single-quoted attributes.
    enum class Quotes { Double, DoubleAndSingle };

    /// `text` with & < > " (and ' with DoubleAndSingle) written as character references.
    static std::string escape(std::string_view text, Quotes quotes);
};

} // namespace yaddas::io
