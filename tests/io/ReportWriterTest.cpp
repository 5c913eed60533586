#include <io/ReportWriter.hpp>

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
        REQUIRE(records[i + 1].size() == 9);
        const std::string& cell = records[i + 1][1];
        CHECK_FALSE(looksLikeFormula(cell));
        // Read back, the cell is the text with apostrophes put in, nothing else changed.
        const auto withoutApostrophes = [](std::string text) {
            text.erase(std::remove(text.begin(), text.end(), '\''), text.end());
            return text;
        };
        CHECK(cell != hostile[i]);
        CHECK(withoutApostrophes(cell) == withoutApostrophes(hostile[i]));
        CHECK(records[i + 1][8] == "-0.5");
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
    const std::string csv = ReportWriter::csv(sample());
    CHECK(csv.rfind("\xEF\xBB\xBF"
                    "learner id,name,",
                    0) == 0);
    CHECK(csv.find("\"'=HYPERLINK(\"\"http://evil\"\"),<script>alert(1)</script>\"") !=
          std::string::npos);
    CHECK(csv.find("not submitted") != std::string::npos);
    CHECK(csv.find("2026-11-25T15:05:00Z") != std::string::npos);
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
