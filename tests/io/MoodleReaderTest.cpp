#include <io/MoodleReader.hpp>
#include <io/MoodleWriter.hpp>

#include <core/ModuleValidator.hpp>
#include <core/MoodleExport.hpp>
#include <core/MoodleImport.hpp>
#include <io/ImportedModuleWriter.hpp>
#include <io/ModuleReader.hpp>
#include <io/TextFile.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <map>
#include <string>

using namespace yaddas;
namespace fs = std::filesystem;

namespace {

const fs::path copied = fs::path(YADDAS_FIXTURES_DIR) / "teacher" / "moodle";
const fs::path shared = fs::path(YADDAS_SOURCE_DIR) / ".." / "shared" / "interop" / "moodle";

std::string all(const core::Diagnostics& diagnostics) {
    std::string out;
    for (const auto& d : diagnostics) {
        out += d.format() + "\n";
    }
    return out;
}

/// Imports a bank and checks the module reads back and validates as `yaddas validate` would.
core::MoodleImport::Result importChecked(const std::vector<core::MoodleQuestion>& questions,
                                         const std::string& name) {
    auto result = core::MoodleImport::convert(questions, "moodle-test", "Imported", name);
    if (result.module.questions.empty()) {
        return result;
    }
    const std::string xml = io::ImportedModuleWriter::toXml(result.module);
    auto read = io::ModuleReader::readString(xml, name + ".module.xml");
    INFO(xml);
    INFO(all(read.diagnostics));
    REQUIRE(read.module);
    CHECK_FALSE(core::hasErrors(read.diagnostics));
    const auto sourceText = io::TextFile::read(
        fs::path(YADDAS_SOURCE_DIR) / "lessons" / "source-text.txt", "source-text.txt");
    REQUIRE(sourceText.text);
    const auto source = core::SourceText::fromText(*sourceText.text);
    core::ModuleValidator validator(source);
    auto problems = validator.check(*read.module);
    const auto together = validator.checkTogether({&*read.module});
    problems.insert(problems.end(), together.begin(), together.end());
    INFO(all(problems));
    CHECK(problems.empty());
    CHECK(read.module->questions.size() == result.module.questions.size());
    return result;
}

bool skipped(const core::MoodleImport::Result& r, const std::string& name,
             const std::string& words) {
    return std::any_of(r.skipped.begin(), r.skipped.end(), [&](const auto& s) {
        return s.name == name && s.reason.find(words) != std::string::npos;
    });
}

struct Expected {
    std::size_t questions; ///< non-category questions read
    int imported;
    std::size_t authored; ///< lesson questions made
    std::size_t skipped;
};

} // namespace

TEST_CASE("Moodle's own fixtures: every question imported or skipped with a reason",
          "[moodle][io]") {
    const std::map<std::string, Expected> expected{
        {"multichoice.moodle.xml", {1, 1, 1, 0}},       {"truefalse.moodle.xml", {1, 1, 1, 0}},
        {"shortanswer.moodle.xml", {1, 1, 1, 0}},       {"match.moodle.xml", {1, 1, 3, 0}},
        {"ordering.moodle.xml", {1, 1, 1, 0}},          {"ordering-empty.moodle.xml", {1, 1, 1, 0}},
        {"nested-categories.moodle.xml", {5, 4, 4, 1}}, {"broken-cloze.moodle.xml", {5, 0, 0, 5}},
        {"invalid-grades.moodle.xml", {1, 0, 0, 1}},
    };
    for (const auto& [file, want] : expected) {
        CAPTURE(file);
        const auto read = io::MoodleReader::readFile(copied / file);
        INFO(all(read.diagnostics));
        REQUIRE(read.ok);
        const auto questions = std::count_if(read.questions.begin(), read.questions.end(),
                                             [](const auto& q) { return q.type != "category"; });
        CHECK(static_cast<std::size_t>(questions) == want.questions);
        const auto result = importChecked(read.questions, file);
        CHECK(result.imported == want.imported);
        CHECK(result.module.questions.size() == want.authored);
        CHECK(result.skipped.size() == want.skipped);
        for (const auto& s : result.skipped) {
            CHECK_FALSE(s.reason.empty());
            CHECK(s.line > 0);
        }
    }
}

TEST_CASE("Moodle fixtures: contents, reasons and categories", "[moodle][io]") {
    auto mc = io::MoodleReader::readFile(copied / "multichoice.moodle.xml");
    auto r = core::MoodleImport::convert(mc.questions, "m", "M", "mc.xml");
    REQUIRE(r.module.questions.size() == 1);
    const auto& q = r.module.questions[0];
    CHECK(q.kind == core::AuthoredQuestion::Kind::Multiple);
    CHECK(q.prompt == "Find the capital cities in Europe.");
    REQUIRE(q.options.size() == 5);
    CHECK(q.options[2].text == "London");
    CHECK(q.options[2].correct);
    CHECK(q.options[4].correct);
    CHECK_FALSE(q.options[0].correct);
    CHECK(q.explanation == "Berlin, Paris and London");
    CHECK(r.module.claims[0].meta.status == core::Status::Unverified);

    auto tf = io::MoodleReader::readFile(copied / "truefalse.moodle.xml");
    r = core::MoodleImport::convert(tf.questions, "m", "M", "tf.xml");
    REQUIRE(r.module.questions.size() == 1);
    CHECK(r.module.questions[0].options[0].text == "True");
    CHECK(r.module.questions[0].options[0].correct);

    auto match = io::MoodleReader::readFile(copied / "match.moodle.xml");
    r = core::MoodleImport::convert(match.questions, "m", "M", "match.xml");
    REQUIRE(r.module.questions.size() == 3);
    CHECK(r.module.questions[1].prompt == "Classify the animals. \u2014 cat");
    REQUIRE(r.module.questions[1].options.size() == 3); // amphibian, mammal, insect
    CHECK(r.module.questions[1].options[1].text == "mammal");
    CHECK(r.module.questions[1].options[1].correct);

    auto nested = io::MoodleReader::readFile(copied / "nested-categories.moodle.xml");
    REQUIRE(nested.questions.size() == 9);
    CHECK(nested.questions[3].category == "$course$/Iota/Kappa");
    CHECK(nested.questions[3].type == "essay");
    r = core::MoodleImport::convert(nested.questions, "m", "M", "nested.xml");
    CHECK(skipped(r, "Kappa Essay Question", "essay"));
    CHECK(r.module.questions[0].prompt == "Testing Iota Question");

    auto cloze = io::MoodleReader::readFile(copied / "broken-cloze.moodle.xml");
    r = core::MoodleImport::convert(cloze.questions, "m", "M", "cloze.xml");
    CHECK(skipped(r, "Numerical subquestion with buggy answer", "cloze"));

    auto grades = io::MoodleReader::readFile(copied / "invalid-grades.moodle.xml");
    REQUIRE(grades.questions.size() == 1);
    CHECK(grades.questions[0].name == "Question with invalid grades : x > 1 & x < 2");
    r = core::MoodleImport::convert(grades.questions, "m", "M", "grades.xml");
    CHECK(skipped(r, "Question with invalid grades : x > 1 & x < 2", "invalid grade 33"));

    auto empty = io::MoodleReader::readFile(copied / "ordering-empty.moodle.xml");
    REQUIRE(empty.ok);
    CHECK(std::any_of(empty.diagnostics.begin(), empty.diagnostics.end(), [](const auto& d) {
        return d.message.find("second <questiontext>") != std::string::npos;
    }));
    r = core::MoodleImport::convert(empty.questions, "m", "M", "ordering-empty.xml");
    REQUIRE(r.module.questions.size() == 1);
    CHECK(r.module.questions[0].kind == core::AuthoredQuestion::Kind::Order);

    auto ordering = io::MoodleReader::readFile(copied / "ordering.moodle.xml");
    r = core::MoodleImport::convert(ordering.questions, "m", "M", "ordering.xml");
    REQUIRE(r.module.questions.size() == 1);
    const auto& order = r.module.questions[0];
    CHECK(order.kind == core::AuthoredQuestion::Kind::Order);
    CHECK(order.category == core::Category::Dates);
    REQUIRE(order.options.size() == 6);
    CHECK(order.options[0].text == "Modular");
    CHECK(order.options[5].text == "Environment");

    auto shortanswer = io::MoodleReader::readFile(copied / "shortanswer.moodle.xml");
    r = core::MoodleImport::convert(shortanswer.questions, "m", "M", "sa.xml");
    REQUIRE(r.module.questions.size() == 1);
    const auto& typed = r.module.questions[0];
    CHECK(typed.kind == core::AuthoredQuestion::Kind::Text);
    REQUIRE(typed.options.size() == 2); // frog, toad; the catch-all "*" worth 0 is dropped
    CHECK(typed.options[0].correct);
    CHECK(typed.options[0].feedback == "Frog is a very good answer.");
    CHECK_FALSE(typed.options[1].correct);
    CHECK(typed.options[1].credit == Approx(0.8));
    CHECK(typed.explanation == "Generalfeedback: frog or toad would have been OK.");

    // Ids carry the module id, so banks imported into different modules never clash.
    CHECK(typed.id == "q-m-1");
    CHECK(r.module.claims[0].meta.id == "c-m-1");
    CHECK_FALSE(r.module.claims[0].generated);
}

TEST_CASE("Moodle import keeps partial credit and per-answer feedback, refuses wildcards",
          "[moodle][io]") {
    const std::string bank = R"(<quiz>
<question type="multichoice"><name><text>half</text></name>
  <questiontext format="html"><text><![CDATA[<p>Who &mdash; &laquo;first&raquo;?</p>]]></text></questiontext>
  <single>true</single>
  <answer fraction="100"><text>A</text><feedback><text>Yes&amp;hellip;</text></feedback></answer>
  <answer fraction="50"><text>B</text><feedback><text>Half right.</text></feedback></answer>
  <answer fraction="0"><text>C</text></answer>
</question>
<question type="shortanswer"><name><text>wild</text></name>
  <questiontext><text>Name one</text></questiontext>
  <answer fraction="100"><text>fr*g</text></answer>
</question>
<question type="numerical"><name><text>year</text></name>
  <questiontext><text>Which year?</text></questiontext>
  <answer fraction="100"><text>1937</text><tolerance>1</tolerance></answer>
  <answer fraction="0"><text>*</text></answer>
</question>
<question type="multichoice"><name><text>weighted</text></name>
  <questiontext><text>Which two?</text></questiontext>
  <single>false</single>
  <answer fraction="30"><text>A</text></answer><answer fraction="70"><text>B</text></answer>
  <answer fraction="0"><text>C</text></answer>
</question>
<question type="multichoice"><name><text>old image</text></name>
  <questiontext><text>What is shown?</text></questiontext>
  <image>pics/map.png</image>
  <answer fraction="100"><text>A</text></answer><answer fraction="0"><text>B</text></answer>
</question>
</quiz>)";
    const auto read = io::MoodleReader::readString(bank, "bank.xml");
    REQUIRE(read.ok);
    const auto r = importChecked(read.questions, "bank.xml");
    REQUIRE(r.module.questions.size() == 2);
    const auto& mc = r.module.questions[0];
    CHECK(mc.prompt == "Who — «first»?");
    REQUIRE(mc.options.size() == 3);
    CHECK(mc.options[0].feedback == "Yes…");
    CHECK_FALSE(mc.options[1].correct);
    CHECK(mc.options[1].credit == Approx(0.5));
    CHECK(mc.options[1].feedback == "Half right.");
    const auto& number = r.module.questions[1];
    CHECK(number.kind == core::AuthoredQuestion::Kind::Number);
    REQUIRE(number.number);
    CHECK(*number.number == Approx(1937));
    CHECK(number.tolerance.kind == core::Tolerance::Kind::Absolute);
    CHECK(number.tolerance.amount == Approx(1));
    CHECK(number.category == core::Category::Figures);
    CHECK(skipped(r, "wild", "wildcard"));
    // Right answers worth different shares would all count alike in the app: refused.
    CHECK(skipped(r, "weighted", "different shares"));
    // The old <image> element is refused, naming its line.
    REQUIRE(r.skipped.size() == 3);
    CHECK(r.skipped[2].name == "old image");
    CHECK(r.skipped[2].line == 26);
    CHECK(r.skipped[2].reason.find("image") != std::string::npos);
}

TEST_CASE("The copied fixtures are Moodle's own, as in the shared folder", "[moodle][io]") {
    if (!fs::exists(shared)) {
        WARN("skipped: " << shared.string() << " is absent (the copies are tested instead)");
        return;
    }
    for (const auto& entry : fs::directory_iterator(shared)) {
        // Only the question files are copied; the folder also holds tools (moodle-parser/).
        if (!entry.is_regular_file()) {
            continue;
        }
        CAPTURE(entry.path().filename().string());
        const auto a = io::TextFile::read(entry.path(), "a");
        const auto b = io::TextFile::read(copied / entry.path().filename(), "b");
        REQUIRE(a.text);
        REQUIRE(b.text);
        CHECK(*a.text == *b.text);
    }
}

TEST_CASE("Export then import keeps prompts, options and right answers", "[moodle][io]") {
    std::vector<core::MoodleQuestion> bank;
    core::MoodleQuestion single;
    single.type = "multichoice";
    single.name = "e-x/single";
    single.category = "$course$/Yaddas/The beginning";
    single.prompt = "On which date did <Soviet> rule & \"order\" arrive? ]]> end";
    single.generalFeedback = "Because of 28 April 1920.";
    single.answers = {
        {"28 April 1920", 100, 0, {}}, {"28 May 1918", 0, 0, {}}, {"a < b & c", 0, 0, {}}};
    bank.push_back(single);
    core::MoodleQuestion multiple = single;
    multiple.name = "multi";
    multiple.single = false;
    multiple.prompt = "Which happened before 1930?";
    multiple.answers = {{"A", 50, 0, {}}, {"B", -100, 0, {}}, {"C", 50, 0, {}}};
    bank.push_back(multiple);
    core::MoodleQuestion tf = single;
    tf.type = "truefalse";
    tf.name = "tf";
    tf.prompt = "True or false? The text says 681,692 were shot.";
    tf.answers = {{"true", 0, 0, {}}, {"false", 100, 0, {}}};
    bank.push_back(tf);
    core::MoodleQuestion matching = single;
    matching.type = "matching";
    matching.name = "match";
    matching.prompt = "Match each person to their role.";
    matching.answers.clear();
    matching.pairs = {
        {"Huseyn Javid", "poet"}, {"Ayna Sultanova", "people's commissar"}, {"", "scholar"}};
    bank.push_back(matching);
    core::MoodleQuestion number = single;
    number.type = "numerical";
    number.name = "num";
    number.answers = {{"1575259", 100, 500, {}}};
    bank.push_back(number);

    const std::string xml = io::MoodleWriter::toXml(bank);
    CHECK(xml.find("<text>$course$/Yaddas/The beginning</text>") != std::string::npos);
    CHECK(xml.find("<![CDATA[On which date did &lt;Soviet&gt; rule &amp;") != std::string::npos);
    CHECK(xml.find("<tolerance>500</tolerance>") != std::string::npos);
    const auto back = io::MoodleReader::readString(xml, "round.xml");
    INFO(all(back.diagnostics));
    REQUIRE(back.ok);
    REQUIRE(back.questions.size() == 6); // one category, five questions
    CHECK(back.questions[1].prompt == single.prompt);
    CHECK(back.questions[1].answers[2].text == "a < b & c");
    CHECK(back.questions[5].answers[0].tolerance == 500.0);

    const auto imported = importChecked(back.questions, "round.xml");
    CHECK(imported.imported == 5);
    REQUIRE(imported.module.questions.size() == 6); // three, two matching pairs, the number
    const auto& s = imported.module.questions[0];
    CHECK(s.prompt == single.prompt);
    REQUIRE(s.options.size() == 3);
    CHECK(s.options[0].text == "28 April 1920");
    CHECK(s.options[0].correct);
    CHECK_FALSE(s.options[1].correct);
    CHECK(s.options[2].text == "a < b & c");
    const auto& m = imported.module.questions[1];
    CHECK(m.kind == core::AuthoredQuestion::Kind::Multiple);
    CHECK(m.options[0].correct);
    CHECK_FALSE(m.options[1].correct);
    CHECK(m.options[2].correct);
    const auto& t = imported.module.questions[2];
    CHECK(t.kind == core::AuthoredQuestion::Kind::TrueFalse);
    CHECK(t.options[1].text == "False");
    CHECK(t.options[1].correct);
    CHECK(imported.module.questions[3].prompt ==
          "Match each person to their role. \u2014 Huseyn Javid");
    CHECK(imported.module.questions[3].options[0].correct);
    CHECK(imported.module.questions[3].options.size() == 3);
    const auto& n = imported.module.questions[5];
    CHECK(n.kind == core::AuthoredQuestion::Kind::Number);
    REQUIRE(n.number);
    CHECK(*n.number == 1575259.0);
    CHECK(n.tolerance.amount == 500.0);
    CHECK(imported.skipped.empty());
}

TEST_CASE("Hostile Moodle files are refused with a message", "[moodle][io]") {
    auto wrong = io::MoodleReader::readString("<module/>", "w.xml");
    CHECK_FALSE(wrong.ok);
    REQUIRE(wrong.diagnostics.size() == 1);
    CHECK(wrong.diagnostics[0].message.find("not a Moodle XML") != std::string::npos);
    auto broken = io::MoodleReader::readString("<quiz><question type=\"x\">", "b.xml");
    CHECK_FALSE(broken.ok);
    auto media = io::MoodleReader::readString(
        "<quiz><question type=\"truefalse\"><name><text>m</text></name><questiontext "
        "format=\"html\"><text><![CDATA[<img src=\"@@PLUGINFILE@@/a.png\">]]></text>"
        "</questiontext><answer fraction=\"100\"><text>true</text></answer><answer "
        "fraction=\"0\"><text>false</text></answer></question></quiz>",
        "media.xml");
    REQUIRE(media.ok);
    auto r = core::MoodleImport::convert(media.questions, "m", "M", "media.xml");
    CHECK(skipped(r, "m", "image"));
    REQUIRE(r.skipped.size() == 1);
    CHECK(r.skipped[0].line == 1);
    CHECK(io::MoodleReader::plainText("<p>a&nbsp;&amp;&#233;&#x259;</p><br>b") == "a &éə b");
}
