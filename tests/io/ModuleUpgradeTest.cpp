#include <io/LibraryLoader.hpp>
#include <io/ModuleUpgrade.hpp>

#include "DiagnosticMatch.hpp"
#include "TempFolder.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

using namespace yaddas;
using testing::all;
namespace fs = std::filesystem;

namespace {

const fs::path lessons = fs::path(YADDAS_SOURCE_DIR) / "lessons";
const fs::path sourceText = lessons / "source-text.txt";
const fs::path format1 = fs::path(YADDAS_FIXTURES_DIR) / "modules" / "format1";

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

} // namespace

TEST_CASE("Upgraded format-1 modules validate as format 2", "[io][module][upgrade]") {
    test::TempFolder dir;
    std::size_t changes = 0;
    for (const auto& entry : fs::directory_iterator(format1)) {
        const std::string original = slurp(entry.path());
        auto r = io::ModuleUpgrade::upgrade(original, entry.path().filename().string());
        INFO(entry.path().filename().string() << "\n" << all(r.diagnostics));
        REQUIRE(r.xml);
        changes += r.changes.size();
        CHECK(contains(*r.xml, "format=\"2\""));
        // The layout is kept: every line of the original that was not changed is still there.
        CHECK(contains(*r.xml, "<title>"));
        std::ofstream(dir.path() / entry.path().filename(), std::ios::binary) << *r.xml;
    }
    CHECK(changes > 20);
    const auto loaded = io::LibraryLoader::load({dir.path()}, sourceText);
    INFO(all(loaded.diagnostics));
    CHECK_FALSE(core::hasErrors(loaded.diagnostics));
    REQUIRE(loaded.library.modules().size() == 6);
    for (const core::Module& m : loaded.library.modules()) {
        CHECK(m.format == 2);
    }
}

TEST_CASE("The upgrade cites a context's source and never calls an uncited fact confirmed",
          "[io][module][upgrade]") {
    const std::string xml = R"(<?xml version="1.0" encoding="UTF-8"?>
<!-- a teacher's note -->
<module id="mine" order="9" format="1">
  <title>Mine</title>
  <summary>Mine.</summary>
  <section id="s" title="S">
    <p source="1">Text.</p>
  </section>
  <objectives><point>Know it.</point></objectives>
  <facts>
    <event id="my-a" source="1" status="confirmed" from="1920-04-28">
      <label>Soviet rule</label>
    </event>
    <figure id="my-f" source="10" status="contested" value="1575259">
      <counts>people arrested</counts>
      <scope where="USSR" when="1937–1938"/>
      <attribution>the source text</attribution>
      <context source="en.wikipedia.org/wiki/NKVD_Order_No._00447">Only 1937–1938.</context>
    </figure>
  </facts>
</module>
)";
    auto r = io::ModuleUpgrade::upgrade(xml, "mine.xml");
    REQUIRE(r.xml);
    const std::string& out = *r.xml;
    CHECK(contains(
        out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- a teacher's note -->\n<module"));
    CHECK(contains(out, "<event id=\"my-a\" source=\"1\" status=\"unverified\""));
    CHECK(contains(out, "      <label>Soviet rule</label>\n      <attribution>the source "
                        "text</attribution>\n    </event>"));
    CHECK(contains(out, "<source id=\"mine-source-1\" kind=\"web\" "
                        "title=\"en.wikipedia.org/wiki/NKVD_Order_No._00447\" "
                        "url=\"https://en.wikipedia.org/wiki/NKVD_Order_No._00447\"/>"));
    CHECK(contains(out, "<context ref=\"mine-source-1\">Only 1937–1938.</context>"));
    CHECK_FALSE(contains(out, " \n"));
    REQUIRE(r.changes.size() == 3);
    CHECK(contains(r.changes[0], "line 11: 'my-a' was confirmed"));

    // Already format 2: nothing to do.
    auto again = io::ModuleUpgrade::upgrade(out, "mine.xml");
    CHECK_FALSE(again.xml);
    CHECK(testing::has(again.diagnostics, "mine.xml", 3, "only format 1 is upgraded"));
}
