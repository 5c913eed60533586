#include <io/LibraryLoader.hpp>

#include "DiagnosticMatch.hpp"
#include "Fifo.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
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
const fs::path lessons = fs::path(YADDAS_SOURCE_DIR) / "lessons";
const fs::path sourceText = lessons / "source-text.txt";

std::size_t errors(const core::Diagnostics& diagnostics) {
    return static_cast<std::size_t>(
        std::count_if(diagnostics.begin(), diagnostics.end(), [](const core::Diagnostic& d) {
            return d.severity == core::Diagnostic::Severity::Error;
        }));
}

io::LibraryLoader::Result loadOne(const std::string& name) {
    return io::LibraryLoader::load({fixtures / name}, sourceText);
}

/// A folder in the temp directory, removed at the end of the scope.
struct TempDir {
    fs::path path =
        fs::temp_directory_path() / ("yaddas-loader-" + std::to_string(std::random_device{}()));
    TempDir() { fs::create_directories(path); }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
};

} // namespace

TEST_CASE("LibraryLoader loads every shipped module without an error", "[io][library]") {
    auto r = io::LibraryLoader::load({lessons}, sourceText);
    INFO(all(r.diagnostics));
    CHECK(r.diagnostics.empty());
    CHECK(r.bibliographies.size() == 1); // lessons/sources.xml
    CHECK(r.library.modules().size() ==
          r.files.size() - r.bibliographies.size() - r.translationFiles.size());
    CHECK(r.library.translations().size() == r.translationFiles.size());
    CHECK(r.library.modules().size() >= 6);
    CHECK(r.library.bibliography().size() >= 20);
    CHECK(r.library.source().paragraphCount() == 15);
}

TEST_CASE("LibraryLoader resolves references across modules", "[io][library]") {
    auto r = io::LibraryLoader::load({fixtures / "library"}, sourceText);
    INFO(all(r.diagnostics));
    CHECK(r.diagnostics.empty());
    REQUIRE(r.library.modules().size() == 2);
    // Reading order comes from order=, not from the file names.
    CHECK(r.library.modules()[0].id == "b-dates");
    CHECK(r.library.modules()[1].id == "a-people");
    CHECK(r.library.moduleOfFact("e-start") == &r.library.modules()[0]);
    // The excerpt spans a line break in the file; it still matches the paragraph.
    CHECK(r.library.modules()[0].events[0].meta.excerpt == "since Apr 28, 1920");
}

TEST_CASE("LibraryLoader leaves out a module with errors and keeps the others", "[io][library]") {
    auto r = io::LibraryLoader::load({fixtures / "library", fixtures / "clash"}, sourceText);
    INFO(all(r.diagnostics));
    CHECK(has(r.diagnostics, "clash/c-copy.xml", 3, "module id 'b-dates' is already used by"));
    CHECK(has(r.diagnostics, "clash/c-copy.xml", 13, "fact id 'e-start' is already used by"));
    CHECK(has(r.diagnostics, "clash/c-copy.xml", 18, "question id 'q-start' is already used by"));
    CHECK(has(r.diagnostics, "clash/c-copy.xml", 3, "left out because of 3 errors"));
    CHECK(errors(r.diagnostics) == 3);
    REQUIRE(r.library.modules().size() == 2);
    CHECK(r.library.find("a-people") != nullptr);
    CHECK(r.library.modules()[0].file.find("c-copy") == std::string::npos);

    SECTION("a reference into a module that is left out dangles") {
        auto alone = io::LibraryLoader::load({fixtures / "library/a-people.xml"}, sourceText);
        INFO(all(alone.diagnostics));
        CHECK(
            has(alone.diagnostics, "library/a-people.xml", 7, "'e-start' is not the id of a fact"));
        CHECK(has(alone.diagnostics, "library/a-people.xml", 22, "fact=\"e-start\""));
        CHECK(alone.library.modules().empty());
    }
}

TEST_CASE("LibraryLoader reports the checks that need the model", "[io][library]") {
    SECTION("ids used twice") {
        auto r = loadOne("bad/duplicate-ids.xml");
        INFO(all(r.diagnostics));
        CHECK(has(r.diagnostics, "bad/duplicate-ids.xml", 14, "section id 's-soviet-rule'"));
        CHECK(has(r.diagnostics, "bad/duplicate-ids.xml", 51, "fact id 'e-sovietization'"));
        CHECK(has(r.diagnostics, "bad/duplicate-ids.xml", 72, "question id 'q-first-date'"));
        CHECK(r.library.modules().empty());
    }
    SECTION("dangling references") {
        auto r = loadOne("bad/dangling.xml");
        INFO(all(r.diagnostics));
        CHECK(has(r.diagnostics, "bad/dangling.xml", 9, "'e-nothing' is not the id of a fact"));
        CHECK(has(r.diagnostics, "bad/dangling.xml", 10, "is a claim, not a term"));
        CHECK(has(r.diagnostics, "bad/dangling.xml", 12, "<card person=\"p-nobody\">"));
        CHECK(has(r.diagnostics, "bad/dangling.xml", 65, "fact=\"e-missing\""));
        CHECK(errors(r.diagnostics) == 4);
    }
    SECTION("impossible dates") {
        auto r = loadOne("bad/dates.xml");
        INFO(all(r.diagnostics));
        CHECK(has(r.diagnostics, "bad/dates.xml", 28, "ends (1937-08) before it starts (1938-11)"));
        CHECK(has(r.diagnostics, "bad/dates.xml", 42, "died (1882) before born (1941)"));
    }
    SECTION("paragraphs and excerpts that are not in the source text") {
        auto r = loadOne("bad/source.xml");
        INFO(all(r.diagnostics));
        CHECK(has(r.diagnostics, "bad/source.xml", 11, "source=\"77\" is not a paragraph"));
        CHECK(
            has(r.diagnostics, "bad/source.xml", 24, "'since May 28, 1920' is not in paragraph 1"));
        CHECK(has(r.diagnostics, "bad/source.xml", 51, "source=\"99\" is not a paragraph"));
    }
    SECTION("contested facts without attribution or context") {
        auto r = loadOne("bad/attribution.xml");
        INFO(all(r.diagnostics));
        CHECK(has(r.diagnostics, "bad/attribution.xml", 33, "needs <attribution>"));
        CHECK(has(r.diagnostics, "bad/attribution.xml", 55, "needs <context"));
        CHECK(errors(r.diagnostics) == 2);
    }
    SECTION("questions without exactly one right answer") {
        auto r = loadOne("bad/choices.xml");
        INFO(all(r.diagnostics));
        CHECK(has(r.diagnostics, "bad/choices.xml", 65,
                  "exactly one option with correct=\"true\" (it has 2)"));
        CHECK(has(r.diagnostics, "bad/choices.xml", 72, "True and False"));
    }
    SECTION("format errors stop the checks and leave the module out") {
        auto r = loadOne("bad/typo-element.xml");
        INFO(all(r.diagnostics));
        CHECK(has(r.diagnostics, "bad/typo-element.xml", 5, "<sumary>"));
        CHECK(has(r.diagnostics, "bad/typo-element.xml", 3, "left out"));
        CHECK(r.library.modules().empty());
    }
}

TEST_CASE("LibraryLoader picks up a hand-written module from the user lessons folder",
          "[io][library]") {
    TempDir user;
    {
        std::ofstream out(user.path / "my-module.xml");
        out << R"(<?xml version="1.0" encoding="UTF-8"?>
<module id="my-module" order="50" format="1">
  <title>My lesson</title>
  <summary>Written by a teacher.</summary>
  <section id="s-mine" title="Ahmad Javad">
    <p source="15"><name ref="p-ahmad-javad-mine">Ahmad Javad</name> wrote the words of the anthem.</p>
    <card person="p-ahmad-javad-mine"/>
  </section>
  <objectives><point>Who Ahmad Javad was.</point></objectives>
  <facts>
    <person id="p-ahmad-javad-mine" source="15" status="confirmed" born="1892" died="1937-10-13">
      <name-en>Ahmad Javad</name-en>
      <name-az>Əhməd Cavad</name-az>
      <role>poet</role>
      <fate>shot in Baku on 13 October 1937</fate>
      <excerpt>Ahmad Javad</excerpt>
    </person>
  </facts>
</module>
)";
    }
    // Editors' lock files and other files beside it are not modules.
    std::ofstream(user.path / ".#my-module.xml") << "not a module";
    std::ofstream(user.path / "notes.txt") << "not a module";

    auto shipped = io::LibraryLoader::load({lessons}, sourceText);
    auto r = io::LibraryLoader::load({lessons, user.path, user.path / "my-module.xml"}, sourceText);
    INFO(all(r.diagnostics));
    CHECK_FALSE(core::hasErrors(r.diagnostics));
    // Named twice (folder and file), read once.
    CHECK(r.files.size() == shipped.files.size() + 1);
    const core::Module* mine = r.library.find("my-module");
    REQUIRE(mine != nullptr);
    CHECK(mine->file == (user.path / "my-module.xml").string());
    CHECK(mine->people[0].died == core::HistoricalDate::ofDay(1937, 10, 13));
    CHECK(r.library.modules().size() == shipped.library.modules().size() + 1);
}

TEST_CASE("LibraryLoader goes on without the source text, and says so", "[io][library]") {
    TempDir dir;
    auto r = io::LibraryLoader::load({fixtures / "library"}, dir.path / "missing.txt");
    CHECK(has(r.diagnostics, "missing.txt", 0, "no such file"));
    CHECK(r.library.modules().size() == 2);
    CHECK(io::LibraryLoader::load({dir.path / "no-such-folder"}, sourceText).files.empty());
}

TEST_CASE("Every example module in lessons/README.md validates when copied verbatim",
          "[io][library]") {
    std::ifstream in(lessons / "README.md");
    const std::string readme((std::istreambuf_iterator<char>(in)),
                             std::istreambuf_iterator<char>());
    std::size_t examples = 0;
    for (auto start = readme.find("```xml\n"); start != std::string::npos;
         start = readme.find("```xml\n", start + 1)) {
        const auto end = readme.find("```", start + 7);
        REQUIRE(end != std::string::npos);
        const std::string xml = readme.substr(start + 7, end - start - 7);
        if (xml.find("<module") == std::string::npos) {
            continue; // a fragment, not a whole module
        }
        ++examples;
        // As a teacher checks it: beside the shipped lessons, whose facts and sources it may use.
        TempDir dir;
        std::ofstream(dir.path / "example.xml") << xml;
        auto r = io::LibraryLoader::load({lessons, dir.path / "example.xml"}, sourceText);
        INFO("example " << examples << "\n" << all(r.diagnostics));
        CHECK(errors(r.diagnostics) == 0);
        CHECK(r.library.modules().size() == 7);
    }
    CHECK(examples >= 4);
}

TEST_CASE("LibraryLoader names a FIFO in a lessons folder and does not wait on it",
          "[io][library][fifo]") {
    TempDir dir;
    fs::copy_file(fixtures / "library" / "a-people.xml", dir.path / "a-people.xml");
    fs::copy_file(fixtures / "library" / "b-dates.xml", dir.path / "b-dates.xml");
    test::Fifo fifo(dir.path / "c-fifo.xml");
    REQUIRE(fifo.made());
    auto r = io::LibraryLoader::load({dir.path}, sourceText);
    CHECK(fifo.elapsed() < 2.0);
    INFO(all(r.diagnostics));
    CHECK_FALSE(core::hasErrors(r.diagnostics));
    REQUIRE(std::count_if(r.diagnostics.begin(), r.diagnostics.end(), [&](const auto& d) {
                return d.file == fifo.path().string() &&
                       d.severity == core::Diagnostic::Severity::Warning &&
                       d.message == "skipped: not a regular file (a FIFO)";
            }) == 1);
    CHECK(r.files.size() == 2);
}
