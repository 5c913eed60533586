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

namespace {

AssignmentResult withUid(AssignmentResult r, std::string uid, std::string rosterId = "") {
    r.learnerUid = std::move(uid);
    r.rosterId = std::move(rosterId);
    return r;
}

} // namespace

TEST_CASE("Two learners of one name on two computers are two rows and a clash", "[report]") {
    auto first = withUid(result("aysel-mammadova", "Aysel Məmmədova", {{1, 1}}),
                         "7f3a9c21-0000-4000-8000-000000000001");
    auto second = withUid(result("aysel-mammadova", "Aysel Məmmədova", {{0, 0}}),
                          "b01d5e77-0000-4000-8000-000000000002");
    auto report = ClassReport::build({first, second});
    REQUIRE(report.rows.size() == 2);
    CHECK(report.rows[0].shortUid == "7f3a-9c");
    CHECK(report.rows[1].shortUid == "b01d-5e");
    REQUIRE(report.clashes.size() == 1);
    CHECK(report.clashes[0].kind == ClassReport::Clash::Kind::SameName);
    CHECK(report.clashes[0].what == "Aysel Məmmədova");
    CHECK(report.clashes[0].shortUids == std::vector<std::string>{"7f3a-9c", "b01d-5e"});
}

TEST_CASE("An older file without a uid joins the one learner of its id", "[report]") {
    auto old = result("tural", "Tural", {{0, 0}}, 1000);
    auto fresh = withUid(result("tural", "Tural", {{1, 1}}, 5000), "aaaa1111");
    auto report = ClassReport::build({old, fresh});
    REQUIRE(report.rows.size() == 1);
    CHECK(report.rows[0].attempts == 2);
    CHECK(report.rows[0].learnerUid == "aaaa1111");
    // With two uid holders of that id, the old file is its own row: it cannot be told whose.
    auto other = withUid(result("tural", "Tural", {{1, 0}}, 9000), "bbbb2222");
    report = ClassReport::build({old, fresh, other});
    CHECK(report.rows.size() == 3);
    // Without any uid, files merge by id as before.
    report = ClassReport::build({old, result("tural", "Tural", {{1, 1}}, 5000)});
    CHECK(report.rows.size() == 1);
}

TEST_CASE("Two uids claiming one roster id are a clash; roster ids match first", "[report]") {
    auto a = withUid(result("aysel", "Aysel", {{1}}), "11112222", "r07");
    auto b = withUid(result("leyla", "Leyla", {{1}}), "33334444", "r07");
    auto report = ClassReport::build({a, b}, {{"r07", "Nigar"}, {"r08", "Aysel"}});
    REQUIRE(report.clashes.size() == 1);
    CHECK(report.clashes[0].kind == ClassReport::Clash::Kind::SameRosterId);
    CHECK(report.clashes[0].what == "r07");
    CHECK(report.missing.empty()); // r07 by roster id; r08 by name
}

TEST_CASE("Roster names match across Unicode case, the dotted I and spacing", "[report]") {
    auto report = ClassReport::build(
        {result("a", "Aysel Məmmədova", {{1}}), result("i", "İlqar", {{1}}),
         result("j", "Ilqar Həsənov", {{1}}), result("z", "Zaur", {{1}})},
        {{"", "AYSEL  MƏMMƏDOVA"}, {"", "İLQAR"}, {"", "ilqar  həsənov"}, {"", "Nigar"}});
    REQUIRE(report.missing.size() == 1);
    CHECK(report.missing[0].name == "Nigar");
    CHECK(report.notOnRosterCount() == 1);
    for (const auto& r : report.rows) {
        CHECK(r.onRoster == (r.learnerName != "Zaur"));
    }
    CHECK(ClassReport::sameName("İLQAR", "Ilqar"));
    CHECK(ClassReport::sameName("ƏLİ", "Əli"));
    CHECK_FALSE(ClassReport::sameName("Aysel", "Leyla"));
}

TEST_CASE("Rows are in Azerbaijani alphabetical order", "[report]") {
    std::vector<AssignmentResult> results;
    for (const char* n : {"Şəbnəm", "Ülvi", "Çingiz", "Rəşad", "Aysel"}) {
        results.push_back(result(n, n, {{1}}));
    }
    auto report = ClassReport::build(results);
    std::vector<std::string> names;
    for (const auto& r : report.rows) {
        names.push_back(r.learnerName);
    }
    CHECK(names == std::vector<std::string>{"Aysel", "Çingiz", "Rəşad", "Şəbnəm", "Ülvi"});
}

TEST_CASE("An open attempt is unfinished and does not count as handed in", "[report]") {
    auto only = result("leyla", "Leyla", {{1, 1, 1, 1}});
    only.attempts[0].open = true;
    auto mixed = result("aysel", "Aysel", {{1, 0, 0, 0}, {1, 1, 1, 1}});
    mixed.attempts[1].open = true; // the better one is not handed in
    auto report = ClassReport::build({only, mixed});
    REQUIRE(report.rows.size() == 2);
    const auto& aysel = report.rows[0];
    CHECK_FALSE(aysel.unfinished);
    CHECK(aysel.score == Approx(0.25));
    CHECK(aysel.attempts == 2);
    const auto& leyla = report.rows[1];
    CHECK(leyla.unfinished);
    CHECK_FALSE(leyla.passed);
    CHECK(leyla.submitted == 0);
    CHECK(report.unfinishedCount() == 1);
    CHECK(report.meanScore() == Approx(0.25)); // over the handed-in attempts only
    CHECK(report.passedCount() == 0);
}

TEST_CASE("Per question: each learner's answer, the wrong answers chosen, categories", "[report]") {
    auto a = result("a", "Aysel", {{1, 0}});
    auto b = result("b", "Bəxtiyar", {{0, 0.5}});
    auto c = result("c", "Cavid", {{0, 1}});
    a.attempts[0].answers[1].given = "1920";
    b.attempts[0].answers[0].given = "1920";
    b.attempts[0].answers[1].given = "1937";
    c.attempts[0].answers[0].given = "1920";
    b.attempts[0].answers[1].category = "victims";
    auto report = ClassReport::build({a, b, c});
    REQUIRE(report.questions.size() == 2);
    CHECK(report.questions[0].questionId == "q0");
    CHECK(report.questions[0].shortText == "Question 0");
    REQUIRE(report.questions[0].wrongAnswers.size() == 1);
    CHECK(report.questions[0].wrongAnswers[0].given == "1920");
    CHECK(report.questions[0].wrongAnswers[0].count == 2);
    REQUIRE(report.questions[1].wrongAnswers.size() == 2);
    REQUIRE(report.rows[1].cells.size() == 2);
    CHECK(report.rows[1].cells[1].given == "1937");
    CHECK(report.rows[1].cells[1].outcome == core::Outcome::Partial);
    CHECK(report.categories == std::vector<std::string>{"dates", "victims"});
    CHECK(report.classByCategory[0].asked == 5);
    CHECK(report.classByCategory[0].right == 2);
    CHECK(report.classByCategory[1].asked == 1);
    CHECK(report.rows[1].byCategory[1].mean() == Approx(0.5));
}

TEST_CASE("A question's short text is cut at a word with an ellipsis", "[report]") {
    CHECK(ClassReport::shortText("In which year  was the\nAzerbaijan SSR founded?", 30) ==
          "In which year was the…");
    CHECK(ClassReport::shortText("Qısa sual?", 30) == "Qısa sual?");
    CHECK(ClassReport::shortText("Şəşəşəşəşəşəşəşəşəşə", 5) == "Şəşəş…");
}
