#include <io/ReportSpreadsheet.hpp>

#include <core/I18n.hpp>
#include <io/Language.hpp>
#include <io/RegularFile.hpp>

#include "TempFolder.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>

using namespace yaddas;
namespace fs = std::filesystem;

namespace {

core::ClassReport sample() {
    core::AssignmentResult r;
    r.learnerId = "aysel";
    r.learnerName = "=HYPERLINK(\"http://evil\")";
    r.assignmentId = "terror";
    r.questionCount = 1;
    core::AssignmentResult::Attempt a;
    a.start = 1795618800;
    a.end = a.start + 60;
    a.answers.push_back(
        {"q", "f", "single", "dates", "When?", "1937", "1937", 1.0, core::Outcome::Right});
    r.attempts.push_back(a);
    return core::ClassReport::build({r});
}

/// Characters, not bytes: Excel counts a sheet name's characters.
std::size_t utf8Length(const std::string& text) {
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

} // namespace

TEST_CASE("The spreadsheet is a zip workbook with text cells for learner strings",
          "[report][io][xlsx]") {
    test::TempFolder temp;
    const fs::path path = temp.path() / "r.xlsx";
    auto written = io::ReportSpreadsheet::write(sample(), path);
    REQUIRE(written.ok());
    const std::string bytes = slurp(path);
    CHECK(bytes.rfind("PK", 0) == 0);
    CHECK(written.value() == bytes.size());
    // Nothing but the workbook is left in the report folder.
    int files = 0;
    for ([[maybe_unused]] const auto& f : fs::directory_iterator(temp.path())) {
        ++files;
    }
    CHECK(files == 1);
}

TEST_CASE("The spreadsheet is never written through a planted link", "[report][io][xlsx]") {
    test::TempFolder temp;
    const fs::path decoy = temp.path() / "decoy.txt";
    {
        std::ofstream d(decoy);
        d << "precious";
    }
    const fs::path out = temp.path() / "out";
    fs::create_directories(out);
    // A link where the workbook goes is refused.
    fs::create_symlink(decoy, out / "r.xlsx");
    auto refused = io::ReportSpreadsheet::write(sample(), out / "r.xlsx");
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.find("symbolic link") != std::string::npos);
    CHECK(slurp(decoy) == "precious");
    // Links planted where temporary files might go are never followed.
    fs::remove(out / "r.xlsx");
    for (int pid = 1; pid <= 2000; ++pid) {
        fs::create_symlink(decoy, out / (".r.xlsx.tmp-" + std::to_string(pid)));
        fs::create_symlink(decoy, out / ("r.xlsx.tmp-" + std::to_string(pid)));
    }
    REQUIRE(io::ReportSpreadsheet::write(sample(), out / "r.xlsx").ok());
    CHECK(slurp(decoy) == "precious");
    CHECK(fs::is_regular_file(fs::symlink_status(out / "r.xlsx")));
    CHECK(slurp(out / "r.xlsx").rfind("PK", 0) == 0);
}

TEST_CASE("The spreadsheet is written with its sheets named in Azerbaijani and Russian",
          "[report][io][xlsx][i18n]") {
    struct English {
        ~English() { io::Language::use("en"); }
    } restore;
    for (const char* language : {"az", "ru"}) {
        io::Language::use(language);
        // A sheet name Excel refuses (over 31 characters, or with []:*?/\) fails the write.
        for (const char* name :
             {"Summary", "Learners", "Learner × question", "Categories", "Wrong answers"}) {
            const std::string translated = core::I18n::tr(name);
            CHECK(translated != name);
            CHECK(utf8Length(translated) <= 31);
            CHECK(translated.find_first_of("[]:*?/\\") == std::string::npos);
        }
        test::TempFolder temp;
        auto written = io::ReportSpreadsheet::write(sample(), temp.path() / "r.xlsx");
        CHECK(written.ok());
    }
}
