#pragma once

#include <core/MoodleQuestion.hpp>

#include <string>
#include <vector>

namespace yaddas::io {

/// Writes Moodle XML a teacher can import into Moodle's question bank: a category question
/// whenever the category changes, then the questions. Texts are HTML-escaped and written in
/// CDATA sections (format="html"); names and plain answers are XML-escaped.
class MoodleWriter {
public:
    static std::string toXml(const std::vector<core::MoodleQuestion>& questions);
    /// `text` with & < > " escaped for HTML.
    static std::string htmlEscape(const std::string& text);
};

} // namespace yaddas::io
