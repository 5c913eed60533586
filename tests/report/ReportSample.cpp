// Writes the class report of a realistic sample class (Azerbaijani names, one attempt not
// handed in, a roster with one learner missing and one learner not on it, two learners of one
// name on two computers) as CSV, HTML and XLSX, for the read-back test (check-report.py) and
// the documentation's screenshot (tests/app/report-screenshot.sh).
// Usage: yaddas_report_sample OUTDIR [comma|semicolon]
#include <core/ClassReport.hpp>
#include <io/AtomicFile.hpp>
#include <io/ReportSpreadsheet.hpp>
#include <io/ReportWriter.hpp>

#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

using namespace yaddas;
using core::AssignmentResult;
using core::Outcome;

namespace {

struct Question {
    const char* id;
    const char* fact;
    const char* category;
    const char* prompt;
    const char* right;
};

const std::vector<Question> questions{
    {"cavid-arrest/year", "cavid-arrest", "dates",
     "In which year was the poet Hüseyn Cavid arrested?", "1937"},
    {"musfiq-shot/single", "musfiq-shot", "victims", "Which poet was shot in January 1938?",
     "Mikayıl Müşfiq"},
    {"order-00447/single", "order-00447", "dates", "When was NKVD Order No. 00447 signed?",
     "30 July 1937"},
    {"troika/single", "troika", "ideas", "What was a troika in 1937–1938?",
     "A body of three that passed sentences without a trial"},
    {"troika-size/number", "troika-size", "figures", "How many members did a troika have?", "3"},
    {"cavad-shot/single", "cavad-shot", "victims",
     "Which poet, author of the words of the 1918 republic's anthem, was shot in 1937?",
     "Əhməd Cavad"},
};

/// One learner's answers: "" for the right answer, otherwise the wrong one given; "~x" is
/// partly right.
AssignmentResult learner(const std::string& id, const std::string& name, const std::string& uid,
                         const std::string& rosterId, std::int64_t start,
                         const std::vector<std::string>& given, bool open = false) {
    AssignmentResult r;
    r.learnerId = id;
    r.learnerName = name;
    r.learnerUid = uid;
    r.rosterId = rosterId;
    r.assignmentId = "great-terror-1937";
    r.assignmentTitle = "The Great Terror in Azerbaijan, 1937–1938";
    r.questionCount = static_cast<int>(questions.size());
    r.passMark = 60;
    AssignmentResult::Attempt a;
    a.start = start;
    a.open = open;
    for (std::size_t i = 0; i < given.size(); ++i) {
        const Question& q = questions[i];
        const bool right = given[i].empty();
        const bool partial = !right && given[i][0] == '~';
        a.answers.push_back({q.id, q.fact, "single", q.category, q.prompt,
                             right     ? q.right
                             : partial ? given[i].substr(1)
                                       : given[i],
                             q.right,
                             right     ? 1.0
                             : partial ? 0.5
                                       : 0.0,
                             right     ? Outcome::Right
                             : partial ? Outcome::Partial
                                       : Outcome::Wrong});
    }
    a.end = start + 60 * static_cast<std::int64_t>(2 + 2 * given.size());
    r.attempts.push_back(a);
    return r;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: yaddas_report_sample OUTDIR [comma|semicolon]\n");
        return 2;
    }
    const std::filesystem::path out = argv[1];
    std::filesystem::create_directories(out);
    const std::int64_t t = 1795766400; // 2026-11-27 05:20 UTC, a school morning in Baku
    std::vector<AssignmentResult> results{
        learner("aysel-mammadova", "Aysel Məmmədova", "7f3a9c21-5d0e-4b7a-9f43-0c2e8a61d5b7", "r01",
                t, {"", "", "", "", "", ""}),
        learner("aysel-mammadova", "Aysel Məmmədova", "b01d5e77-2c48-4e19-8a3f-64d0c9b2e1a5", "",
                t + 300, {"1938", "", "5 December 1936", "", "", "Hüseyn Cavid"}),
        learner("rashad-quliyev", "Rəşad Quliyev", "3c8e41f0-9a27-4d6b-b5e2-7f1a0c93d864", "r02",
                t + 120, {"", "Səməd Vurğun", "", "~A court of three judges", "", ""}),
        learner("chingiz-aliyev", "Çingiz Əliyev", "e52b7d09-1f6c-4a83-9e40-2b8d5c7f1a36", "r03",
                t + 600, {"1938", ""}, true),
        learner("ulvi-hasanli", "Ülvi Həsənli", "91f04c6a-7e25-4b8d-a3c1-5d9e2f0b4a78", "r04",
                t + 60,
                {"1941", "Səməd Vurğun", "5 December 1936", "A court with a jury", "5",
                 "Hüseyn Cavid"}),
        learner("shabnam-ismayilova", "Şəbnəm İsmayılova", "0a6d3e58-c1b9-47f2-8e6a-d3f5b1c7092e",
                "r05", t + 240, {"", "", "", "", "7", ""}),
        learner("ilqar-nasirov", "İlqar Nəsirov", "5e2c9b17-4a0d-4f63-b8e1-9c7a2d5f03b4", "",
                t + 420, {"", "Səməd Vurğun", "", "", "", "Hüseyn Cavid"}),
    };
    const std::vector<core::ClassReport::RosterEntry> roster{
        {"r01", "Aysel Məmmədova"}, {"r02", "Rəşad Quliyev"},     {"r03", "ÇİNGİZ ƏLİYEV"},
        {"r04", "Ülvi  Həsənli"},   {"r05", "Şəbnəm İsmayılova"}, {"r06", "Nərgiz Kərimova"},
    };
    const auto report = core::ClassReport::build(results, roster);
    io::ReportWriter::Options options;
    options.utcOffset = [](std::int64_t) { return 4L * 3600; }; // Baku
    options.csvFormat = argc > 2 ? io::ReportWriter::csvFormatFromName(argv[2]).value_or(
                                       io::ReportWriter::CsvFormat::Comma)
                                 : io::ReportWriter::CsvFormat::Comma;
    const std::string base = argc > 2 ? std::string("class-report-") + argv[2] : "class-report";
    bool ok = io::AtomicFile::write(out / (base + ".csv"), io::ReportWriter::csv(report, options),
                                    io::AtomicFile::Backup::None)
                  .ok();
    ok = ok &&
         io::AtomicFile::write(out / "class-report.html", io::ReportWriter::html(report, options),
                               io::AtomicFile::Backup::None)
             .ok();
    ok = ok && io::ReportSpreadsheet::write(report, out / "class-report.xlsx", options).ok();
    if (!ok) {
        std::fprintf(stderr, "yaddas_report_sample: cannot write to %s\n", out.c_str());
        return 1;
    }
    return 0;
}
