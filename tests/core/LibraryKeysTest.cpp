#include <core/LibraryKeys.hpp>

#include "LibraryCopies.hpp"
#include "QuizFixtures.hpp"

#include <core/Library.hpp>
#include <core/TextNormalizer.hpp>
#include <io/LibraryLoader.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <set>

using namespace yaddas;

namespace {

core::Library shipped() {
    const std::filesystem::path lessons = std::filesystem::path(YADDAS_SOURCE_DIR) / "lessons";
    return io::LibraryLoader::load({lessons}, lessons / "source-text.txt").library;
}

/// The people a text names, found as QuestionBuilder found them before the keys: every person
/// of the library whose English name's key stands in the text's key as whole words.
std::multiset<std::size_t> namedByText(const core::Library& library, const std::string& text) {
    const std::string key = " " + core::TextNormalizer::plainKey(text) + " ";
    std::multiset<std::size_t> out;
    std::size_t i = 0;
    for (const core::Module& m : library.modules()) {
        for (const core::Person& p : m.people) {
            const std::string name = core::TextNormalizer::plainKey(p.nameEn);
            if (!name.empty() && key.find(" " + name + " ") != std::string::npos) {
                out.insert(i);
            }
            ++i;
        }
    }
    return out;
}

std::multiset<std::size_t> namedByKeys(const core::Library& library, const std::string& text) {
    std::set<std::size_t> found; // a person named twice counts once, as above
    library.keys().peopleNamedIn(core::TextNormalizer::plainKey(text),
                                 [&](std::size_t p) { found.insert(p); });
    return {found.begin(), found.end()};
}

} // namespace

TEST_CASE("The people a text names are found by the words of their names",
          "[core][quiz][library]") {
    const core::Library library = test::copies(shipped(), 2);
    std::vector<std::string> texts{
        "",
        "Huseyn Javid",
        "the poet Huseyn Javid was exiled",
        "Javid Huseyn",
        "Huseyn  Javid, and Mikayil Mushfig!",
        "HUSEYN JAVID",
        "Huseyn Javidov was someone else",
        "Ahmad Javad and Huseyn Javid and Ahmad Javad",
    };
    for (const core::Module& m : library.modules()) {
        for (const core::Event& e : m.events) {
            texts.push_back(e.label + " " + e.ask);
        }
        for (const core::Person& p : m.people) {
            texts.push_back(p.fate + " " + p.nameEn + " " + p.role);
        }
        for (const core::Section& s : m.sections) {
            for (const core::Block& b : s.blocks) {
                texts.push_back(b.plainText());
            }
        }
    }
    for (const std::string& text : texts) {
        INFO(text);
        CHECK(namedByKeys(library, text) == namedByText(library, text));
    }
}

TEST_CASE("A term's key lists the term words its definition holds", "[core][quiz][library]") {
    core::Module m = test::beginningModule();
    // A word that normalises to nothing stands only in a definition that does too.
    m.terms.push_back(test::term("t-dash", "\u2014", "\u2026"));
    m.terms.push_back(test::term("t-people", "people", "The enemy of the people, and more."));
    const core::Library library({m, test::peopleModule()}, core::SourceText::fromText("One.\n"));
    const auto& keys = library.keys();
    REQUIRE(keys.terms().size() == m.terms.size());
    for (std::size_t a = 0; a < m.terms.size(); ++a) {
        const std::string definition =
            " " + core::TextNormalizer::plainKey(m.terms[a].definition) + " ";
        for (std::size_t b = 0; b < m.terms.size(); ++b) {
            const std::string word = " " + core::TextNormalizer::plainKey(m.terms[b].word) + " ";
            const auto& mentions = keys.terms()[a].mentions;
            INFO(m.terms[a].meta.id << " mentions " << m.terms[b].meta.id);
            CHECK(std::binary_search(mentions.begin(), mentions.end(), keys.terms()[b].word) ==
                  (definition.find(word) != std::string::npos));
        }
    }
}

TEST_CASE("A copy of a library keeps its keys and indexes", "[core][quiz][library]") {
    const core::Library original = test::quizLibrary();
    core::Library copy = original;
    CHECK(copy.keys().people().size() == original.keys().people().size());
    REQUIRE(copy.placeOf(copy.modules()[1]));
    CHECK(*copy.placeOf(copy.modules()[1]) == 1);
    CHECK_FALSE(copy.placeOf(original.modules()[1])); // another library's module
    CHECK(copy.moduleOfFact("p-javid") == &copy.modules()[2]);
    copy = test::copies(original, 2);
    CHECK(copy.moduleOfFact("p-javid-k1") == &copy.modules()[5]);
    CHECK(copy.keys().people().size() == 2 * original.keys().people().size());
}
