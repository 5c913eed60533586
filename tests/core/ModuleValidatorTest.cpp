#include <core/ModuleValidator.hpp>
#include <core/ProgressLimits.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

using namespace yaddas::core;

namespace {

const SourceText source = SourceText::fromText("First paragraph,   with  spaces.\n\n"
                                               "Second paragraph: 1575259 persons.\n");

bool has(const Diagnostics& diagnostics, int line, const std::string& words) {
    return std::any_of(diagnostics.begin(), diagnostics.end(), [&](const Diagnostic& d) {
        return d.line == line && d.message.find(words) != std::string::npos;
    });
}

FactMeta meta(const std::string& id, int paragraph, int line) {
    FactMeta m;
    m.id = id;
    m.sourceParagraph = paragraph;
    m.line = line;
    return m;
}

/// A small module that passes every check; each test breaks one thing.
Module sample() {
    Module m;
    m.id = "sample";
    m.file = "sample.xml";
    m.line = 1;
    m.title = "Sample";
    Event e;
    e.meta = meta("e-one", 1, 10);
    e.meta.excerpt = "paragraph, with spaces";
    e.when.from = HistoricalDate::ofDay(1937, 8, 5);
    e.when.to = HistoricalDate::ofYear(1937); // ends within 1937: not before its start
    e.label = "Something happened";
    m.events.push_back(e);
    Person p;
    p.meta = meta("p-one", 2, 20);
    p.born = HistoricalDate::ofYear(1900);
    p.died = HistoricalDate::ofDay(1900, 12, 1); // born and died in the same year is possible
    m.people.push_back(p);
    Section s;
    s.id = "s-one";
    s.line = 5;
    Block b;
    b.line = 6;
    b.sourceParagraph = 2;
    b.spans = {{Span::Kind::Text, "See ", {}, 6}, {Span::Kind::Name, "One", "p-one", 6}};
    s.blocks.push_back(b);
    Block card;
    card.kind = Block::Kind::Card;
    card.person = "p-one";
    card.line = 7;
    s.blocks.push_back(card);
    m.sections.push_back(s);
    AuthoredQuestion q;
    q.id = "q-one";
    q.fact = "e-one";
    q.line = 30;
    q.options = {{"A", true}, {"B", false}};
    m.questions.push_back(q);
    return m;
}

} // namespace

TEST_CASE("ModuleValidator accepts a sound module", "[core][validator]") {
    const ModuleValidator validator(source);
    const Module m = sample();
    CHECK(validator.check(m).empty());
    CHECK(validator.checkTogether({&m}).empty());
}

TEST_CASE("ModuleValidator checks facts against the source text", "[core][validator]") {
    const ModuleValidator validator(source);
    Module m = sample();
    m.events[0].meta.excerpt = "paragraph with spaces"; // the comma is missing
    m.people[0].meta.sourceParagraph = 3;
    auto d = validator.check(m);
    CHECK(has(d, 10, "is not in paragraph 1"));
    CHECK(has(d, 20, "source=\"3\" is not a paragraph of the source text (it has 2)"));
    CHECK(d.size() == 2);

    SECTION("without a source text those checks are skipped") {
        const SourceText none;
        CHECK(ModuleValidator(none).check(m).empty());
    }
}

TEST_CASE("ModuleValidator wants attribution and context for what is not confirmed",
          "[core][validator]") {
    const ModuleValidator validator(source);
    Module m = sample();
    m.events[0].meta.status = Status::Unverified;
    m.events[0].meta.attribution = "the source text";
    auto d = validator.check(m);
    CHECK(has(d, 10, "is unverified: it needs <context"));
    CHECK_FALSE(has(d, 10, "<attribution>"));
    m.events[0].meta.context = "No other source gives it.";
    CHECK(validator.check(m).empty());
}

TEST_CASE("ModuleValidator finds impossible dates", "[core][validator]") {
    const ModuleValidator validator(source);
    Module m = sample();
    m.events[0].when.to = HistoricalDate::ofDay(1937, 8, 4);
    m.people[0].died = HistoricalDate::parse("1890s").value();
    auto d = validator.check(m);
    CHECK(has(d, 10, "ends (1937-08-04) before it starts (1937-08-05)"));
    CHECK(has(d, 20, "died (1890s) before born (1900)"));
}

TEST_CASE("ModuleValidator checks answer keys", "[core][validator]") {
    const ModuleValidator validator(source);
    Module m = sample();
    auto& q = m.questions[0];
    q.options[1].correct = true;
    CHECK(has(validator.check(m), 30, "exactly one option"));
    q.kind = AuthoredQuestion::Kind::Multiple;
    CHECK(validator.check(m).empty());
    q.options[0].correct = q.options[1].correct = false;
    CHECK(has(validator.check(m), 30, "at least one option"));
    q.kind = AuthoredQuestion::Kind::TrueFalse;
    q.options = {{"True", false}, {"False", true}};
    CHECK(validator.check(m).empty());
    q.options.push_back({"True", false});
    auto d = validator.check(m);
    CHECK(has(d, 30, "exactly two options"));
    CHECK(has(d, 30, "'True' is given twice"));
}

TEST_CASE("ModuleValidator checks ids and references across modules", "[core][validator]") {
    const ModuleValidator validator(source);
    const Module first = sample();
    Module second = sample();
    second.file = "second.xml";
    second.events[0].meta.id = "e-two";
    second.people.clear();
    second.questions[0].id = "q-two";
    second.questions[0].fact = "e-elsewhere";
    // The card and the name point at p-one, which lives in the first module: allowed.
    auto d = validator.checkTogether({&first, &second});
    CHECK(has(d, 1, "module id 'sample' is already used by sample.xml:1"));
    CHECK(has(d, 30, "fact=\"e-elsewhere\": 'e-elsewhere' is not the id of a fact"));
    CHECK(d.size() == 2);
    CHECK(std::all_of(d.begin(), d.end(),
                      [](const Diagnostic& x) { return x.file == "second.xml"; }));

    second.id = "second";
    second.events[0].meta.id = "e-one";
    second.questions[0].fact = "e-one";
    second.sections[0].blocks[1].person = "e-one";
    second.sections[0].blocks[0].spans[1] = {Span::Kind::Term, "One", "p-one", 6};
    d = validator.checkTogether({&first, &second});
    CHECK(has(d, 10, "fact id 'e-one' is already used by sample.xml:10"));
    CHECK(has(d, 7, "'e-one' is an event, not a person"));
    CHECK(has(d, 6, "'p-one' is a person, not a term"));
}

TEST_CASE("ModuleValidator refuses ids longer than a learner's progress file keeps",
          "[core][validator]") {
    // The progress reader skips answers whose fact id is longer than this, and the next save
    // then drops them: such a module must not pass.
    const ModuleValidator validator(source);
    Module m = sample();
    m.events[0].meta.id = std::string(ProgressLimits::maxIdLength, 'e');
    m.sections[0].id = std::string(ProgressLimits::maxIdLength, 's');
    m.id = std::string(ProgressLimits::maxIdLength, 'm');
    auto d = validator.check(m);
    CHECK_FALSE(std::any_of(d.begin(), d.end(), [](const Diagnostic& x) {
        return x.message.find("progress files keep") != std::string::npos;
    }));

    m.events[0].meta.id += "e";
    m.sections[0].id += "s";
    m.id += "m";
    d = validator.check(m);
    CHECK(has(d, 10, "fact id 'eeee"));
    CHECK(has(d, 10, "is 201 characters long; progress files keep ids of at most 200"));
    CHECK(has(d, 5, "section id 'ssss"));
    CHECK(has(d, 1, "module id 'mmmm"));
}
