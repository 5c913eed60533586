#include <io/ReportWriter.hpp>

#include <io/Language.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace yaddas;
using io::ReportWriter;

namespace {

core::ClassReport sample() {
    core::AssignmentResult r;
    r.learnerId = "x";
    r.learnerName = "=HYPERLINK(\"http://evil\"),<script>alert(1)</script>";
    r.assignmentId = "terror";
    r.assignmentTitle = "Terror & <b>bold</b>";
    core::AssignmentResult::Attempt a;
    a.start = 1795618800;
    a.end = 1795619100;
    a.answers.push_back({"q", "f-<x>", "single", "ideas", "Prompt <img src=x onerror=alert(1)>",
                         "g", "", 0.0, core::Outcome::Wrong});
    r.attempts.push_back(a);
    return core::ClassReport::build({r}, {{"", "Leyla \"the <i>\""}});
}

/// The records of a CSV as RFC 4180 reads them (',' between fields, "" for a quote).
std::vector<std::vector<std::string>> parseCsv(const std::string& csv) {
    std::vector<std::vector<std::string>> records(1, std::vector<std::string>(1));
    bool quoted = false;
    for (std::size_t i = 0; i < csv.size(); ++i) {
        const char c = csv[i];
        std::string& field = records.back().back();
        if (quoted) {
            if (c == '"' && i + 1 < csv.size() && csv[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            records.back().emplace_back();
        } else if (c == '\r' && i + 1 < csv.size() && csv[i + 1] == '\n') {
            records.emplace_back(1);
            ++i;
        } else {
            field += c;
        }
    }
    if (records.back().size() == 1 && records.back()[0].empty()) {
        records.pop_back();
    }
    return records;
}

/// The cells a spreadsheet set to split on ';' sees in the same text: it starts a cell after
/// each ';' and line break, and honours a quote only at the start of a cell.
std::vector<std::string> semicolonCells(const std::string& csv) {
    std::vector<std::string> cells(1);
    bool quoted = false;
    for (std::size_t i = 0; i < csv.size(); ++i) {
        const char c = csv[i];
        if (quoted) {
            if (c == '"' && i + 1 < csv.size() && csv[i + 1] == '"') {
                cells.back() += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                cells.back() += c;
            }
        } else if (c == '"' && cells.back().empty()) {
            quoted = true;
        } else if (c == ';' || c == '\r' || c == '\n') {
            cells.emplace_back();
        } else {
            cells.back() += c;
        }
    }
    return cells;
}

/// True when a spreadsheet would take the cell for a formula: = + - @ after leading spaces.
bool looksLikeFormula(const std::string& cell) {
    const std::size_t first = cell.find_first_not_of(" \t");
    return first != std::string::npos && std::string("=+-@").find(cell[first]) != std::string::npos;
}

} // namespace

TEST_CASE("CSV fields starting with a formula after whitespace, ';' or a line break are guarded",
          "[report][io]") {
    CHECK(ReportWriter::csvField(" =1+1") == "' =1+1");
    CHECK(ReportWriter::csvField("\t=cmd") == "'\t=cmd");
    CHECK(ReportWriter::csvField("\tplain") == "'\tplain");
    CHECK(ReportWriter::csvField("\r@SUM(A1)") == "\"'\r'@SUM(A1)\"");
    CHECK(ReportWriter::csvField("\n-2+3") == "\"'\n'-2+3\"");
    CHECK(ReportWriter::csvField(";=1") == "\";'=1\"");
    CHECK(ReportWriter::csvField("a; +1") == "\"a;' +1\"");
    CHECK(ReportWriter::csvField("a;b") == "\"a;b\"");
    CHECK(ReportWriter::csvField("Anna-Maria") == "Anna-Maria");

    const std::vector<std::string> hostile{" =1+1",      "\t=cmd|' /C calc'!A0",
                                           "\r@SUM(A1)", "\n-2+3",
                                           ";=1",        "x;=HYPERLINK(\"http://evil\")&\"",
                                           "a\n=1",      "  +1",
                                           "@x;  -1;@y"};
    core::ClassReport report;
    for (const std::string& text : hostile) {
        core::ClassReport::Row r;
        r.learnerId = text;
        r.learnerName = text;
        r.minutes = -0.5; // a number we write ourselves stays a number
        report.rows.push_back(r);
    }
    const std::string csv = ReportWriter::csv(report);
    const auto records = parseCsv(csv.substr(3));
    REQUIRE(records.size() == hostile.size() + 1);
    for (std::size_t i = 0; i < hostile.size(); ++i) {
        INFO(hostile[i]);
        REQUIRE(records[i + 1].size() == 12);
        const std::string& cell = records[i + 1][1];
        CHECK_FALSE(looksLikeFormula(cell));
        // Read back, the cell is the text with apostrophes put in, nothing else changed.
        const auto withoutApostrophes = [](std::string text) {
            text.erase(std::remove(text.begin(), text.end(), '\''), text.end());
            return text;
        };
        CHECK(cell != hostile[i]);
        CHECK(withoutApostrophes(cell) == withoutApostrophes(hostile[i]));
        CHECK(records[i + 1][9] == "-0.5");
    }
    for (const std::string& cell : semicolonCells(csv.substr(3))) {
        INFO(cell);
        // The minutes cell ends a line after a comma: ",-0.5" is not the start of a cell.
        CHECK_FALSE(looksLikeFormula(cell));
    }
}

TEST_CASE("CSV fields are quoted and guarded against formulas", "[report][io]") {
    CHECK(ReportWriter::csvField("plain") == "plain");
    CHECK(ReportWriter::csvField("a,b") == "\"a,b\"");
    CHECK(ReportWriter::csvField("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(ReportWriter::csvField("two\nlines") == "\"two\nlines\"");
    CHECK(ReportWriter::csvField("=1+1") == "'=1+1");
    CHECK(ReportWriter::csvField("+1") == "'+1");
    CHECK(ReportWriter::csvField("-1") == "'-1");
    CHECK(ReportWriter::csvField("@SUM(A1)") == "'@SUM(A1)");
    CHECK(ReportWriter::csvField("=a,b") == "\"'=a,b\"");
    CHECK(ReportWriter::csvField("") == "");
}

TEST_CASE("The CSV has a BOM, a header and one row per learner", "[report][io]") {
    ReportWriter::Options options;
    options.utcOffset = [](std::int64_t) { return 4L * 3600; };
    const std::string csv = ReportWriter::csv(sample(), options);
    CHECK(csv.rfind("\xEF\xBB\xBF"
                    "learner,learner id,uid,roster id,attempts,answered,right,score %,passed,"
                    "minutes,submitted,status,ideas %,Q1 Prompt <img src=x onerror=alert(1)>\r\n",
                    0) == 0);
    CHECK(csv.find("\"'=HYPERLINK(\"\"http://evil\"\"),<script>alert(1)</script>\"") !=
          std::string::npos);
    CHECK(csv.find("not submitted") != std::string::npos);
    CHECK(csv.find(",2026-11-25 19:05 +04,handed in,") != std::string::npos);
}

TEST_CASE("Numbers suit the CSV format: never 16.7 in a decimal-comma CSV", "[report][io]") {
    core::AssignmentResult r;
    r.learnerId = "aysel";
    r.learnerName = "Aysel";
    r.assignmentId = "t";
    r.questionCount = 6;
    core::AssignmentResult::Attempt a;
    a.start = 1795618800;
    a.end = a.start + 90;
    a.answers.push_back(
        {"q", "f", "single", "dates", "P", "1920", "1937", 0.0, core::Outcome::Wrong});
    a.answers.push_back(
        {"q2", "f2", "single", "dates", "P2", "1937", "1937", 1.0, core::Outcome::Right});
    r.attempts.push_back(a);
    const auto report = core::ClassReport::build({r});
    ReportWriter::Options options;
    options.utcOffset = [](std::int64_t) { return 0L; };
    options.csvFormat = ReportWriter::CsvFormat::Semicolon;
    const std::string semicolon = ReportWriter::csv(report, options);
    INFO(semicolon);
    CHECK(semicolon.find("Aysel;aysel;;;1;2;1;16,7;no;1,5;2026-11-25 15:01 +00;handed in;50,0;") !=
          std::string::npos);
    CHECK(semicolon.find("16.7") == std::string::npos);
    options.csvFormat = ReportWriter::CsvFormat::Comma;
    const std::string comma = ReportWriter::csv(report, options);
    CHECK(comma.find("Aysel,aysel,,,1,2,1,16.7,no,1.5,") != std::string::npos);
}

TEST_CASE("The CSV format follows the locale's decimal separator", "[report][io]") {
    using F = ReportWriter::CsvFormat;
    CHECK(ReportWriter::csvFormatForLocale("az_AZ.UTF-8") == F::Semicolon);
    CHECK(ReportWriter::csvFormatForLocale("de_DE.UTF-8") == F::Semicolon);
    CHECK(ReportWriter::csvFormatForLocale("ru_RU") == F::Semicolon);
    CHECK(ReportWriter::csvFormatForLocale("de_CH.UTF-8") == F::Comma);
    CHECK(ReportWriter::csvFormatForLocale("en_US.UTF-8") == F::Comma);
    CHECK(ReportWriter::csvFormatForLocale("C.UTF-8") == F::Comma);
    CHECK(ReportWriter::csvFormatForLocale("") == F::Comma);
    CHECK(ReportWriter::csvFormatFromName("semicolon") == F::Semicolon);
    CHECK_FALSE(ReportWriter::csvFormatFromName("tab"));
}

TEST_CASE("Submitted times are local with the offset", "[report][io]") {
    CHECK(ReportWriter::localTime(1795618800, 4 * 3600) == "2026-11-25 19:00 +04");
    CHECK(ReportWriter::localTime(1795618800, 0) == "2026-11-25 15:00 +00");
    CHECK(ReportWriter::localTime(1795618800, -(3 * 3600 + 1800)) == "2026-11-25 11:30 -0330");
}

TEST_CASE("The HTML report is self-contained and escapes learner strings", "[report][io]") {
    const std::string html = ReportWriter::html(sample());
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("<img") == std::string::npos);
    CHECK(html.find("&lt;script&gt;") != std::string::npos);
    CHECK(html.find("Terror &amp; &lt;b&gt;") != std::string::npos);
    CHECK(html.find("<svg") != std::string::npos);
    CHECK(html.find("http://evil") != std::string::npos); // as escaped text only
    CHECK(html.find("href") == std::string::npos);
    CHECK(html.find("Not submitted") != std::string::npos);
    CHECK(html.find("Leyla &quot;the &lt;i&gt;&quot;") != std::string::npos);
    CHECK(html.find("Most missed facts") != std::string::npos);
}

TEST_CASE("The HTML report has the new views, question labels, plurals and a print style",
          "[report][io]") {
    const std::string html = ReportWriter::html(sample());
    CHECK(html.find("1 learner: 1 handed in.") != std::string::npos);
    CHECK(html.find("1 learners") == std::string::npos);
    CHECK(html.find("Learner × question") != std::string::npos);
    CHECK(html.find("Results per category") != std::string::npos);
    CHECK(html.find("Wrong answers chosen") != std::string::npos);
    CHECK(html.find("Not on the roster") != std::string::npos);
    CHECK(html.find("@media print") != std::string::npos);
    // The per-question chart is labelled by the question, not the fact id.
    CHECK(html.find(">Q1 Prompt &lt;img src=x onerror=alert(1)&gt;</text>") != std::string::npos);
    CHECK(html.find(">f-&lt;x&gt;</text>") == std::string::npos);
    CHECK(html.find("<th>Status</th>") != std::string::npos);
    CHECK(html.find("<td>handed in</td>") != std::string::npos);
}

TEST_CASE("The report's headers and labels come out in the interface's language",
          "[report][io][i18n]") {
    struct English {
        ~English() { io::Language::use("en"); }
    } restore;
    io::Language::use("az");
    ReportWriter::Options options;
    options.utcOffset = [](std::int64_t) { return 4L * 3600; };
    const std::string csv = ReportWriter::csv(sample(), options);
    CHECK(csv.rfind("\xEF\xBB\xBF"
                    "şagird,şagirdin id-si,uid,siyahı id-si,cəhdlər,cavablanıb,düz,nəticə %,"
                    "keçib,dəqiqə,göndərilib,vəziyyət,ideas %,S1 Prompt",
                    0) == 0);
    CHECK(csv.find("göndərməyib") != std::string::npos);
    const std::string html = ReportWriter::html(sample(), options);
    CHECK(html.find("<html lang=\"az\">") != std::string::npos);
    CHECK(html.find("<title>Sinif hesabatı: Terror &amp; &lt;b&gt;bold&lt;/b&gt;</title>") !=
          std::string::npos);
    CHECK(html.find("<h2>Şagirdlər</h2>") != std::string::npos);
    CHECK(html.find("<th>Şagird</th><th>Uid</th><th>Siyahı id-si</th>") != std::string::npos);
    CHECK(html.find("<h2>Seçilən səhv cavablar</h2>") != std::string::npos);
    CHECK(html.find("Learner") == std::string::npos);

    io::Language::use("ru");
    CHECK(ReportWriter::html(sample(), options).find("<html lang=\"ru\">") != std::string::npos);
    io::Language::use("en");
    CHECK(ReportWriter::html(sample(), options).find("<html lang=\"en\">") != std::string::npos);
}
