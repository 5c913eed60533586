#include <io/ReportWriter.hpp>

#include <catch2/catch.hpp>

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
    a.answers.push_back({"q", "f-<x>", "single", "Prompt <img src=x onerror=alert(1)>", "g", 0.0,
                         core::Outcome::Wrong});
    r.attempts.push_back(a);
    return core::ClassReport::build({r}, {{"", "Leyla \"the <i>\""}});
}

} // namespace

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
