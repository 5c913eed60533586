#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace yaddas::core {

/// One entry of a bibliography: a work a fact, note or question can cite.
struct Source {
    enum class Kind { SourceText, Decree, Archive, Book, Article, Encyclopedia, Web, Testimony };

    /// The id of the course's own source text, which every library has without defining it.
    static constexpr std::string_view sourceTextId = "source-text";

    std::string id;
    Kind kind = Kind::Book;
    std::string author;
    std::string title;
    std::string date; ///< as the work gives it: "1999", "30 July 1937"
    std::string publisher;
    std::string url;
    std::string file; ///< where it was defined, for messages
    int line = 0;

    /// The built-in entry for the source text the lessons are derived from.
    static Source sourceText();

    /// The year in `date` ("1999" from "30 July 1999"), or empty.
    std::string year() const;
};

std::string_view toString(Source::Kind kind);
std::optional<Source::Kind> sourceKindFromString(std::string_view text);
/// "book", "decree or order", … as a reader would say it.
std::string_view describe(Source::Kind kind);

} // namespace yaddas::core
