// `yaddas assign --roster`: the class list goes into the assignment file.
#include <cli/AssignCommand.hpp>

#include <io/AssignmentReader.hpp>
#include <io/Language.hpp>

#include "../io/TempFolder.hpp"

#include <CLI/CLI.hpp>
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace yaddas;
namespace fs = std::filesystem;

namespace {

int runAssign(std::ostream& out, std::ostream& err, std::vector<std::string> args,
              const fs::path& dataDir) {
    cli::AssignCommand command(out, err);
    CLI::App app;
    command.attach(app);
    std::vector<const char*> argv{"yaddas", "assign"};
    for (const auto& a : args) {
        argv.push_back(a.c_str());
    }
    try {
        app.parse(static_cast<int>(argv.size()), argv.data());
    } catch (const CLI::ParseError&) {
        return 2;
    }
    cli::GlobalOptions options;
    options.dataDir = dataDir;
    return command.run(options);
}

void write(const fs::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
}

} // namespace

TEST_CASE("yaddas assign --roster puts the class list into the assignment", "[cli][roster]") {
    test::TempFolder temp;
    const fs::path roster = temp.path() / "9b.txt";
    write(roster, "# class 9b\n17,Aysel Məmmədova\nAysel Məmmədova\nGünel Əliyeva\n");
    const fs::path file = temp.path() / "a.xml";
    std::ostringstream out;
    std::ostringstream err;
    REQUIRE(runAssign(out, err,
                      {"--title", "Class test", "--roster", roster.string(), "-o", file.string()},
                      temp.path()) == 0);
    CHECK(out.str().find("class list of 3 learners") != std::string::npos);
    const auto read = io::AssignmentReader::readFile(file);
    REQUIRE(read.assignment);
    const auto& list = read.assignment->classList;
    REQUIRE(list.size() == 3);
    CHECK(list[0].id == "17");
    CHECK(list[1].id == "aysel-memmedova");
    CHECK(list[1].name == "Aysel Məmmədova");
    CHECK(list[2].id == "gunel-eliyeva");
}

TEST_CASE("yaddas assign --roster refuses a bad class list with file:line and writes nothing",
          "[cli][roster]") {
    test::TempFolder temp;
    const fs::path roster = temp.path() / "9b.txt";
    write(roster, "17,Aysel\n17,Günel\n");
    const fs::path file = temp.path() / "a.xml";
    std::ostringstream out;
    std::ostringstream err;
    CHECK(runAssign(out, err,
                    {"--title", "Class test", "--roster", roster.string(), "-o", file.string()},
                    temp.path()) == 1);
    CHECK(err.str().find(roster.string() + ":2: the id '17' is on the list twice") !=
          std::string::npos);
    CHECK_FALSE(fs::exists(file));

    std::ostringstream err2;
    CHECK(runAssign(out, err2,
                    {"--title", "Class test", "--roster", (temp.path() / "none.txt").string(), "-o",
                     file.string()},
                    temp.path()) == 1);
    CHECK(err2.str().find("none.txt") != std::string::npos);
    CHECK_FALSE(fs::exists(file));
}

TEST_CASE("yaddas assign speaks the interface's language", "[cli][i18n]") {
    struct English {
        ~English() { io::Language::use("en"); }
    } restore;
    io::Language::use("az");
    test::TempFolder temp;
    std::ostringstream out;
    std::ostringstream err;
    CHECK(runAssign(out, err, {"--title", "Sinif testi", "--pass-mark", "120"}, temp.path()) == 2);
    CHECK(err.str() == "yaddas assign: --pass-mark 0-dan 100-ə qədər olmalıdır\n");

    const fs::path roster = temp.path() / "9b.txt";
    write(roster, "Aysel Məmmədova\nGünel Əliyeva\n");
    const fs::path file = temp.path() / "a.xml";
    std::ostringstream written;
    REQUIRE(runAssign(written, err,
                      {"--title", "Sinif testi", "--roster", roster.string(), "-o", file.string()},
                      temp.path()) == 0);
    CHECK(written.str().find("“Sinif testi”") != std::string::npos);
    CHECK(written.str().find("keçid balı 60 %, sinif siyahısı: 2 şagird") != std::string::npos);
}
