#include <app/QuestionSources.hpp>

#include <core/Library.hpp>
#include <core/Question.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using yaddas::app::QuestionSources;
namespace core = yaddas::core;

namespace {

core::Source book() {
    core::Source s;
    s.id = "getty";
    s.kind = core::Source::Kind::Book;
    s.author = "Getty";
    s.title = "The Road";
    s.date = "1999";
    return s;
}

core::Person person(const std::string& id, int paragraph, std::vector<core::Citation> cites) {
    core::Person p;
    p.meta.id = id;
    p.meta.sourceParagraph = paragraph;
    p.meta.excerpt = paragraph > 0 ? "the words of the text" : "";
    p.meta.cites = std::move(cites);
    p.nameEn = id;
    return p;
}

core::Library library(std::vector<core::Person> people) {
    core::Module m;
    m.id = "m";
    m.people = std::move(people);
    return core::Library({m}, core::SourceText{}, {book()});
}

core::Question about(const std::string& factId) {
    core::Question q;
    q.factId = factId;
    q.relatedFacts = {factId};
    q.moduleId = "m";
    return q;
}

} // namespace

TEST_CASE("QuestionSources: a fact citing a book and the source text", "[app][sources]") {
    const auto lib = library({person("p-a", 3, {{"getty", "p. 5", "", 0}})});
    const auto s = QuestionSources::of(lib, about("p-a"));
    CHECK(s.line == "Sources: Getty, The Road (1999), p. 5; the source text, paragraph 3");
    REQUIRE(s.quotes.size() == 1);
    CHECK(s.quotes.front() == "\u201cthe words of the text\u201d (the source text, paragraph 3)");
}

TEST_CASE("QuestionSources: a fact that does not cite the source text never names it",
          "[app][sources]") {
    const auto lib = library({person("p-b", 0, {{"getty", "", "their own words", 0}})});
    const auto s = QuestionSources::of(lib, about("p-b"));
    CHECK(s.line == "Source: Getty, The Road (1999)");
    REQUIRE(s.quotes.size() == 1);
    CHECK(s.quotes.front() == "\u201ctheir own words\u201d"); // the line above names the work
    CHECK(s.line.find("source text") == std::string::npos);
}

TEST_CASE("QuestionSources: several facts list each work once, the source text last",
          "[app][sources]") {
    const auto lib = library({person("p-a", 3, {{"getty", "p. 5", "", 0}}),
                              person("p-b", 0, {{"getty", "p. 5", "", 0}})});
    auto q = about("p-a");
    q.relatedFacts = {"p-a", "p-b"};
    const auto s = QuestionSources::of(lib, q);
    CHECK(s.line == "Sources: Getty, The Road (1999), p. 5; the source text, paragraph 3");
    CHECK(s.quotes.empty());
}

TEST_CASE("QuestionSources: who states a fact that is not confirmed", "[app][sources]") {
    auto a = person("p-a", 3, {});
    a.meta.status = core::Status::Unverified;
    a.meta.attribution = "the source text";
    auto b = person("p-b", 0, {{"getty", "", "", 0}});
    b.meta.status = core::Status::Unverified;
    b.meta.attribution = "the source text";
    auto c = person("p-c", 3, {});
    c.meta.status = core::Status::Contested;
    c.meta.attribution = "most biographies";
    auto d = person("p-d", 3, {{"getty", "", "", 0}});
    const auto lib = library({a, b, c, d});
    CHECK(QuestionSources::statedBy(lib, about("p-a")) == "as the source text states it");
    CHECK(QuestionSources::statedBy(lib, about("p-b")).empty());
    CHECK(QuestionSources::statedBy(lib, about("p-c")) == "as stated by most biographies");
    CHECK(QuestionSources::statedBy(lib, about("p-d")).empty()); // confirmed
    CHECK(QuestionSources::statedBy(lib, about("p-none")).empty());
}
