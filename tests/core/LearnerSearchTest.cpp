#include <core/LearnerSearch.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using yaddas::core::LearnerSearch;

namespace {

std::vector<std::string> names(const LearnerSearch& search, const std::vector<std::size_t>& found) {
    std::vector<std::string> out;
    for (std::size_t i : found) {
        out.push_back(search.all()[i].name);
    }
    return out;
}

std::vector<std::string> all(const LearnerSearch& search) {
    std::vector<std::string> out;
    for (const auto& l : search.all()) {
        out.push_back(l.name);
    }
    return out;
}

} // namespace

TEST_CASE("Learners: the most recently used first, then by name", "[core][learners]") {
    const LearnerSearch search(
        {{"Zaur", 100}, {"\u018fli", 300}, {"Aysel", 100}, {"Nigar", 0}, {"Bahar", 200}});
    CHECK(all(search) == std::vector<std::string>{"\u018fli", "Bahar", "Aysel", "Zaur", "Nigar"});
    // Files copied together have one time: by name, Ə with E (not after Z).
    const LearnerSearch copied({{"Zaur", 5}, {"\u018fli", 5}, {"Aysel", 5}});
    CHECK(all(copied) == std::vector<std::string>{"Aysel", "\u018fli", "Zaur"});
}

TEST_CASE("Learners: a query ignores case and Azerbaijani letters", "[core][learners]") {
    const LearnerSearch search({{"G\u00fcl\u015f\u0259n M\u0259mm\u0259dova", 10},
                                {"Aysel Quliyeva", 20},
                                {"\u0130lham \u00c7obanl\u0131", 30},
                                {"Ada", 40}});
    const std::string gulsen = "G\u00fcl\u015f\u0259n M\u0259mm\u0259dova";
    CHECK(names(search, search.find("gulsen")) == std::vector<std::string>{gulsen});
    CHECK(names(search, search.find("G\u00dcL\u015e\u018fN")) == std::vector<std::string>{gulsen});
    CHECK(names(search, search.find("m\u0259mm")) == std::vector<std::string>{gulsen});
    CHECK(names(search, search.find("ilham cob")) ==
          std::vector<std::string>{"\u0130lham \u00c7obanl\u0131"});
    CHECK(names(search, search.find("\u00e7obanli")) ==
          std::vector<std::string>{"\u0130lham \u00c7obanl\u0131"});
    // The English spelling of ş meets it too.
    CHECK(names(search, search.find("Gulshan")) == std::vector<std::string>{gulsen});
    CHECK(search.find("xyz").empty());
    CHECK(search.find("").size() == 4);
    CHECK(search.find("  ").size() == 4);
}

TEST_CASE("Learners: the best matches first, then the most recent", "[core][learners]") {
    const LearnerSearch search({{"Natalia", 50}, // contains "ali"
                                {"Ali Aliyev", 10},
                                {"\u018fli", 20},
                                {"Alina", 30}});
    // "\u018fli" folds to "eli": not a match for "ali" (its English spelling "ali" is).
    CHECK(names(search, search.find("ali")) ==
          std::vector<std::string>{"\u018fli", "Alina", "Ali Aliyev", "Natalia"});
    CHECK(names(search, search.find("Ali Aliyev")) == std::vector<std::string>{"Ali Aliyev"});
    CHECK(names(search, search.find("aliyev ali")) == std::vector<std::string>{"Ali Aliyev"});
}

TEST_CASE("Learners: the exact name, whatever its case and accents", "[core][learners]") {
    const LearnerSearch search({{"Ada", 1}, {"Adal\u0259t", 2}, {"G\u00fcl\u015f\u0259n", 3}});
    REQUIRE(search.exact("ada"));
    CHECK(search.all()[*search.exact("ada")].name == "Ada");
    REQUIRE(search.exact(" GULSEN "));
    CHECK(search.all()[*search.exact(" GULSEN ")].name == "G\u00fcl\u015f\u0259n");
    CHECK_FALSE(search.exact("Ad"));
    CHECK_FALSE(search.exact(""));
}
