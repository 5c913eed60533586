#pragma once

#include <core/Diagnostic.hpp>
#include <core/MoodleQuestion.hpp>

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace yaddas::io {

/// Reads a Moodle XML question bank (a `<quiz>` of `<question>`s, or a single bare
/// `<question>`) into plain MoodleQuestions: HTML in texts is reduced to plain text, the
/// category in force is noted on each question, embedded media is flagged. Never throws.
class MoodleReader {
public:
    static constexpr std::size_t maxBytes = 16u * 1024u * 1024u;
    static constexpr std::size_t maxQuestions = 10000;

    struct Result {
        std::vector<core::MoodleQuestion> questions; ///< categories included, in file order
        core::Diagnostics diagnostics;
        bool ok = false; ///< false when the file could not be read as a question bank at all
    };

    static Result readFile(const std::filesystem::path& file);
    static Result readString(std::string_view xml, const std::string& fileName);
    /// Plain text from Moodle's HTML: tags dropped (block tags and <br> become spaces), the
    /// character references decoded (HtmlText::unescape), whitespace collapsed.
    static std::string plainText(std::string_view html);
};

} // namespace yaddas::io
