#include <core/ClassReport.hpp>

#include <catch2/catch.hpp>

using namespace yaddas;
using core::AssignmentResult;
using core::ClassReport;

namespace {

AssignmentResult result(std::string id, std::string name, std::vector<std::vector<double>> attempts,
                        std::int64_t start = 1000) {
    AssignmentResult r;
    r.learnerId = std::move(id);
    r.learnerName = std::move(name);
    r.assignmentId = "terror";
    r.assignmentTitle = "The Great Terror";
    r.passMark = 60;
    for (const auto& scores : attempts) {
        AssignmentResult::Attempt a;
        a.start = start;
        a.end = start + 600;
        start += 1000;
        int n = 0;
        for (double s : scores) {
            const auto outcome = s >= 1.0 ? core::Outcome::Right
                                 : s > 0  ? core::Outcome::Partial
                                          : core::Outcome::Wrong;
            a.answers.push_back({"q" + std::to_string(n), "fact-" + std::to_string(n), "single",
                                 "dates", "Question " + std::to_string(n), "x", "y", s, outcome});
            ++n;
        }
        r.attempts.push_back(a);
    }
    return r;
}

} // namespace

TEST_CASE("A class report has a row per learner with the kept attempt", "[report]") {
    std::vector<AssignmentResult> results{
        result("aysel", "Aysel", {{1, 1, 0, 0}, {1, 1, 1, 0}}),
        result("tural", "Tural", {{0, 0, 0, 0}}),
        result("leyla", "Leyla", {{1, 1, 1, 1}}),
    };
    auto report = ClassReport::build(results);
    REQUIRE(report.rows.size() == 3);
    CHECK(report.rows[0].learnerName == "Aysel"); // sorted by name
    CHECK(report.rows[0].attempts == 2);
    CHECK(report.rows[0].score == Approx(0.75));
    CHECK(report.rows[0].passed);
    CHECK(report.rows[0].minutes == Approx(10.0));
    CHECK(report.rows[2].learnerName == "Tural");
    CHECK_FALSE(report.rows[2].passed);
    CHECK(report.histogram[0] == 1);
    CHECK(report.histogram[7] == 1);
    CHECK(report.histogram[9] == 1);
    CHECK(report.passedCount() == 2);
    CHECK(report.meanScore() == Approx((0.75 + 0 + 1) / 3));
    // fact-3 was missed by two of three learners: it is the hardest.
    REQUIRE(report.facts.size() == 4);
    CHECK(report.facts.front().factId == "fact-3");
    CHECK(report.facts.front().wrong == 2);
    CHECK(report.facts.front().mean == Approx(1.0 / 3));
}

TEST_CASE("The same learner in two files is merged, then the rule picks", "[report]") {
    auto first = result("aysel", "Aysel", {{1, 1, 1, 1}}, 1000);
    auto second = result("aysel", "Aysel", {{0, 0, 0, 0}}, 5000);
    first.keep = second.keep = core::Assignment::Keep::Last;
    // Files come in any order: the later attempt is still the last.
    auto report = ClassReport::build({second, first});
    REQUIRE(report.rows.size() == 1);
    CHECK(report.rows[0].attempts == 2);
    CHECK(report.rows[0].score == Approx(0.0));
    first.keep = second.keep = core::Assignment::Keep::Best;
    report = ClassReport::build({second, first});
    CHECK(report.rows[0].score == Approx(1.0));
}

TEST_CASE("A roster shows who has not submitted", "[report]") {
    auto report = ClassReport::build({result("aysel", "Aysel Məmmədova", {{1}})},
                                     {{"", "aysel məmmədova"}, {"tural", ""}, {"", "Leyla"}});
    CHECK(report.hasRoster);
    REQUIRE(report.missing.size() == 2);
    CHECK(report.missing[0].id == "tural");
    CHECK(report.missing[1].name == "Leyla");
}
