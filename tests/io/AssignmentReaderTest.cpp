#include <io/AssignmentReader.hpp>
#include <io/AssignmentWriter.hpp>

#include <core/Fnv1a.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <string>

using namespace yaddas;
namespace fs = std::filesystem;

namespace {

const fs::path fixtures = fs::path(YADDAS_FIXTURES_DIR) / "teacher" / "assignments";

bool has(const core::Diagnostics& diagnostics, int line, const std::string& words) {
    return std::any_of(diagnostics.begin(), diagnostics.end(), [&](const core::Diagnostic& d) {
        return d.line == line && d.message.find(words) != std::string::npos;
    });
}

std::string all(const core::Diagnostics& diagnostics) {
    std::string out;
    for (const auto& d : diagnostics) {
        out += d.format() + "\n";
    }
    return out;
}

} // namespace

TEST_CASE("An assignment file is read with every field", "[assignment][io]") {
    const auto r = io::AssignmentReader::readFile(fixtures / "terror.assignment.xml");
    INFO(all(r.diagnostics));
    REQUIRE(r.assignment);
    const core::Assignment& a = *r.assignment;
    CHECK(a.id == "great-terror-test");
    CHECK(a.title == "The Great Terror: dates and people");
    CHECK(a.modules == std::vector<std::string>{"great-terror", "people"});
    CHECK(a.categories ==
          std::vector<core::Category>{core::Category::Dates, core::Category::Victims});
    CHECK(a.count == 12);
    CHECK(a.seed == 20261125);
    CHECK(a.seedRule == core::Assignment::SeedRule::PerLearner);
    CHECK(a.passMark == 70);
    REQUIRE(a.due);
    CHECK(a.due->iso() == "2026-12-01");
    CHECK(a.attempts == 2);
    CHECK(a.keep == core::Assignment::Keep::Last);
    CHECK(a.timeLimitMinutes == 30);
    CHECK(r.checksum.size() == 16);
}

TEST_CASE("An assignment survives writing and reading back", "[assignment][io]") {
    core::Assignment a;
    a.id = "quotes";
    a.title = "Title with <angle> & \"quotes\" – and ə";
    a.modules = {"beginning"};
    a.count = 5;
    a.seed = 9007199254740993ULL;
    const std::string xml = io::AssignmentWriter::toXml(a);
    const auto r = io::AssignmentReader::readString(xml, "mem.xml");
    INFO(all(r.diagnostics));
    REQUIRE(r.assignment);
    CHECK(r.assignment->title == a.title);
    CHECK(r.assignment->seed == a.seed);
    CHECK(r.assignment->seedRule == core::Assignment::SeedRule::Same);
    CHECK_FALSE(r.assignment->due);
    CHECK_FALSE(r.assignment->timeLimitMinutes);
    CHECK(r.checksum == core::Fnv1a::hex(core::Fnv1a::hash(xml)));
}

TEST_CASE("A hostile assignment gives file:line errors and no assignment", "[assignment][io]") {
    const auto r = io::AssignmentReader::readFile(fixtures / "hostile.assignment.xml");
    CHECK_FALSE(r.assignment);
    INFO(all(r.diagnostics));
    CHECK(has(r.diagnostics, 2, "may hold only lowercase"));
    CHECK(has(r.diagnostics, 5, "must be dates, figures, victims or ideas"));
    CHECK(has(r.diagnostics, 6, "is not a whole number"));
    CHECK(has(r.diagnostics, 7, "out of range"));
    CHECK(has(r.diagnostics, 7, "same or per-learner"));
    CHECK(has(r.diagnostics, 8, "out of range"));
    CHECK(has(r.diagnostics, 9, "not a day"));
    CHECK(has(r.diagnostics, 10, "out of range"));
    CHECK(has(r.diagnostics, 10, "best or last"));
    CHECK(has(r.diagnostics, 11, "out of range"));
    CHECK(has(r.diagnostics, 12, "unknown element <script>"));
    for (const auto& d : r.diagnostics) {
        CHECK(d.file.find("hostile.assignment.xml") != std::string::npos);
    }
}

TEST_CASE("Wrong roots, binary, huge titles and empty files are refused", "[assignment][io]") {
    auto wrong = io::AssignmentReader::readString("<results format=\"1\"/>", "w.xml");
    CHECK_FALSE(wrong.assignment);
    CHECK(has(wrong.diagnostics, 1, "not an assignment file"));

    const std::string binary("\x00\x01\x02<assignment>", 15);
    auto bin = io::AssignmentReader::readString(binary, "b.xml");
    CHECK_FALSE(bin.assignment);
    REQUIRE_FALSE(bin.diagnostics.empty());

    const std::string huge = "<assignment format=\"1\" id=\"a\">\n<title>" +
                             std::string(10u * 1024u * 1024u, 'x') +
                             "</title><questions count=\"1\"/></assignment>";
    auto big = io::AssignmentReader::readString(huge, "big.xml");
    CHECK_FALSE(big.assignment);
    CHECK(big.diagnostics.at(0).message.find("larger than") != std::string::npos);

    const std::string longTitle = "<assignment format=\"1\" id=\"a\">\n<title>" +
                                  std::string(5000, 'x') +
                                  "</title><questions count=\"1\"/></assignment>";
    auto longOne = io::AssignmentReader::readString(longTitle, "t.xml");
    CHECK_FALSE(longOne.assignment);
    CHECK(has(longOne.diagnostics, 2, "longer than 200"));

    auto empty = io::AssignmentReader::readString("", "e.xml");
    CHECK_FALSE(empty.assignment);
    CHECK_FALSE(empty.diagnostics.empty());

    auto missing = io::AssignmentReader::readString("<assignment format=\"2\" id=\"a\"/>", "m.xml");
    CHECK_FALSE(missing.assignment);
    CHECK(has(missing.diagnostics, 1, "format=\"2\""));
    CHECK(has(missing.diagnostics, 1, "needs a <title>"));
    CHECK(has(missing.diagnostics, 1, "needs <questions"));

    auto blankModule = io::AssignmentReader::readString(
        "<assignment format=\"1\" id=\"a\">\n<title>t</title>\n<module id=\"\"/>\n"
        "<questions count=\"1\"/></assignment>",
        "blank.xml");
    CHECK_FALSE(blankModule.assignment);
    CHECK(has(blankModule.diagnostics, 3, "the id is empty"));

    auto file = io::AssignmentReader::readFile(fixtures / "no-such-file.xml");
    CHECK_FALSE(file.assignment);
    CHECK_FALSE(file.diagnostics.empty());
}

TEST_CASE("An assignment's class list survives writing and reading back",
          "[assignment][io][roster]") {
    core::Assignment a;
    a.id = "class";
    a.title = "With a class list";
    a.classList = {{"17", "Aysel Məmmədova", 0}, {"aysel-memmedova", "Aysel <M.> & \"co\"", 0}};
    const auto r = io::AssignmentReader::readString(io::AssignmentWriter::toXml(a), "mem.xml");
    INFO(all(r.diagnostics));
    REQUIRE(r.assignment);
    REQUIRE(r.assignment->classList.size() == 2);
    CHECK(r.assignment->classList[0].id == "17");
    CHECK(r.assignment->classList[0].name == "Aysel Məmmədova");
    CHECK(r.assignment->classList[1].name == "Aysel <M.> & \"co\"");
    // Without a list, none is read.
    a.classList.clear();
    const auto plain = io::AssignmentReader::readString(io::AssignmentWriter::toXml(a), "mem.xml");
    REQUIRE(plain.assignment);
    CHECK(plain.assignment->classList.empty());
}

TEST_CASE("A bad class list gives file:line errors", "[assignment][io][roster]") {
    auto read = [](const std::string& learners) {
        return io::AssignmentReader::readString(
            "<assignment format=\"1\" id=\"c\">\n<title>T</title>\n<questions count=\"1\"/>\n"
            "<class>\n" +
                learners + "</class>\n</assignment>\n",
            "c.xml");
    };
    auto r = read("<learner id=\"1\" name=\"Aysel\"/>\n<learner id=\"1\" name=\"Günel\"/>\n");
    CHECK_FALSE(r.assignment);
    CHECK(has(r.diagnostics, 6, "twice"));
    r = read("<learner id=\"a b\" name=\"Aysel\"/>\n");
    CHECK_FALSE(r.assignment);
    CHECK(has(r.diagnostics, 5, "may hold only"));
    r = read("<learner id=\"1\" name=\"\"/>\n");
    CHECK_FALSE(r.assignment);
    CHECK(has(r.diagnostics, 5, "no name"));
    r = read("<learner id=\"1\" name=\"" + std::string(201, 'a') + "\"/>\n");
    CHECK_FALSE(r.assignment);
    CHECK(has(r.diagnostics, 5, "longer than 200"));
    r = read("<learner name=\"Aysel\"/>\n");
    CHECK_FALSE(r.assignment);
    CHECK(has(r.diagnostics, 5, "id"));
    r = read("<pupil id=\"1\" name=\"Aysel\"/>\n");
    CHECK_FALSE(r.assignment);
    CHECK(has(r.diagnostics, 5, "unknown element <pupil>"));
    std::string many;
    for (int i = 1; i <= 501; ++i) {
        many += "<learner id=\"" + std::to_string(i) + "\" name=\"L\"/>\n";
    }
    r = read(many);
    CHECK_FALSE(r.assignment);
    CHECK(has(r.diagnostics, 505, "more than 500"));
}
