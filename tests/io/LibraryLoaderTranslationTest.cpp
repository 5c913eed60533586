// The loader pairs translations (lessons/<lang>/*.xml) with their English modules: each
// difference in what is not words is an error at the translation's line, and the translation is
// left out while the English module stays.

#include <io/LibraryLoader.hpp>

#include "DiagnosticMatch.hpp"
#include "TempFolder.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

using namespace yaddas;
using testing::all;
using testing::has;
namespace fs = std::filesystem;

namespace {

const fs::path lessons = fs::path(YADDAS_SOURCE_DIR) / "lessons";
const fs::path sourceText = lessons / "source-text.txt";
const std::string translationName = "01-beginning.xml";

std::string readAll(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

/// The 1-based line of the first occurrence of `needle` in `text` (0 when absent).
int lineOf(const std::string& text, const std::string& needle) {
    const auto at = text.find(needle);
    if (at == std::string::npos) {
        return 0;
    }
    return 1 +
           static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(at), '\n'));
}

/// The shipped English modules in a folder of their own, and the shipped Azerbaijani
/// translation of "beginning", changed by the test, in its az/ subfolder.
struct Fixture {
    test::TempFolder folder;
    std::string translation = readAll(lessons / "az" / translationName);

    Fixture() {
        for (const auto& e : fs::directory_iterator(lessons)) {
            if (e.path().extension() == ".xml") {
                fs::copy_file(e.path(), folder.path() / e.path().filename());
            }
        }
        fs::create_directories(folder.path() / "az");
    }

    /// Replaces the first `from` in the translation; the line it was on.
    int change(const std::string& from, const std::string& to) {
        const int line = lineOf(translation, from);
        REQUIRE(line > 0);
        translation.replace(translation.find(from), from.size(), to);
        return line;
    }

    io::LibraryLoader::Result load() {
        std::ofstream(folder.path() / "az" / translationName, std::ios::binary) << translation;
        return io::LibraryLoader::load({folder.path()}, sourceText);
    }
};

const std::string file = "az/" + translationName;

/// The translation was left out, the English module kept.
void leftOut(const io::LibraryLoader::Result& r) {
    CHECK(r.library.translations().empty());
    CHECK(r.library.find("beginning") != nullptr);
    CHECK(has(r.diagnostics, file, 2, "the az translation of module 'beginning' is left out"));
}

} // namespace

TEST_CASE("A translation that matches its English module is kept", "[io][library][translation]") {
    Fixture lib;
    auto r = lib.load();
    INFO(all(r.diagnostics));
    CHECK(r.diagnostics.empty());
    REQUIRE(r.library.translations().size() == 1);
    const core::Module& az = r.library.translations().front();
    CHECK(az.id == "beginning");
    CHECK(az.language == "az");
    REQUIRE(r.translationFiles.size() == 1);
    CHECK(r.translationFiles.front().second == "az");
    // A figure of the translation knows what it counts in English, for its plausible range.
    const core::Figure* years = az.findFigure("f-about-30-years");
    REQUIRE(years != nullptr);
    CHECK(years->countsEn == r.library.find("beginning")->findFigure("f-about-30-years")->counts);
    // The library in Azerbaijani shows it in place of the English module.
    CHECK(r.library.inLanguage("az").find("beginning")->language == "az");
}

TEST_CASE("A translation without an English module is an error", "[io][library][translation]") {
    Fixture lib;
    lib.change("<module id=\"beginning\"", "<module id=\"beginnings\"");
    auto r = lib.load();
    INFO(all(r.diagnostics));
    CHECK(has(r.diagnostics, file, 2, "no English module has that id"));
    CHECK(r.library.translations().empty());
}

TEST_CASE("A language that is not offered is an error", "[io][library][translation]") {
    Fixture lib;
    lib.change("lang=\"az\"", "lang=\"de\"");
    auto r = lib.load();
    INFO(all(r.diagnostics));
    CHECK(has(r.diagnostics, file, 2, "lang=\"de\" is not a language Yaddas offers"));
    CHECK(r.library.translations().empty());
    CHECK(r.library.find("beginning") != nullptr);
}

TEST_CASE("A section, fact or question missing or extra is an error",
          "[io][library][translation]") {
    Fixture lib;
    const int section = lib.change("<section id=\"s-thirty-years\"", "<section id=\"s-thirty\"");
    const int fact = lib.change("<term id=\"t-adr\"", "<term id=\"t-adr-2\"");
    const int question = lib.change("<question id=\"q-solovki\"", "<question id=\"q-solo\"");
    auto r = lib.load();
    INFO(all(r.diagnostics));
    CHECK(has(r.diagnostics, file, section, "<section id=\"s-thirty\"> is not a section"));
    CHECK(has(r.diagnostics, file, 2, "lacks the section 's-thirty-years'"));
    CHECK(has(r.diagnostics, file, fact, "<term id=\"t-adr-2\"> is not a fact"));
    CHECK(has(r.diagnostics, file, 2, "lacks a term 't-adr'"));
    CHECK(has(r.diagnostics, file, question, "<question id=\"q-solo\"> is not a question"));
    CHECK(has(r.diagnostics, file, 2, "lacks the question 'q-solovki'"));
    leftOut(r);
}

TEST_CASE("A fact's dates, number, status, paragraph, citations and excerpt must be the English",
          "[io][library][translation]") {
    Fixture lib;
    const int event = lib.change("from=\"1920-04-28\"", "from=\"1920-04-27\"");
    const int figure = lib.change("value=\"100000\"", "value=\"10000\"");
    const int status = lib.change("<term id=\"t-adr\" kind=\"state\" status=\"confirmed\"",
                                  "<term id=\"t-adr\" kind=\"state\" status=\"contested\"");
    const int paragraph = lib.change("<event id=\"e-repression-era\" source=\"9\"",
                                     "<event id=\"e-repression-era\" source=\"8\"");
    // The cite is on the line after its fact's; messages name the fact's line.
    const int cite = lineOf(lib.translation, "<event id=\"e-solovki-camp\"");
    lib.change("<cite ref=\"wp-solovki\"/>\n    </event>", "<cite ref=\"wp-adr\"/>\n    </event>");
    const int excerpt = lineOf(lib.translation, "<event id=\"e-brutal-years\"");
    lib.change("have especially brutal", "were especially brutal");
    auto r = lib.load();
    INFO(all(r.diagnostics));
    CHECK(has(r.diagnostics, file, event, "dates: 1920-04-27 in the translation, 1920-04-28"));
    CHECK(has(r.diagnostics, file, figure, "value: 10000 in the translation, 100000"));
    CHECK(has(r.diagnostics, file, status, "status: contested in the translation, confirmed"));
    CHECK(has(r.diagnostics, file, paragraph, "source paragraph: 8 in the translation, 9"));
    CHECK(has(r.diagnostics, file, cite, "<cite>: wp-adr in the translation, wp-solovki"));
    CHECK(has(r.diagnostics, file, excerpt, "the <excerpt> differs"));
    leftOut(r);
}

TEST_CASE("A question's kind, fact and right options must be the English",
          "[io][library][translation]") {
    Fixture lib;
    const int single =
        lib.change("<question id=\"q-solovki\" kind=\"single\" fact=\"e-solovki-1920s\"",
                   "<question id=\"q-solovki\" kind=\"multiple\" fact=\"e-solovki-camp\"");
    const int truefalse = lineOf(lib.translation, "<question id=\"q-hundred-thousand\"");
    lib.change("<option>Doğru</option>\n      <option correct=\"true\">Yanlış</option>",
               "<option correct=\"true\">Doğru</option>\n      <option>Yanlış</option>");
    auto r = lib.load();
    INFO(all(r.diagnostics));
    CHECK(has(r.diagnostics, file, single, "kind: multiple in the translation, single"));
    CHECK(has(r.diagnostics, file, single,
              "fact: e-solovki-camp in the translation, e-solovki-1920s"));
    CHECK(has(r.diagnostics, file, truefalse, "the right options: 1 in the translation, 2"));
    leftOut(r);
}

TEST_CASE("A translated true/false question uses the words of its language",
          "[io][library][translation]") {
    Fixture lib;
    const int line = lineOf(lib.translation, "<question id=\"q-hundred-thousand\"");
    lib.change("<option>Doğru</option>", "<option>True</option>");
    auto r = lib.load();
    INFO(all(r.diagnostics));
    CHECK(has(r.diagnostics, file, line, "exactly two options, Doğru and Yanlış"));
    leftOut(r);
}

TEST_CASE("A person's life dates must be the English", "[io][library][translation]") {
    Fixture lib;
    lib.translation = readAll(lessons / "az" / "03-great-terror.xml");
    const int line = lib.change(
        "<person id=\"t-beria\" kind=\"official\" source=\"10\" status=\"confirmed\" born=\"1899\"",
        "<person id=\"t-beria\" kind=\"official\" source=\"10\" status=\"confirmed\" "
        "born=\"1898\"");
    std::ofstream(lib.folder.path() / "az" / "03-great-terror.xml", std::ios::binary)
        << lib.translation;
    auto r = io::LibraryLoader::load({lib.folder.path()}, sourceText);
    INFO(all(r.diagnostics));
    CHECK(
        has(r.diagnostics, "az/03-great-terror.xml", line, "born: 1898 in the translation, 1899"));
    CHECK(r.library.translations().empty());
}

TEST_CASE("A translation in the user's lessons folder is found in its language folder",
          "[io][library][translation]") {
    Fixture shipped; // the English modules, and an Azerbaijani translation of "beginning"
    test::TempFolder user;
    fs::create_directories(user.path() / "ru");
    // A Russian translation of the module, made from the Azerbaijani one.
    std::string text = shipped.translation;
    text.replace(text.find("lang=\"az\""), 9, "lang=\"ru\"");
    const std::string yes = "<option>Doğru</option>";
    text.replace(text.find(yes), yes.size(), "<option>Верно</option>");
    const std::string no = "<option correct=\"true\">Yanlış</option>";
    text.replace(text.find(no), no.size(), "<option correct=\"true\">Неверно</option>");
    std::ofstream(user.path() / "ru" / translationName, std::ios::binary) << text;
    auto r = io::LibraryLoader::load({shipped.folder.path(), user.path()}, sourceText);
    INFO(all(r.diagnostics));
    CHECK(r.diagnostics.empty());
    REQUIRE(r.library.translations().size() == 1);
    CHECK(r.library.translations().front().language == "ru");
    CHECK(r.library.inLanguage("ru").find("beginning")->language == "ru");
    CHECK(r.library.inLanguage("az").find("beginning")->untranslated);

    // A second Russian translation of the same module is refused.
    shipped.load(); // writes the Azerbaijani one into the shipped folder's az/
    fs::create_directories(shipped.folder.path() / "ru");
    fs::copy_file(user.path() / "ru" / translationName,
                  shipped.folder.path() / "ru" / translationName);
    auto twice = io::LibraryLoader::load({shipped.folder.path(), user.path()}, sourceText);
    INFO(all(twice.diagnostics));
    CHECK(has(twice.diagnostics, user.path().filename().string() + "/ru/" + translationName, 2,
              "already translated into ru"));
    CHECK(twice.library.translations().size() == 2); // the first Russian and the Azerbaijani
}
