#include <core/CitationText.hpp>

#include <catch2/catch.hpp>

using namespace yaddas;
using core::CitationText;
using core::Source;

namespace {

core::Library libraryWith(std::vector<Source> sources) {
    return core::Library({}, core::SourceText::fromText("One.\nTwo.\n"), std::move(sources));
}

Source source(std::string id, Source::Kind kind, std::string author, std::string title,
              std::string date, std::string publisher, std::string url) {
    Source s;
    s.id = std::move(id);
    s.kind = kind;
    s.author = std::move(author);
    s.title = std::move(title);
    s.date = std::move(date);
    s.publisher = std::move(publisher);
    s.url = std::move(url);
    return s;
}

} // namespace

TEST_CASE("A citation reads author, title, year and locator", "[core][citation]") {
    const auto library = libraryWith(
        {source("book", Source::Kind::Book, "J. Arch Getty and Oleg V. Naumov",
                "The Road to Terror", "1999", "Yale University Press", ""),
         source("wp", Source::Kind::Encyclopedia, "Wikipedia contributors", "Great Purge", "",
                "Wikipedia", "https://en.wikipedia.org/wiki/Great_Purge"),
         source("order", Source::Kind::Decree, "", "NKVD Order No. 00447", "30 July 1937", "",
                "")});
    CHECK(CitationText::line(library, {"book", "appendix", "", 0}) ==
          "J. Arch Getty and Oleg V. Naumov, The Road to Terror (1999), appendix");
    CHECK(CitationText::line(library, {"wp", "", "", 0}) == "\u201cGreat Purge\u201d, Wikipedia");
    CHECK(CitationText::line(library, {"order", "article 2", "", 0}) ==
          "NKVD Order No. 00447 (1937), article 2");
    CHECK(CitationText::line(library, {"source-text", "paragraph 2", "", 0}) ==
          "the source text, paragraph 2");
    CHECK(CitationText::line(library, {"missing", "", "", 0}) == "missing");

    core::FactMeta meta;
    meta.sourceParagraph = 2;
    meta.excerpt = "Two.";
    meta.cites = {{"wp", "", "", 0}, {"book", "p. 5", "", 0}};
    CHECK(CitationText::forFact(library, meta) ==
          "\u201cGreat Purge\u201d, Wikipedia; J. Arch Getty and Oleg V. Naumov, The Road to "
          "Terror (1999), p. 5; the source text, paragraph 2");
    CHECK(CitationText::quote(meta.citations().front()) == "\u201cTwo.\u201d");
}

TEST_CASE("A bibliography entry gives everything a reader needs to find the work",
          "[core][citation]") {
    CHECK(CitationText::entry(source("book", Source::Kind::Book, "J. Arch Getty", "The Road",
                                     "1999", "Yale University Press", "")) ==
          "J. Arch Getty. The Road. Yale University Press, 1999.");
    CHECK(CitationText::entry(source("wp", Source::Kind::Encyclopedia, "", "Great Purge", "",
                                     "Wikipedia", "https://en.wikipedia.org/wiki/Great_Purge")) ==
          "Great Purge. Wikipedia. https://en.wikipedia.org/wiki/Great_Purge");
    CHECK(CitationText::entry(Source::sourceText()).find("source text") != std::string::npos);
}
