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
