#include <io/Language.hpp>

#include <core/I18n.hpp>
#include <core/Plural.hpp>

#include <catch2/catch.hpp>

#include <map>
#include <string>

using yaddas::core::I18n;
using yaddas::core::Plural;
using yaddas::io::Language;

namespace {

Language::Getenv environment(std::map<std::string, std::string> values) {
    return [values = std::move(values)](const char* name) -> const char* {
        const auto it = values.find(name);
        return it == values.end() ? nullptr : it->second.c_str();
    };
}

/// Puts the interface back into English, whatever a test switched to.
struct English {
    ~English() { Language::use("en"); }
};

} // namespace

TEST_CASE("The system's language is read as gettext reads it", "[i18n]") {
    CHECK(Language::normalize("az_AZ.UTF-8") == "az");
    CHECK(Language::normalize("ru_RU") == "ru");
    CHECK(Language::normalize("en_GB.UTF-8@euro") == "en");
    CHECK(Language::normalize("de_DE.UTF-8").empty());
    CHECK(Language::fromEnvironment(environment({})) == "en");
    CHECK(Language::fromEnvironment(environment({{"LANG", "az_AZ.UTF-8"}})) == "az");
    CHECK(Language::fromEnvironment(
              environment({{"LANG", "az_AZ.UTF-8"}, {"LC_MESSAGES", "ru_RU"}})) == "ru");
    CHECK(Language::fromEnvironment(environment({{"LC_ALL", "en_US.UTF-8"}, {"LANG", "ru_RU"}})) ==
          "en");
    // LANGUAGE is a list: the first language we ship wins.
    CHECK(Language::fromEnvironment(environment({{"LANGUAGE", "de:az:ru"}, {"LANG", "ru_RU"}})) ==
          "az");
    CHECK(Language::fromEnvironment(environment({{"LANGUAGE", "de:fr"}, {"LANG", "de_DE"}})) ==
          "en");
}

TEST_CASE("The interface switches language while running", "[i18n]") {
    English restore;
    Language::use("az");
    CHECK(Language::current() == "az");
    CHECK(std::string(I18n::tr("Options")) == "Seçimlər");
    Language::use("ru");
    CHECK(std::string(I18n::tr("Options")) == "Параметры");
    // Russian counts take three forms.
    CHECK(Plural::count(1, "module", "modules") == "1 модуль");
    CHECK(Plural::count(3, "module", "modules") == "3 модуля");
    CHECK(Plural::count(5, "module", "modules") == "5 модулей");
    CHECK(Plural::count(21, "module", "modules") == "21 модуль");
    Language::use("xx");
    CHECK(Language::current() == "en");
    CHECK(std::string(I18n::tr("Options")) == "Options");
    CHECK(Plural::count(1, "module", "modules") == "1 module");
}
