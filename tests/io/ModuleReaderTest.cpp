#include <io/ModuleReader.hpp>

#include "DiagnosticMatch.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>

using namespace yaddas;
using testing::all;
using testing::has;
namespace fs = std::filesystem;

namespace {

const fs::path fixtures = fs::path(YADDAS_FIXTURES_DIR) / "modules";

io::ModuleReader::Result read(const std::string& name) {
    return io::ModuleReader::readFile(fixtures / name);
}

} // namespace

TEST_CASE("ModuleReader loads a complete module with all its fields", "[io][module]") {
    auto r = read("valid/minimal.xml");
    INFO(all(r.diagnostics));
    REQUIRE(r.diagnostics.empty());
    REQUIRE(r.module);
    const core::Module& m = *r.module;
    CHECK(m.id == "beginning");
    CHECK(m.order == 1);
    CHECK(m.line == 3);
    CHECK(m.file == (fixtures / "valid/minimal.xml").string());
    CHECK(m.title == "The beginning: 28 April 1920");
    CHECK(m.summary == "How Soviet rule came to Azerbaijan, and who was repressed.");
    REQUIRE(m.objectives.size() == 2);
    CHECK(m.objectives[1] == "Who Huseyn Javid was.");

    REQUIRE(m.sections.size() == 2);
    const core::Section& s = m.sections[0];
    CHECK(s.id == "s-soviet-rule");
    CHECK(s.title == "Soviet rule arrives");
    CHECK(s.line == 8);
    REQUIRE(s.blocks.size() == 3);
    const core::Block& p = s.blocks[0];
    CHECK(p.kind == core::Block::Kind::Paragraph);
    CHECK(p.sourceParagraph == 1);
    CHECK(p.line == 9);
    CHECK(p.plainText() == "On 28 April 1920 the Red Army took Baku; the Musavat government fell. "
                           "1,575,259 Huseyn Javid was one.");
    REQUIRE(p.spans.size() == 9);
    CHECK(p.spans[0].kind == core::Span::Kind::Text);
    CHECK(p.spans[0].text == "On ");
    CHECK(p.spans[1].kind == core::Span::Kind::Date);
    CHECK(p.spans[1].text == "28 April 1920");
    CHECK(p.spans[1].ref == "e-sovietization");
    CHECK(p.spans[3].kind == core::Span::Kind::Term);
    CHECK(p.spans[3].ref == "t-musavat");
    CHECK(p.spans[5].kind == core::Span::Kind::Number);
    CHECK(p.spans[5].text == "1,575,259");
    // The space between two marked spans survives as plain text.
    CHECK(p.spans[6].kind == core::Span::Kind::Text);
    CHECK(p.spans[6].text == " ");
    CHECK(p.spans[7].kind == core::Span::Kind::Name);
    CHECK(p.spans[7].ref == "p-javid");
    const core::Block& note = s.blocks[1];
    CHECK(note.kind == core::Block::Kind::Note);
    CHECK(note.sourceParagraph == 10);
    CHECK(note.plainText() == "A context note & what sources add.");
    CHECK(s.blocks[2].kind == core::Block::Kind::Card);
    CHECK(s.blocks[2].person == "p-javid");
    CHECK(m.sections[1].blocks[0].sourceParagraph == 0);
    CHECK(m.sections[1].blocks[0].spans[1].ref.empty());

    REQUIRE(m.events.size() == 2);
    const core::Event& e = m.events[0];
    CHECK(e.meta.id == "e-sovietization");
    CHECK(e.meta.line == 24);
    CHECK(e.meta.sourceParagraph == 1);
    CHECK(e.meta.status == core::Status::Confirmed);
    CHECK(e.meta.excerpt == "since Apr 28, 1920");
    CHECK(e.when.from == core::HistoricalDate::ofDay(1920, 4, 28));
    CHECK_FALSE(e.when.isRange());
    CHECK(e.label == "Soviet rule was established in Azerbaijan");
    REQUIRE(m.events[1].when.to);
    CHECK(m.events[1].when.from.iso() == "1937-08");
    CHECK(m.events[1].when.to->iso() == "1938-11");
    CHECK(
        m.events[1].meta.excerpt ==
        "During 1937-38 it had have been decided to carry out repressions out of law court, too.");

    REQUIRE(m.figures.size() == 1);
    const core::Figure& f = m.figures[0];
    CHECK(f.meta.id == "f-ussr-arrested");
    CHECK(f.meta.status == core::Status::Contested);
    CHECK(f.value == 1575259);
    CHECK(f.approximate);
    CHECK(f.tolerance.kind == core::Tolerance::Kind::Percent);
    CHECK(f.tolerance.amount == Approx(5.0));
    CHECK(f.counts == "people arrested in the USSR");
    CHECK(f.scope.where == "USSR");
    CHECK(f.scope.when == "1937\u20131938");
    CHECK(f.scope.by == "NKVD");
    CHECK(f.meta.attribution == "the source text");
    CHECK(f.meta.contextSource == "Getty and Naumov, The Road to Terror, appendix");
    CHECK(f.meta.context == "The number is real, but it counts the USSR in 1937\u20131938 only.");

    REQUIRE(m.people.size() == 1);
    const core::Person& person = m.people[0];
    CHECK(person.meta.id == "p-javid");
    CHECK(person.nameEn == "Huseyn Javid");
    CHECK(person.nameAz == "H\u00fcseyn Cavid");
    CHECK(person.otherSpellings == std::vector<std::string>{"Huseyn Javid", "Gusein Dzhavid"});
    CHECK(person.born == core::HistoricalDate::ofYear(1882));
    CHECK(person.died == core::HistoricalDate::ofYear(1941));
    CHECK(person.role == "poet and playwright");
    CHECK(person.fate == "arrested in 1937, died in exile in 1941");

    REQUIRE(m.terms.size() == 1);
    CHECK(m.terms[0].word == "Musavat");
    CHECK(m.terms[0].definition == "A party founded in 1911.");
    CHECK(m.terms[0].meta.excerpt.empty());

    REQUIRE(m.claims.size() == 1);
    CHECK(m.claims[0].holds == core::Claim::Holds::No);
    CHECK(m.claims[0].statement == "Repression was directed only against the opposition.");
    CHECK(m.claims[0].reason == "The text itself says communists were repressed too.");

    REQUIRE(m.questions.size() == 2);
    const core::AuthoredQuestion& q = m.questions[0];
    CHECK(q.id == "q-first-date");
    CHECK(q.kind == core::AuthoredQuestion::Kind::Single);
    CHECK(q.fact == "e-sovietization");
    CHECK_FALSE(q.category);
    CHECK(q.prompt == "On which date was Soviet rule established in Azerbaijan?");
    REQUIRE(q.options.size() == 3);
    CHECK(q.options[0].text == "28 April 1920");
    CHECK(q.options[0].correct);
    CHECK_FALSE(q.options[1].correct);
    CHECK_FALSE(q.options[2].correct);
    CHECK(q.explanation == "The Red Army took Baku on 28 April 1920.");
    CHECK(m.questions[1].kind == core::AuthoredQuestion::Kind::TrueFalse);
    CHECK(m.questions[1].category == core::Category::Ideas);
    CHECK(m.questions[1].options[1].correct);
}

TEST_CASE("ModuleReader reports each format error with its file and line", "[io][module]") {
    SECTION("not well-formed XML") {
        auto r = read("bad/syntax.xml");
        CHECK_FALSE(r.module);
        CHECK(has(r.diagnostics, "bad/syntax.xml", 25, "closing tag does not match"));
    }
    SECTION("a typo in an element name") {
        auto r = read("bad/typo-element.xml");
        INFO(all(r.diagnostics));
        CHECK(has(r.diagnostics, "bad/typo-element.xml", 5, "unknown element <sumary>"));
        CHECK(has(r.diagnostics, "bad/typo-element.xml", 5, "did you mean <summary>"));
        CHECK(has(r.diagnostics, "bad/typo-element.xml", 3, "lacks <summary>"));
    }
    SECTION("an unknown attribute") {
        auto r = read("bad/unknown-attribute.xml");
        INFO(all(r.diagnostics));
        CHECK(has(r.diagnostics, "bad/unknown-attribute.xml", 12, "no attribute 'colour'"));
        CHECK(r.diagnostics.size() == 1);
    }
    SECTION("a day that does not exist") {
        auto r = read("bad/impossible-date.xml");
        INFO(all(r.diagnostics));
        CHECK(has(r.diagnostics, "bad/impossible-date.xml", 24, "'1938-02-31' is impossible"));
    }
    SECTION("numbers that do not parse") {
        auto r = read("bad/numbers.xml");
        INFO(all(r.diagnostics));
        CHECK(has(r.diagnostics, "bad/numbers.xml", 3, "order=\"first\""));
        CHECK(has(r.diagnostics, "bad/numbers.xml", 28, "source=\"13a\""));
        CHECK(has(r.diagnostics, "bad/numbers.xml", 33, "value=\"1,575,259\""));
        CHECK(has(r.diagnostics, "bad/numbers.xml", 33, "tolerance=\"five\""));
        CHECK(r.diagnostics.size() == 4);
    }
    SECTION("required text that is missing or empty") {
        auto r = read("bad/missing-text.xml");
        INFO(all(r.diagnostics));
        CHECK(has(r.diagnostics, "bad/missing-text.xml", 4, "<title> is empty"));
        CHECK(has(r.diagnostics, "bad/missing-text.xml", 24, "<event> lacks <label>"));
        CHECK(has(r.diagnostics, "bad/missing-text.xml", 43, "<name-en> is empty"));
        CHECK(has(r.diagnostics, "bad/missing-text.xml", 56, "<statement> is empty"));
    }
    SECTION("children out of order") {
        auto r = read("bad/out-of-order.xml");
        INFO(all(r.diagnostics));
        CHECK(has(r.diagnostics, "bad/out-of-order.xml", 48, "<role> is out of place"));
    }
    SECTION("an entity XML does not know") {
        auto r = read("bad/entity.xml");
        INFO(all(r.diagnostics));
        CHECK(has(r.diagnostics, "bad/entity.xml", 11, "'&nbsp;' is not a known entity"));
    }
    SECTION("values outside their lists") {
        auto r = read("bad/enum-values.xml");
        INFO(all(r.diagnostics));
        CHECK(has(r.diagnostics, "bad/enum-values.xml", 34, "approximate=\"yes\""));
        CHECK(has(r.diagnostics, "bad/enum-values.xml", 51, "status=\"maybe\""));
        CHECK(has(r.diagnostics, "bad/enum-values.xml", 55, "holds=\"perhaps\""));
        CHECK(has(r.diagnostics, "bad/enum-values.xml", 65, "kind=\"essay\""));
    }
}

TEST_CASE("ModuleReader refuses documents that are not modules", "[io][module]") {
    auto r1 = io::ModuleReader::readString("<lesson/>", "x.xml");
    CHECK_FALSE(r1.module);
    CHECK(has(r1.diagnostics, "x.xml", 1, "root element is <lesson>"));

    auto r2 = io::ModuleReader::readString("<!DOCTYPE module [<!ENTITY a \"aaaa\">]>\n<module/>",
                                           "x.xml");
    CHECK(has(r2.diagnostics, "x.xml", 1, "DOCTYPE"));

    auto r3 = io::ModuleReader::readString(
        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<module/>", "x.xml");
    CHECK(has(r3.diagnostics, "x.xml", 1, "encoding 'ISO-8859-1'"));

    auto comment =
        io::ModuleReader::readString("<!-- fine -->\n<!-- not -- fine -->\n<module/>", "x.xml");
    CHECK(has(comment.diagnostics, "x.xml", 2, "comment holds '--'"));
    CHECK_FALSE(has(comment.diagnostics, "x.xml", 1, "comment"));

    auto r4 =
        io::ModuleReader::readString("<module id='a' order='1' format='3'/>\n<module/>", "x.xml");
    CHECK(has(r4.diagnostics, "x.xml", 1, "format=\"3\""));
    CHECK(has(r4.diagnostics, "x.xml", 2, "second root element"));
    CHECK(core::hasErrors(r4.diagnostics));
}

TEST_CASE("ModuleReader survives hostile files quickly and says what is wrong",
          "[io][module][robust]") {
    const fs::path tmp =
        fs::temp_directory_path() / ("yaddas-reader-" + std::to_string(std::random_device{}()));
    fs::create_directories(tmp);

    SECTION("an empty file") {
        auto r = read("robust/empty.xml");
        CHECK_FALSE(r.module);
        REQUIRE(r.diagnostics.size() == 1);
        CHECK(r.diagnostics[0].message.find("empty") != std::string::npos);
    }
    SECTION("a file of blanks") {
        auto r = io::ModuleReader::readString("  \n\n  ", "blank.xml");
        CHECK_FALSE(r.module);
        CHECK(has(r.diagnostics, "blank.xml", 0, "empty"));
    }
    SECTION("binary garbage") {
        std::mt19937_64 rng(20260425);
        std::string bytes(4096, '\0');
        for (char& c : bytes) {
            c = static_cast<char>(rng() & 0xFF);
        }
        auto r = io::ModuleReader::readString(bytes, "garbage.bin");
        CHECK_FALSE(r.module);
        REQUIRE(r.diagnostics.size() == 1);
        CHECK(r.diagnostics[0].file == "garbage.bin");
    }
    SECTION("a NUL byte names its line") {
        auto r =
            io::ModuleReader::readString(std::string("<module>\n\n\0</module>", 20), "nul.xml");
        CHECK(has(r.diagnostics, "nul.xml", 3, "NUL byte"));
    }
    SECTION("invalid UTF-8 names the line of the first bad byte") {
        auto r = read("robust/latin1.xml");
        CHECK_FALSE(r.module);
        CHECK(has(r.diagnostics, "robust/latin1.xml", 4, "not valid UTF-8"));
    }
    SECTION("UTF-16 is recognised") {
        auto r = io::ModuleReader::readString(std::string("\xFF\xFE<\0m\0", 6), "utf16.xml");
        CHECK(has(r.diagnostics, "utf16.xml", 1, "UTF-16"));
    }
    SECTION("a UTF-8 byte order mark is accepted") {
        std::ifstream in(fixtures / "valid/minimal.xml", std::ios::binary);
        const std::string text((std::istreambuf_iterator<char>(in)),
                               std::istreambuf_iterator<char>());
        auto r = io::ModuleReader::readString("\xEF\xBB\xBF" + text, "bom.xml");
        INFO(all(r.diagnostics));
        CHECK(r.diagnostics.empty());
        REQUIRE(r.module);
        CHECK(r.module->id == "beginning");
        CHECK(r.module->line == 3);
    }
    SECTION("a 100 MB file is refused before it is read") {
        const fs::path big = tmp / "big.xml";
        {
            std::ofstream out(big, std::ios::binary);
            out << "<module id=\"big\" order=\"1\" format=\"1\">";
        }
        fs::resize_file(big, 100u * 1024u * 1024u);
        auto r = io::ModuleReader::readFile(big);
        CHECK_FALSE(r.module);
        CHECK(has(r.diagnostics, "big.xml", 0, "are refused"));
    }
    SECTION("deep nesting") {
        std::string deep = "<module id=\"deep\" order=\"1\" format=\"1\">\n";
        for (int i = 0; i < 100000; ++i) {
            deep += "<p>";
        }
        auto r = io::ModuleReader::readString(deep, "deep.xml");
        CHECK_FALSE(r.module);
        CHECK(has(r.diagnostics, "deep.xml", 2, "nested too deeply"));
    }
    SECTION("thousands of attributes on one element") {
        std::string attrs = "<module";
        for (int i = 0; i < 100000; ++i) {
            attrs += " a" + std::to_string(i) + "=\"\"";
        }
        auto r = io::ModuleReader::readString(attrs + "/>", "attrs.xml");
        CHECK_FALSE(r.module);
        CHECK(has(r.diagnostics, "attrs.xml", 1, "more than 64 attributes"));
    }
    SECTION("a flood of unknown elements gives a bounded list of messages") {
        std::string many = "<module id=\"m\" order=\"1\" format=\"1\">\n";
        for (int i = 0; i < 100000; ++i) {
            many += "<x/>\n";
        }
        auto r = io::ModuleReader::readString(many + "</module>", "many.xml");
        CHECK(r.diagnostics.size() == 101);
        CHECK(has(r.diagnostics, "many.xml", 2, "unknown element <x>"));
        CHECK(r.diagnostics.back().message.find("not shown") != std::string::npos);
    }
    SECTION("a device, a folder and a missing file") {
        CHECK(has(io::ModuleReader::readFile("/dev/zero").diagnostics, "/dev/zero", 0,
                  "not a regular file"));
        CHECK(has(io::ModuleReader::readFile(tmp).diagnostics, tmp.string(), 0,
                  "not a regular file"));
        CHECK(has(io::ModuleReader::readFile(tmp / "none.xml").diagnostics, "none.xml", 0,
                  "no such file"));
    }
    fs::remove_all(tmp);
}

TEST_CASE("ModuleReader answers every damaged copy of a module with a module or a message",
          "[io][module][robust]") {
    std::ifstream in(fixtures / "valid/minimal.xml", std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::mt19937_64 rng(1920);
    auto below = [&rng](std::size_t n) {
        return static_cast<std::size_t>(rng() % static_cast<std::uint64_t>(n));
    };
    const std::string alphabet = "<>/=\"'&;!?- \n\tabcmodule";
    int damaged = 0;
    for (int i = 0; i < 400; ++i) {
        std::string copy = text;
        switch (i % 4) {
        case 0: // cut short
            copy.resize(below(copy.size()));
            break;
        case 1: // a few characters replaced by markup characters
            for (int k = 0; k < 3; ++k) {
                copy[below(copy.size())] = alphabet[below(alphabet.size())];
            }
            break;
        case 2: // a slice deleted
        {
            const std::size_t at = below(copy.size());
            copy.erase(at, below(200));
            break;
        }
        default: // a slice repeated
        {
            const std::size_t at = below(copy.size());
            copy.insert(at, copy.substr(below(copy.size()), below(300)));
            break;
        }
        }
        auto r = io::ModuleReader::readString(copy, "damaged.xml");
        if (copy != text && !r.diagnostics.empty()) {
            ++damaged;
        }
        if (!r.module) {
            CHECK_FALSE(r.diagnostics.empty());
        }
        for (const auto& d : r.diagnostics) {
            CHECK(d.file == "damaged.xml");
            CHECK(d.line >= 0);
            CHECK_FALSE(d.message.empty());
        }
    }
    // Most damage is noticed (a changed letter inside prose is not damage the reader can see).
    CHECK(damaged > 200);
}

TEST_CASE("ModuleReader reads a translation's language and a person's name in it",
          "[io][module][translation]") {
    std::ifstream in(fixtures / "valid" / "minimal.xml", std::ios::binary);
    std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    const std::string english = text;
    text.replace(text.find("format=\"1\">"), 11, "format=\"1\" lang=\"ru\">");
    text.replace(text.find("      <spelling>Huseyn Javid</spelling>"), 0,
                 "      <name>Гусейн Джавид</name>\n");
    auto r = io::ModuleReader::readString(text, "ru/minimal.xml");
    INFO(all(r.diagnostics));
    REQUIRE(r.module);
    CHECK(r.diagnostics.empty());
    CHECK(r.module->language == "ru");
    const core::Person& javid = r.module->people.front();
    CHECK(javid.name == "Гусейн Джавид");
    CHECK(javid.displayName() == "Гусейн Джавид");
    const auto spellings = javid.spellings();
    CHECK(std::find(spellings.begin(), spellings.end(), "Гусейн Джавид") != spellings.end());

    // Without lang and <name>: English, and the English name shown.
    auto en = io::ModuleReader::readString(english, "minimal.xml");
    REQUIRE(en.module);
    CHECK(en.module->language == "en");
    CHECK(en.module->people.front().displayName() == "Huseyn Javid");

    // A language Yaddas does not offer, and <name> out of its place.
    std::string bad = english;
    bad.replace(bad.find("format=\"1\">"), 11, "format=\"1\" lang=\"fr\">");
    bad.replace(bad.find("      <name-az>"), 0, "      <name>Huseyn Javid</name>\n");
    auto wrong = io::ModuleReader::readString(bad, "fr/minimal.xml");
    INFO(all(wrong.diagnostics));
    CHECK(has(wrong.diagnostics, "fr/minimal.xml", 3, "lang=\"fr\" is not a language"));
    CHECK(has(wrong.diagnostics, "fr/minimal.xml", 45, "<name-az> is out of place"));
}
