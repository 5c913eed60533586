// Benchmark: a class report over N results files (default 1,000 learners, 20 answers each):
// read the folder, build the report, write the CSV and the HTML (and, timed apart, the XLSX
// workbook). The target is under a second.
// Usage: yaddas_bench_report [LEARNERS] [RUNS]
#include <core/ClassReport.hpp>
#include <io/ReportSpreadsheet.hpp>
#include <io/ReportWriter.hpp>
#include <io/ResultsReader.hpp>
#include <io/ResultsWriter.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;
using namespace yaddas;

int main(int argc, char** argv) {
    const int learners = argc > 1 ? std::max(1, std::atoi(argv[1])) : 1000;
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
    const fs::path folder =
        fs::temp_directory_path() / ("yaddas-bench-report-" + std::to_string(::getpid()));
    fs::remove_all(folder);
    fs::create_directories(folder);

    std::mt19937_64 rng(20261125);
    for (int i = 0; i < learners; ++i) {
        core::AssignmentResult r;
        r.learnerId = "learner-" + std::to_string(i);
        r.learnerName = "Learner " + std::to_string(i);
        r.assignmentId = "bench";
        r.assignmentTitle = "Benchmark assignment";
        r.assignmentChecksum = "0123456789abcdef";
        r.questionCount = 20;
        core::AssignmentResult::Attempt a;
        a.start = 1795618800 + i;
        a.end = a.start + 900;
        for (int q = 0; q < 20; ++q) {
            const bool right = rng() % 3 != 0;
            a.answers.push_back({"f-" + std::to_string(q) + "/single", "f-" + std::to_string(q),
                                 "single", "dates", "Question number " + std::to_string(q) + "?",
                                 "An answer", "The answer", right ? 1.0 : 0.0,
                                 right ? core::Outcome::Right : core::Outcome::Wrong});
        }
        r.attempts.push_back(a);
        if (!io::ResultsWriter::save(r, folder)) {
            std::fprintf(stderr, "cannot write the benchmark files\n");
            return 1;
        }
    }

    std::vector<double> ms;
    std::vector<double> xlsxMs;
    std::size_t rows = 0;
    const fs::path workbook = folder.string() + ".xlsx";
    for (int run = 0; run < runs; ++run) {
        const auto start = std::chrono::steady_clock::now();
        const auto read = io::ResultsReader::readFolder(folder);
        const auto report = core::ClassReport::build(read.results);
        const std::string csv = io::ReportWriter::csv(report);
        const std::string html = io::ReportWriter::html(report);
        const auto end = std::chrono::steady_clock::now();
        rows = report.rows.size() + (csv.empty() || html.empty() ? 1 : 0);
        ms.push_back(std::chrono::duration<double, std::milli>(end - start).count());
        if (!io::ReportSpreadsheet::write(report, workbook).ok()) {
            rows = 0;
        }
        xlsxMs.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - end)
                .count());
    }
    fs::remove_all(folder);
    fs::remove(workbook);
    std::sort(xlsxMs.begin(), xlsxMs.end());
    std::sort(ms.begin(), ms.end());
    std::printf("class report over %d results files (%zu rows): median %.1f ms, best %.1f ms, "
                "worst %.1f ms over %d runs (target: under 1000 ms)\n",
                learners, rows, ms[ms.size() / 2], ms.front(), ms.back(), runs);
    std::printf("and the XLSX workbook: median %.1f ms more\n", xlsxMs[xlsxMs.size() / 2]);
    return rows == static_cast<std::size_t>(learners) ? 0 : 1;
}
