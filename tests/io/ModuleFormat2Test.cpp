#include <io/LibraryLoader.hpp>
#include <io/ModuleReader.hpp>

#include "DiagnosticMatch.hpp"
#include "TempFolder.hpp"

#include <core/CitationText.hpp>

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>

using namespace yaddas;
using testing::all;
using testing::has;
namespace fs = std::filesystem;

namespace {

const fs::path lessons = fs::path(YADDAS_SOURCE_DIR) / "lessons";
const fs::path sourceText = lessons / "source-text.txt";
const fs::path fixtures = fs::path(YADDAS_FIXTURES_DIR) / "modules";

/// A format-2 module around `facts` (and `sections`, when given), with one source of its own.
std::string module(const std::string& facts, const std::string& sections = "",
                   const std::string& questions = "") {
    return R"(<?xml version="1.0" encoding="UTF-8"?>
<module id="mine" order="9" format="2">
  <title>Mine</title>
  <summary>A teacher's module.</summary>
  <sources>
    <source id="my-book" kind="book" author="J. Arch Getty and Oleg V. Naumov"
            title="The Road to Terror" date="1999" publisher="Yale University Press"/>
    <source id="my-order" kind="decree" title="NKVD Order No. 00447" date="30 July 1937"/>
  </sources>
)" +
           (sections.empty() ? std::string(R"(  <section id="s-one" title="One">
    <p>Text. <cite ref="my-book" at="appendix"/></p>
  </section>
)")
                             : sections) +
           R"(  <objectives><point>Know it.</point></objectives>
  <facts>
)" + facts +
           R"(  </facts>
)" + questions +
           "</module>\n";
}

io::LibraryLoader::Result load(const test::TempFolder& dir, const std::string& xml,
                               bool withShipped = false) {
    std::ofstream(dir.path() / "mine.xml") << xml;
    std::vector<fs::path> paths;
    if (withShipped) {
        paths.push_back(lessons);
    }
    paths.push_back(dir.path() / "mine.xml");
    return io::LibraryLoader::load(paths, sourceText);
}

std::string file(const test::TempFolder& dir) {
    return (dir.path() / "mine.xml").string();
}

} // namespace

TEST_CASE("Format 2 reads sources, citations, roles and always-asked questions",
          "[io][module][format2]") {
    test::TempFolder dir;
    const auto r =
        load(dir, module(R"(    <event id="my-order-date" status="confirmed" from="1937-07-30">
      <label>NKVD Order 00447 was signed</label>
      <cite ref="my-order" at="preamble">on the operation to repress former kulaks</cite>
      <cite ref="my-book" at="appendix"/>
    </event>
    <person id="my-yezhov" kind="official" status="confirmed" born="1895" died="1940">
      <name-en>Nikolai Yezhov</name-en>
      <name-az>Nikolay Yejov</name-az>
      <role>head of the NKVD in 1937–1938</role>
      <cite ref="my-book"/>
    </person>
)",
                         "", R"(  <questions>
    <question id="my-q" kind="truefalse" fact="my-order-date" always="true">
      <prompt>Order 00447 was signed in 1937.</prompt>
      <option correct="true">True</option>
      <option>False</option>
      <explanation>It is dated 30 July 1937.</explanation>
    </question>
  </questions>
)"));
    INFO(all(r.diagnostics));
    REQUIRE(r.diagnostics.empty());
    REQUIRE(r.library.modules().size() == 1);
    const core::Module& m = r.library.modules().front();
    CHECK(m.format == 2);
    REQUIRE(m.sources.size() == 2);
    CHECK(m.sources[0].kind == core::Source::Kind::Book);
    CHECK(m.sources[1].kind == core::Source::Kind::Decree);
    REQUIRE(m.events.size() == 1);
    const core::FactMeta& meta = m.events[0].meta;
    CHECK(meta.sourceParagraph == 0);
    CHECK_FALSE(meta.citesSourceText());
    REQUIRE(meta.cites.size() == 2);
    CHECK(meta.cites[0].locator == "preamble");
    CHECK(meta.cites[0].quote == "on the operation to repress former kulaks");
    CHECK(m.sections[0].blocks[0].cites.size() == 1);
    CHECK(m.sections[0].blocks[0].plainText() == "Text.");
    REQUIRE(m.people.size() == 1);
    CHECK(m.people[0].kind == core::Person::Kind::Official);
    CHECK(m.categoryOf("my-yezhov") == core::Category::Ideas);
    REQUIRE(m.questions.size() == 1);
    CHECK(m.questions[0].always);
    CHECK(m.citedSources() == std::vector<std::string>{"my-book", "my-order"});
    CHECK(core::CitationText::forFact(r.library, meta) ==
          "NKVD Order No. 00447 (1937), preamble; J. Arch Getty and Oleg V. Naumov, The Road to "
          "Terror (1999), appendix");
}

TEST_CASE("Format 2 enforces what each status must cite", "[io][module][format2]") {
    test::TempFolder dir;
    // Confirmed, but only the source text to check it against.
    auto r =
        load(dir, module(R"(    <event id="my-a" source="1" status="confirmed" from="1920-04-28">
      <label>Soviet rule</label>
      <excerpt>since Apr 28, 1920</excerpt>
    </event>
)"));
    CHECK(has(r.diagnostics, file(dir), 15, "is confirmed: it needs a <cite"));

    // Contested with one side only and no cited context.
    r = load(dir, module(R"(    <figure id="my-f" source="10" status="contested" value="1575259">
      <counts>people arrested</counts>
      <scope where="USSR" when="1937–1938"/>
      <attribution>the source text</attribution>
      <context>Only for 1937–1938.</context>
    </figure>
)"));
    CHECK(has(r.diagnostics, file(dir), 15, "is contested: cite each side"));

    // Contested, cited on both sides: fine. Unverified needs an attribution.
    r = load(dir, module(R"(    <figure id="my-f" source="10" status="contested" value="1575259">
      <counts>people arrested</counts>
      <scope where="USSR" when="1937–1938"/>
      <cite ref="my-book" at="appendix"/>
    </figure>
    <figure id="my-g" status="unverified" value="29000">
      <counts>intellectuals</counts>
      <scope where="Azerbaijan" when="1930s"/>
      <cite ref="my-book"/>
    </figure>
)"));
    CHECK_FALSE(has(r.diagnostics, file(dir), 15, "contested"));
    CHECK(has(r.diagnostics, file(dir), 20, "is unverified: it needs <attribution>"));

    // A citation of a source nobody defines, and the source text cited by ref.
    r = load(dir, module(R"(    <term id="my-t" status="confirmed">
      <word>troika</word>
      <definition>A panel of three.</definition>
      <cite ref="no-such-book"/>
      <cite ref="source-text" at="11"/>
    </term>
)"));
    CHECK(has(r.diagnostics, file(dir), 18, "ref=\"no-such-book\" is not the id of a <source>"));
    CHECK(has(r.diagnostics, file(dir), 19, "cite the source text with source=\"N\""));

    // The source text is built in: no entry may claim to be it.
    std::string xml = module(R"(    <term id="my-t" status="confirmed">
      <word>troika</word>
      <definition>A panel of three.</definition>
      <cite ref="my-book"/>
    </term>
)");
    xml.replace(xml.find("kind=\"decree\""), 13, "kind=\"source-text\"");
    const auto own = io::ModuleReader::readString(xml, "x.xml");
    CHECK(has(own.diagnostics, "x.xml", 8, "kind=\"source-text\" is the course's own source text"));
}

TEST_CASE("Format 2 elements in a format-1 module name the format", "[io][module][format2]") {
    std::string xml =
        module(R"(    <event id="my-a" source="1" status="confirmed" from="1920-04-28">
      <label>Soviet rule</label>
      <cite ref="my-book"/>
    </event>
)");
    xml.replace(xml.find("format=\"2\""), 10, "format=\"1\"");
    const auto r = io::ModuleReader::readString(xml, "old.xml");
    CHECK(has(r.diagnostics, "old.xml", 5, "<sources> is part of lesson format 2"));
    CHECK(has(r.diagnostics, "old.xml", 17, "<cite> is part of lesson format 2"));
}

TEST_CASE("People: officials are never asked as victims, and a name defined twice is named",
          "[io][module][format2]") {
    test::TempFolder dir;
    // Huseyn Javid is a victim of the shipped lessons: defined again here, under another id.
    const auto r =
        load(dir,
             module(R"(    <person id="my-javid" status="confirmed" born="1882" died="1941">
      <name-en>Hüseyn Cavid</name-en>
      <name-az>Hüseyn Cavid</name-az>
      <role>poet</role>
      <fate>died in exile</fate>
      <cite ref="my-book"/>
    </person>
    <person id="my-official" kind="official" status="confirmed">
      <name-en>An Official</name-en>
      <name-az>Bir Məmur</name-az>
      <role>head of a district NKVD</role>
      <cite ref="my-book"/>
    </person>
)",
                    "", R"(  <questions>
    <question id="my-q" kind="single" fact="my-official" category="victims">
      <prompt>Who was he?</prompt>
      <option correct="true">An official</option>
      <option>A poet</option>
      <explanation>He ran the district NKVD.</explanation>
    </question>
  </questions>
)"),
             true);
    CHECK(has(r.diagnostics, file(dir), 15,
              "shares the name 'Hüseyn Cavid' with <person id=\"p-javid\">"));
    CHECK(has(r.diagnostics, file(dir), 30, "'my-official' is not a victim"));

    // A victim needs a fate; an official does not.
    auto noFate = io::ModuleReader::readString(module(R"(    <person id="my-v" status="confirmed">
      <name-en>Somebody</name-en>
      <name-az>Kimsə</name-az>
      <role>teacher</role>
      <cite ref="my-book"/>
    </person>
)"),
                                               "x.xml");
    CHECK(has(noFate.diagnostics, "x.xml", 15, "<person> lacks <fate>"));
}

TEST_CASE("The modules as they were before format 2 load unchanged", "[io][module][format2]") {
    const auto r = io::LibraryLoader::load({fixtures / "format1"}, sourceText);
    INFO(all(r.diagnostics));
    CHECK_FALSE(core::hasErrors(r.diagnostics));
    REQUIRE(r.library.modules().size() == 6);
    for (const core::Module& m : r.library.modules()) {
        CHECK(m.format == 1);
    }
    // Format 1 knew only victims; its context sources stay free text.
    const core::Person* javid = r.library.findPerson("p-javid");
    REQUIRE(javid != nullptr);
    CHECK(javid->isVictim());
    const core::Module* numbers = r.library.find("numbers");
    REQUIRE(numbers != nullptr);
    CHECK_FALSE(numbers->findFact("f-ussr-arrested")->contextSource.empty());
}

TEST_CASE("A module declares the years of its period, and its events keep inside them",
          "[io][module][format2]") {
    const std::string event = R"(    <event id="my-a" source="1" status="confirmed" from="1872">
      <label>The first oil wells were auctioned in Baku</label>
      <cite ref="my-book"/>
    </event>
)";
    std::string xml = module(event);
    const std::string root = "format=\"2\"";
    xml.replace(xml.find(root), root.size(), root + " first-year=\"1850\" last-year=\"1905\"");
    auto r = io::ModuleReader::readString(xml, "mine.xml");
    REQUIRE(r.module);
    CHECK(r.module->period.first == 1850);
    CHECK(r.module->period.last == 1905);
    CHECK(r.diagnostics.empty());

    // Without a period of its own, 1872 is outside the library's, and the event's line says so.
    test::TempFolder dir;
    auto loaded = load(dir, module(event));
    CHECK(has(loaded.diagnostics, file(dir), 15, "lies outside the module's period, 1900–1960"));

    std::string bad = module(event);
    bad.replace(bad.find(root), root.size(), root + " first-year=\"18x0\" last-year=\"1800\"");
    r = io::ModuleReader::readString(bad, "bad.xml");
    CHECK(has(r.diagnostics, "bad.xml", 2, "first-year=\"18x0\" is not a year"));
    bad = module(event);
    bad.replace(bad.find(root), root.size(), root + " first-year=\"1950\" last-year=\"1900\"");
    r = io::ModuleReader::readString(bad, "bad.xml");
    CHECK(has(r.diagnostics, "bad.xml", 2, "last-year=\"1900\" is before first-year=\"1950\""));
}
