#include <core/Library.hpp>

#include <catch2/catch.hpp>

using namespace yaddas::core;

namespace {

Module module(const std::string& id, const std::string& language, const std::string& title) {
    Module m;
    m.id = id;
    m.language = language;
    m.title = title;
    Person p;
    p.meta.id = "p-javid";
    p.nameEn = language == "ru" ? "Гусейн Джавид" : "Huseyn Javid";
    p.nameAz = "Hüseyn Cavid";
    m.people.push_back(p);
    return m;
}

} // namespace

TEST_CASE("A library in a language shows each module's translation, else the English one marked",
          "[library][i18n]") {
    Library library({module("one", "en", "One"), module("two", "en", "Two")}, SourceText{});
    library.addTranslation(module("one", "ru", "Один"));

    Library russian = library.inLanguage("ru");
    REQUIRE(russian.modules().size() == 2);
    CHECK(russian.modules()[0].title == "Один");
    CHECK_FALSE(russian.modules()[0].untranslated);
    CHECK(russian.modules()[1].title == "Two");
    CHECK(russian.modules()[1].untranslated);

    Library english = library.inLanguage("en");
    CHECK(english.modules()[0].title == "One");
    CHECK_FALSE(english.modules()[1].untranslated);

    // A name typed in any language's spelling is one of the person's spellings.
    auto spellings = english.modules()[0].people[0].spellings();
    CHECK(std::find(spellings.begin(), spellings.end(), "Гусейн Джавид") != spellings.end());
    auto ru = russian.modules()[0].people[0].spellings();
    CHECK(std::find(ru.begin(), ru.end(), "Huseyn Javid") != ru.end());
}

TEST_CASE("Lookups by id find what a search from the start finds", "[library]") {
    Module one = module("one", "en", "One");
    Source own;
    own.id = "own-source";
    own.title = "Own";
    one.sources.push_back(own);
    Module two = module("two", "en", "Two"); // p-javid again: the first one is found
    Source again = own;
    again.title = "Again";
    two.sources.push_back(again);
    Event e;
    e.meta.id = "e-only";
    two.events.push_back(e);
    Source shared;
    shared.id = "own-source";
    shared.title = "Shared";
    const Library library({one, two}, SourceText{}, {shared});

    CHECK(library.find("two") == &library.modules()[1]);
    CHECK(library.find("three") == nullptr);
    CHECK(library.moduleOfFact("p-javid") == &library.modules()[0]);
    CHECK(library.moduleOfFact("e-only") == &library.modules()[1]);
    CHECK(library.moduleOfFact("nothing") == nullptr);
    CHECK(library.findPerson("p-javid") == &library.modules()[0].people[0]);
    CHECK(library.findPerson("e-only") == nullptr);
    CHECK(library.findSource("own-source")->title == "Shared"); // the bibliography first
    CHECK(library.findSource(std::string(Source::sourceTextId)) != nullptr);
    CHECK(library.findSource("nothing") == nullptr);
    const Library without({one, two}, SourceText{});
    CHECK(without.findSource("own-source")->title == "Own");

    // The translation's library has its own modules' facts.
    Library withTranslation({one, two}, SourceText{});
    withTranslation.addTranslation(module("one", "ru", "Один"));
    const Library russian = withTranslation.inLanguage("ru");
    CHECK(russian.moduleOfFact("p-javid") == &russian.modules()[0]);
    CHECK(russian.findPerson("p-javid")->nameEn == "Гусейн Джавид");
}

TEST_CASE("Every fact has a number, and facts sharing an id the number of the first", "[library]") {
    Module one = module("one", "en", "One");
    Event e;
    e.meta.id = "e-first";
    one.events.push_back(e);
    Term t;
    t.meta.id = "t-term";
    one.terms.push_back(t);
    Claim c;
    c.meta.id = "c-imported";
    c.generated = false;
    one.claims.push_back(c);
    AuthoredQuestion asked;
    asked.fact = "c-imported";
    AuthoredQuestion elsewhere;
    elsewhere.fact = "e-first";
    AuthoredQuestion unknown;
    unknown.fact = "nothing";
    Module two = module("two", "en", "Two");
    two.questions = {asked, elsewhere, unknown};
    const Library library({one, two}, SourceText{});

    REQUIRE(library.factCount() == one.factCount() + two.factCount());
    for (std::size_t n = 0; n < library.factCount(); ++n) {
        const Module& m = library.moduleOf(n);
        const FactMeta& fact = library.fact(n);
        INFO(fact.id);
        CHECK(m.findFact(fact.id) != nullptr);
        CHECK(library.categoryOf(n) == m.categoryOf(fact.id));
        CHECK(library.factNumber(fact.id) == library.firstWithSameId(n));
        CHECK(library.fact(library.firstWithSameId(n)).id == fact.id);
    }
    CHECK(library.firstFact(library.modules()[1]) == one.factCount());
    CHECK(library.firstWithSameId(one.factCount()) == *library.factNumber("p-javid"));
    CHECK(library.fact(library.firstFact(library.modules()[0])).id == "e-first");

    const Module& second = library.modules()[1];
    CHECK(library.authoredFact(second, 0) == library.factNumber("c-imported"));
    CHECK(library.authoredOnly(second, 0));
    CHECK(library.authoredFact(second, 1) == library.factNumber("e-first"));
    CHECK_FALSE(library.authoredOnly(second, 1));
    CHECK_FALSE(library.authoredFact(second, 2));
    CHECK_FALSE(library.authoredOnly(second, 2));
}
