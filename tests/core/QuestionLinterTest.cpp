#include <core/Distractors.hpp>
#include <core/I18n.hpp>
#include <core/QuestionBuilder.hpp>
#include <core/QuestionLinter.hpp>
#include <core/QuizGenerator.hpp>

#include "QuizFixtures.hpp"

#include <io/Language.hpp>

#include <catch2/catch.hpp>

#include <random>

using namespace yaddas;
using core::Category;
using core::QuestionKind;
using core::QuestionLinter;

namespace {

core::Question choice(Category category, std::string prompt, std::vector<std::string> options) {
    core::Question q;
    q.id = "x/single";
    q.kind = QuestionKind::SingleChoice;
    q.category = category;
    q.prompt = std::move(prompt);
    q.options = std::move(options);
    q.key.correctOptions = {0};
    q.explanation = "Because.";
    return q;
}

bool has(const std::vector<std::string>& defects, const std::string& part) {
    for (const auto& d : defects) {
        if (d.find(part) != std::string::npos) {
            return true;
        }
    }
    return false;
}

} // namespace

TEST_CASE("The linter finds the defects a teacher strikes out", "[core][lint]") {
    const core::Library library = test::quizLibrary();
    // 19th-century decades for a 20th-century event.
    auto q = choice(Category::Dates, "When did the repressions go on?",
                    {"the 1920s to the 1950s", "the 1850s to the 1870s", "the 1930s"});
    CHECK(has(QuestionLinter::defects(q, library), "outside 1900–1960"));
    // An option the stem shows: the other numbers of the same sentence.
    q = choice(Category::Figures,
               "Fill the blank: 1,575,259 people arrested, _____ sentenced and 681,692 shot.",
               {"1 344 923", "1 575 259", "681 692", "1 200 000"});
    CHECK(has(QuestionLinter::defects(q, library), "visible in the stem"));
    // A matching target that shows another item.
    q = choice(Category::Figures, "Match each number to what it counts.", {"15 000", "3"});
    q.kind = QuestionKind::Matching;
    q.targets = {"people to be shot within 3 months",
                 "months within which 15,000 people were to be shot"};
    q.key.matches = {0, 1};
    CHECK(has(QuestionLinter::defects(q, library), "shows the item"));
    // The only woman among the names.
    q = choice(Category::Victims, "Who was the first Azerbaijani woman to become a commissar?",
               {"Ayna Sultanova", "Ruhulla Akhundov", "Huseyn Javid", "Ahmad Javad"});
    CHECK(has(QuestionLinter::defects(q, library), "reveals a gender"));
    // An age of 270 for a right answer of 27.
    q = choice(Category::Figures, "How old was he?", {"27", "270", "25", "30"});
    CHECK(has(QuestionLinter::defects(q, library), "implausibly far"));
    // An answer in words: an option starting with a year is no number.
    q = choice(Category::Figures, "Bu NKVD rəqəmləri əslində nəyi əhatə edir?",
               {"Yalnız 1937–1938-ci illərdə bütün SSRİ-ni",
                "1920-ci ildən 1953-cü ilədək bütün SSRİ-ni", "Qazaxıstandakı azərbaycanlıları",
                "1920-ci ildən 1953-cü ilədək Azərbaycanı"});
    CHECK_FALSE(has(QuestionLinter::defects(q, library), "implausibly far"));
    // The same option twice.
    q = choice(Category::Victims, "Who was he?",
               {"Huseyn Javid", "Hüseyn Cavid", "Huseyn Javid", "Ahmad Javad"});
    CHECK(has(QuestionLinter::defects(q, library), "offered twice"));
    // A template left with broken grammar, and a double negative.
    q = choice(Category::Figures, "What is the figure for months over which the order ran?",
               {"4", "8", "3", "6"});
    CHECK(has(QuestionLinter::defects(q, library), "reads badly"));
    q.kind = QuestionKind::TrueFalse;
    q.prompt = "True or false? Public sources settle this statement of the source text: “…”";
    q.options = {"True", "False"};
    CHECK(has(QuestionLinter::defects(q, library), "reads badly"));
    // A contested figure asked as settled.
    q = choice(Category::Figures, "How many people were killed in Kazakhstan?",
               {"150 000", "100 000", "120 000", "200 000"});
    q.status = core::Status::Contested;
    CHECK(has(QuestionLinter::defects(q, library), "without saying who states it"));
    q.prompt = "According to the Embassy, how many people were killed in Kazakhstan?";
    CHECK(QuestionLinter::defects(q, library).empty());
    // An explanation that says one sentence twice.
    q.explanation = "The number of people killed is 150,000. The number of people killed is "
                    "150,000.";
    CHECK(has(QuestionLinter::defects(q, library), "repeats a sentence"));
    // A fill-the-blank sentence cut after "No." lost its subject.
    q = choice(Category::Dates, "Fill the blank: 00447 set up the troikas in _____.",
               {"1937", "1935", "1939", "1941"});
    q.kind = QuestionKind::FillBlank;
    q.prompt = "Fill the blank: and the troikas worked until _____.";
    CHECK(has(QuestionLinter::defects(q, library), "starts mid-way"));
}

TEST_CASE("Date distractors stay inside the period, also for a long span of decades",
          "[core][lint][distractors]") {
    std::mt19937_64 rng(3);
    core::RandomSource random(rng);
    core::DateSpan span;
    span.from = core::HistoricalDate::ofDecade(1930);
    span.to = core::HistoricalDate::ofDecade(1950);
    for (int i = 0; i < 50; ++i) {
        const auto wrong = core::Distractors::dates(span, 3, random);
        REQUIRE(wrong.size() == 3);
        for (const auto& w : wrong) {
            INFO(w);
            CHECK(w.find("18") == std::string::npos);
            CHECK(w.rfind("the 1930s", 0) != 0); // none starts where the answer starts
        }
    }
    core::DateSpan day;
    day.from = core::HistoricalDate::ofDay(1920, 4, 28);
    for (int i = 0; i < 50; ++i) {
        for (const auto& w : core::Distractors::dates(day, 3, random)) {
            const int year = std::stoi(w.substr(w.size() - 4));
            CHECK(year >= 1900);
            CHECK(year <= 1960);
        }
    }
}

TEST_CASE("A claim is judged in four plain answers", "[core][lint]") {
    const core::Library library = test::quizLibrary();
    const core::QuizGenerator generator(library);
    std::size_t claims = 0;
    for (const auto& m : library.modules()) {
        for (const auto& c : m.claims) {
            std::mt19937_64 rng(1);
            for (const auto& q : generator.questionsForFact(c.meta.id, rng)) {
                ++claims;
                CHECK(q.kind == QuestionKind::SingleChoice);
                CHECK(q.prompt.rfind("Do public sources confirm this claim", 0) == 0);
                REQUIRE(q.options.size() == 4);
                const std::size_t right = c.holds == core::Claim::Holds::Yes      ? 0
                                          : c.holds == core::Claim::Holds::No     ? 1
                                          : c.holds == core::Claim::Holds::Partly ? 2
                                                                                  : 3;
                CHECK(q.key.correctOptions == std::vector<std::size_t>{right});
                CHECK(QuestionLinter::defects(q, library).empty());
            }
        }
    }
    CHECK(claims > 0);
}

TEST_CASE("Wrong numbers keep the magnitude and the range of what they count",
          "[core][lint][distractors]") {
    core::Figure age;
    age.counts = "the age at which he was shot";
    age.value = 64;
    core::Figure sentence;
    sentence.counts = "years of his sentence";
    sentence.value = 8;
    core::Figure tonnes;
    tonnes.counts = "tonnes of grain taken";
    tonnes.value = 3;
    std::mt19937_64 rng(9);
    core::RandomSource random(rng);
    for (int i = 0; i < 50; ++i) {
        for (const core::Figure* f : {&age, &sentence, &tonnes}) {
            const auto [low, high] = core::Distractors::plausible(*f);
            for (auto n : core::Distractors::numbers(*f, {640, 80, 0}, 3, random)) {
                INFO(f->counts << ": " << n);
                CHECK(n >= low);
                CHECK(n <= high);
                CHECK(n * 4 > f->value);
                CHECK(n < f->value * 4);
            }
        }
    }
    CHECK(core::Distractors::plausible(age).second == 110);
    CHECK(core::Distractors::plausible(sentence).second == 100);
    CHECK(core::Distractors::plausible(tonnes).first == 1);
}

TEST_CASE("A role that says woman is never another person's, nor asked among names",
          "[core][lint]") {
    auto base = test::quizLibrary();
    std::vector<core::Module> modules = base.modules();
    for (auto& m : modules) {
        for (auto& p : m.people) {
            if (p.meta.id == "p-sultanova") {
                p.role = "the first Azerbaijani woman people's commissar";
            }
        }
    }
    const core::Library library(std::move(modules), base.source());
    const core::QuizGenerator generator(library);
    std::size_t asked = 0;
    for (std::uint64_t seed = 1; seed <= 100; ++seed) {
        std::mt19937_64 rng(seed);
        for (const auto& m : library.modules()) {
            for (const auto& p : m.people) {
                for (const auto& q : generator.questionsForFact(p.meta.id, rng)) {
                    INFO(q.prompt);
                    ++asked;
                    if (p.meta.id != "p-sultanova") {
                        CHECK(q.prompt.find("woman") == std::string::npos);
                    } else {
                        CHECK(q.kind != QuestionKind::SingleChoice);
                    }
                    CHECK(QuestionLinter::defects(q, library).empty());
                }
            }
        }
    }
    CHECK(asked > 100);
}

TEST_CASE("Date options stay inside the life of the person the question names",
          "[core][lint][distractors]") {
    auto base = test::quizLibrary();
    std::vector<core::Module> modules = base.modules();
    // Mikayil Mushfig was shot in 1938: no option may have him arrested later.
    modules.front().events.push_back(
        test::event("e-mushfig-arrested", "1937", "", "Mikayil Mushfig was arrested"));
    const core::Library library(std::move(modules), base.source());
    const core::QuizGenerator generator(library);
    std::size_t asked = 0;
    for (std::uint64_t seed = 1; seed <= 200; ++seed) {
        std::mt19937_64 rng(seed);
        for (const auto& q : generator.questionsForFact("e-mushfig-arrested", rng)) {
            if (q.kind != QuestionKind::SingleChoice) {
                continue;
            }
            ++asked;
            INFO(q.prompt);
            for (const auto& o : q.options) {
                INFO(o);
                CHECK(std::stoi(o.substr(o.size() - 4)) <= 1938);
            }
            CHECK(QuestionLinter::defects(q, library).empty());
        }
    }
    CHECK(asked > 0);
}

TEST_CASE("A word is paired only with definitions of its own kind", "[core][lint]") {
    auto base = test::quizLibrary();
    std::vector<core::Module> modules = base.modules();
    for (auto& m : modules) {
        for (auto& t : m.terms) {
            t.kind = t.meta.id == "t-musavat" || t.meta.id == "t-ittihad" ? "body"
                     : t.meta.id == "t-solovki"                           ? "place"
                                                                          : "charge";
        }
    }
    const core::Library library(std::move(modules), base.source());
    const core::QuizGenerator generator(library);
    std::size_t falseOnes = 0;
    for (std::uint64_t seed = 1; seed <= 200; ++seed) {
        std::mt19937_64 rng(seed);
        for (const auto& q : generator.questionsForFact("t-ittihad", rng)) {
            if (q.kind == QuestionKind::TrueFalse && q.key.correctOptions.front() == 1) {
                ++falseOnes;
                INFO(q.prompt);
                // A party is mistaken for another party, never for a camp or a label.
                CHECK(q.prompt.find("party") != std::string::npos);
            }
        }
    }
    CHECK(falseOnes > 0);
}

TEST_CASE("A module's own period bounds its wrong dates", "[core][lint][distractors]") {
    auto base = test::quizLibrary();
    std::vector<core::Module> modules = base.modules();
    // A teacher's module on the years before: the library's 1900–1960 would leave it no options.
    modules.front().period = core::Period{1850, 1905};
    modules.front().events.push_back(
        test::event("e-oil-boom", "1872", "", "The first oil wells were auctioned in Baku"));
    const core::Library library(std::move(modules), base.source());
    const core::QuizGenerator generator(library);
    std::size_t asked = 0;
    for (std::uint64_t seed = 1; seed <= 100; ++seed) {
        std::mt19937_64 rng(seed);
        for (const auto& q : generator.questionsForFact("e-oil-boom", rng)) {
            if (q.kind != QuestionKind::SingleChoice) {
                continue;
            }
            ++asked;
            for (const auto& o : q.options) {
                INFO(o);
                const int year = std::stoi(o.substr(o.size() - 4));
                CHECK(year >= 1850);
                CHECK(year <= 1905);
            }
            CHECK(QuestionLinter::defects(q, library).empty());
        }
    }
    CHECK(asked == 100);
    // The linter holds a question to its module's period, not the library's.
    auto q = choice(Category::Dates, "When were the first oil wells auctioned?", {"1872", "1840"});
    q.factId = "e-oil-boom";
    CHECK(has(QuestionLinter::defects(q, library), "outside 1850–1905"));
}

TEST_CASE("Date options agree with a death the stem states", "[core][lint][distractors]") {
    auto base = test::quizLibrary();
    std::vector<core::Module> modules = base.modules();
    // Nobody in the lessons is called this, so only the stem's own words bound the options.
    modules.front().events.push_back(test::event("e-teacher-arrested", "1937", "",
                                                 "A village teacher, shot in 1938, was arrested"));
    const core::Library library(std::move(modules), base.source());
    const core::QuizGenerator generator(library);
    std::size_t asked = 0;
    for (std::uint64_t seed = 1; seed <= 200; ++seed) {
        std::mt19937_64 rng(seed);
        for (const auto& q : generator.questionsForFact("e-teacher-arrested", rng)) {
            if (q.kind != QuestionKind::SingleChoice) {
                continue;
            }
            ++asked;
            for (const auto& o : q.options) {
                INFO(o);
                CHECK(std::stoi(o.substr(o.size() - 4)) <= 1938);
            }
        }
    }
    CHECK(asked > 0);
    auto q =
        choice(Category::Dates, "When was the teacher, shot in 1938, arrested?", {"1937", "1940"});
    CHECK(has(QuestionLinter::defects(q, library), "after the stem's 'shot in 1938'"));
}

namespace {

/// A library whose first module has one paragraph made of `spans` (and the facts they mark).
core::Library withParagraph(std::vector<core::Span> spans, std::vector<core::Event> events = {},
                            std::vector<core::Figure> figures = {}) {
    auto base = test::quizLibrary();
    std::vector<core::Module> modules = base.modules();
    core::Module& m = modules.front();
    m.events.insert(m.events.end(), events.begin(), events.end());
    m.figures.insert(m.figures.end(), figures.begin(), figures.end());
    core::Block p;
    p.kind = core::Block::Kind::Paragraph;
    p.sourceParagraph = 1;
    p.spans = std::move(spans);
    core::Section s;
    s.id = "s-extra";
    s.title = "Extra";
    s.blocks.push_back(std::move(p));
    m.sections.push_back(std::move(s));
    return core::Library(std::move(modules), base.source());
}

std::size_t blanks(const core::Library& library, const std::string& factId) {
    const core::QuizGenerator generator(library);
    std::size_t n = 0;
    for (std::uint64_t seed = 1; seed <= 40; ++seed) {
        std::mt19937_64 rng(seed);
        for (const auto& q : generator.questionsForFact(factId, rng)) {
            n += q.kind == QuestionKind::FillBlank ? 1 : 0;
        }
    }
    return n;
}

} // namespace

TEST_CASE("A blank is never cut from a sentence that leans on another or bounds its answer",
          "[core][lint]") {
    using core::Span;
    const auto ev = test::event("e-x-arrested", "1937", "", "The poet X was arrested");
    // Control: a sentence that stands alone and holds no other date gives a blank.
    auto library = withParagraph(
        {test::text("Long before the war began, the poet Xavier Quint was arrested in "),
         test::marked(Span::Kind::Date, "1937", "e-x-arrested"),
         test::text(". The poet's books were banned.")},
        {ev});
    CHECK(blanks(library, "e-x-arrested") > 0);
    // Another year in the sentence ("exiled in 1939") bounds the blanked one.
    library = withParagraph({test::text("The poet Xavier Quint was arrested in "),
                             test::marked(Span::Kind::Date, "1937", "e-x-arrested"),
                             test::text(" and exiled to Siberia in 1939.")},
                            {ev});
    CHECK(blanks(library, "e-x-arrested") == 0);
    // The Great Terror rules out every other year.
    library = withParagraph(
        {test::text("The poet Xavier Quint was arrested during the Great Terror, in "),
         test::marked(Span::Kind::Date, "1937", "e-x-arrested"),
         test::text(", with many other writers.")},
        {ev});
    CHECK(blanks(library, "e-x-arrested") == 0);
    // A paragraph that opens with "Then": the stem would lean on a sentence it does not show.
    library = withParagraph({test::text("Then the poet Xavier Quint was arrested in "),
                             test::marked(Span::Kind::Date, "1937", "e-x-arrested"),
                             test::text(", with many other writers.")},
                            {ev});
    CHECK(blanks(library, "e-x-arrested") == 0);

    // Another number in the sentence: "70,000 repressed … ___ intellectuals".
    const auto fig = test::figure("f-x-intellectuals", 29000, "intellectuals repressed");
    library = withParagraph({test::text("Of the 70,000 people repressed in the republic, "),
                             test::marked(Span::Kind::Number, "29,000", "f-x-intellectuals"),
                             test::text(" were intellectuals.")},
                            {}, {fig});
    CHECK(blanks(library, "f-x-intellectuals") == 0);
    library = withParagraph({test::text("Historians count "),
                             test::marked(Span::Kind::Number, "29,000", "f-x-intellectuals"),
                             test::text(" intellectuals among the repressed of the republic.")},
                            {}, {fig});
    CHECK(blanks(library, "f-x-intellectuals") > 0);

    // The linter names each of these defects.
    auto q = choice(Category::Dates,
                    "Fill the blank: Then the poet was arrested in _____ and exiled in 1939.",
                    {"1937", "1935", "1938", "1940"});
    q.kind = QuestionKind::FillBlank;
    const auto d = QuestionLinter::defects(q, library);
    CHECK(has(d, "leans on one the stem does not show"));
    CHECK(has(d, "another date in the blank's sentence"));
    q = choice(Category::Figures,
               "Fill the blank: Of the 70,000 repressed, _____ were intellectuals.",
               {"29 000", "20 000", "35 000", "25 000"});
    q.kind = QuestionKind::FillBlank;
    CHECK(has(QuestionLinter::defects(q, library), "another number in the blank's sentence"));
}

TEST_CASE("A date stated with its month still bounds the options", "[core][lint][distractors]") {
    auto base = test::quizLibrary();
    std::vector<core::Module> modules = base.modules();
    modules.front().events.push_back(test::event("e-teacher-arrested", "1937", "",
                                                 "A teacher, shot on 4 July 1938, was arrested"));
    const core::Library library(std::move(modules), base.source());
    const core::QuizGenerator generator(library);
    for (std::uint64_t seed = 1; seed <= 100; ++seed) {
        std::mt19937_64 rng(seed);
        for (const auto& q : generator.questionsForFact("e-teacher-arrested", rng)) {
            for (const auto& o : q.options) {
                if (q.kind == QuestionKind::SingleChoice) {
                    INFO(o);
                    CHECK(std::stoi(o.substr(o.size() - 4)) <= 1938);
                }
            }
        }
    }
}

TEST_CASE("Terms: no definition that names the asked word, no statement that is always true",
          "[core][lint]") {
    auto base = test::quizLibrary();
    std::vector<core::Module> modules = base.modules();
    auto& terms = modules.front().terms;
    terms.clear();
    auto charge = [](std::string id, std::string word, std::string definition) {
        auto t = test::term(std::move(id), std::move(word), std::move(definition));
        t.kind = "charge";
        return t;
    };
    terms.push_back(charge("t-cr", "counter-revolutionary",
                           "The name Soviet law gave to every political crime."));
    terms.push_back(charge("t-enemy", "enemy of the people",
                           "A label for anyone declared hostile, prosecuted as a "
                           "counter-revolutionary."));
    terms.push_back(
        charge("t-spy", "spy", "Someone accused of gathering secrets for a foreign state."));
    terms.push_back(
        charge("t-rebel", "rebel", "Someone accused of an armed rising of many people."));
    terms.push_back(
        charge("t-wrecker", "wrecker", "Someone accused of damaging factories on purpose."));
    auto lone = test::term("t-paper", "Molla Nasraddin", "A satirical magazine founded in 1906.");
    lone.kind = "publication";
    terms.push_back(lone);
    const core::Library library(std::move(modules), base.source());
    const core::QuizGenerator generator(library);
    std::size_t asked = 0;
    for (std::uint64_t seed = 1; seed <= 100; ++seed) {
        std::mt19937_64 rng(seed);
        for (const auto& q : generator.questionsForFact("t-cr", rng)) {
            ++asked;
            for (const auto& o : q.options) {
                CHECK(o.find("prosecuted as a counter-revolutionary") == std::string::npos);
            }
            CHECK(q.prompt.find("prosecuted as a counter-revolutionary") == std::string::npos);
            CHECK(QuestionLinter::defects(q, library).empty());
        }
        // A word alone of its kind has no definition to be mistaken for: no true/false at all.
        for (const auto& q : generator.questionsForFact("t-paper", rng)) {
            CHECK(q.kind != QuestionKind::TrueFalse);
        }
    }
    CHECK(asked > 0);
    auto q = choice(Category::Ideas, "Which of these describes \u201ccounter-revolutionary\u201d?",
                    {"The name Soviet law gave to every political crime.",
                     "A label for anyone, prosecuted as a counter-revolutionary."});
    CHECK(has(QuestionLinter::defects(q, library), "names the word asked about"));
}

TEST_CASE("Matching gives no pair away: no life years beside fates, no woman's role, no number "
          "in words",
          "[core][lint]") {
    auto base = test::quizLibrary();
    std::vector<core::Module> modules = base.modules();
    for (auto& m : modules) {
        if (!m.people.empty()) {
            // Fates that point to one man, or to one birth year among the names.
            m.people.push_back(test::person("p-aged", "Omar Faiq Nemanzade", "", "", 1872, 1937,
                                            "journalist", "shot in 1937, aged 64"));
            m.people.push_back(test::person("p-his", "Salman Mumtaz", "", "", 1884, 1941, "scholar",
                                            "died in his prison cell in 1941"));
            // Shot on the same day: either fate fits both.
            m.people.push_back(test::person("p-same-1", "Ahmad Javad", "", "", 1892, 1937, "poet",
                                            "shot in Baku on 13 October 1937"));
            m.people.push_back(test::person("p-same-2", "Bekir Chobanzade", "", "", 1893, 1937,
                                            "scholar",
                                            "shot in Baku on 13 October 1937, after a trial"));
            break;
        }
    }
    const core::Library library(std::move(modules), base.source());
    const core::QuizGenerator generator(library);
    std::size_t fates = 0;
    for (std::uint64_t seed = 1; seed <= 200; ++seed) {
        for (const auto& m : library.modules()) {
            std::mt19937_64 r(seed);
            core::RandomSource random(r);
            core::QuestionBuilder builder(library, m, random);
            if (auto mq = builder.matchPeople()) {
                for (const auto& t : mq->targets) {
                    CHECK_FALSE(t.find("woman") != std::string::npos);
                }
                if (mq->id.rfind("match-fate/", 0) == 0) {
                    ++fates;
                    const auto& f = mq->relatedFacts;
                    CHECK_FALSE((std::find(f.begin(), f.end(), "p-same-1") != f.end() &&
                                 std::find(f.begin(), f.end(), "p-same-2") != f.end()));
                    for (const auto& t : mq->targets) {
                        INFO(t);
                        CHECK(t.find(" aged ") == std::string::npos);
                        CHECK(t.find(" his ") == std::string::npos);
                    }
                    for (const auto& o : mq->options) {
                        INFO(o);
                        CHECK(o.find('(') == std::string::npos);
                    }
                }
            }
        }
    }
    CHECK(fates > 0);
    auto q = choice(Category::Figures, "Match each number to what it counts.", {"4", "3000"});
    q.kind = QuestionKind::Matching;
    q.targets = {"months for the first quotas", "people to be shot over four months"};
    q.key.matches = {0, 1};
    CHECK(has(QuestionLinter::defects(q, library), "shows the item '4'"));
}

TEST_CASE("An unknown year is said in words", "[core][lint]") {
    core::Person p;
    p.born = core::HistoricalDate::ofYear(1899);
    CHECK(p.lifeYears() == "born 1899");
    p.died = core::HistoricalDate::ofYear(1938);
    CHECK(p.lifeYears() == "1899\u20131938");
    const core::Library library = test::quizLibrary();
    auto q = choice(Category::Victims, "Who was this (1899\u2013?)? A revolutionary.",
                    {"A", "B", "C", "D"});
    CHECK(has(QuestionLinter::defects(q, library), "unknown year"));
}

TEST_CASE("A span of time keeps its wrong numbers within a factor of two", "[core][lint]") {
    auto years = test::figure("f-years", 30, "years of repression, from the 1920s");
    CHECK(core::Distractors::safeNumber(years, 45));
    CHECK_FALSE(core::Distractors::safeNumber(years, 75)); // would outlast the USSR
    CHECK_FALSE(core::Distractors::safeNumber(years, 14));
    auto people = test::figure("f-people", 30000, "people exiled");
    CHECK(core::Distractors::safeNumber(people, 75000)); // a count keeps the wider range
}

TEST_CASE("A claim true of only part of what it covers is answered 'in part'", "[core][lint]") {
    auto base = test::quizLibrary();
    std::vector<core::Module> modules = base.modules();
    core::Claim partly;
    partly.meta = test::meta("c-partly", 13, core::Status::Contested);
    partly.statement = "People were sentenced without a prosecutor.";
    partly.holds = core::Claim::Holds::Partly;
    partly.reason = "Some courts did; the troikas usually had one.";
    modules.front().claims.push_back(partly);
    const core::Library library(std::move(modules), base.source());
    std::mt19937_64 rng(1);
    core::RandomSource random(rng);
    core::QuestionBuilder builder(library, library.modules().front(), random);
    const auto q = builder.claimVerdict(library.modules().front().claims.back());
    REQUIRE(q);
    REQUIRE(q->options.size() == 4);
    REQUIRE(q->key.correctOptions.size() == 1);
    CHECK(q->options[q->key.correctOptions.front()].rfind("In part", 0) == 0);
}

TEST_CASE("A true/false answer does not repeat its explanation", "[core][lint]") {
    const core::Library library = test::quizLibrary();
    auto q = choice(Category::Ideas, "True or false? \u201cMusavat\u201d: An Islamist party.",
                    {"True", "False"});
    q.kind = QuestionKind::TrueFalse;
    q.key.correctOptions = {1};
    q.explanation = "Musavat: A party founded in 1911 that led the republic.";
    q.rightAnswer = "False. Musavat: A party founded in 1911 that led the republic.";
    CHECK(has(QuestionLinter::defects(q, library), "repeats the explanation"));
    q.rightAnswer = "False";
    CHECK_FALSE(has(QuestionLinter::defects(q, library), "repeats the explanation"));
}

TEST_CASE("Nothing Soviet is dated before 1918", "[core][lint][distractors]") {
    auto base = test::quizLibrary();
    std::vector<core::Module> modules = base.modules();
    modules.front().period = core::Period{1900, 1960};
    modules.front().events.push_back(
        test::event("e-red-army-baku", "1920-04-28", "", "The Soviet Red Army took Baku"));
    const core::Library library(std::move(modules), base.source());
    const core::QuizGenerator generator(library);
    std::size_t asked = 0;
    for (std::uint64_t seed = 1; seed <= 100; ++seed) {
        std::mt19937_64 rng(seed);
        for (const auto& q : generator.questionsForFact("e-red-army-baku", rng)) {
            if (q.kind != QuestionKind::SingleChoice) {
                continue;
            }
            ++asked;
            for (const auto& o : q.options) {
                INFO(o);
                CHECK(std::stoi(o.substr(o.size() - 4)) >= 1918);
            }
        }
    }
    CHECK(asked > 0);
}

TEST_CASE("Another count of the same thing is never a wrong number", "[core][lint][distractors]") {
    auto base = test::quizLibrary();
    std::vector<core::Module> modules = base.modules();
    auto all = test::figure("f-x-all", 100000, "people repressed in Azerbaijan under Soviet rule");
    auto part = test::figure("f-x-part", 70000, "people repressed in Azerbaijan, 1930s to 1950s");
    all.meta.attribution = part.meta.attribution = "the source text";
    modules.front().figures = {all, part};
    const core::Library library(std::move(modules), base.source());
    const core::QuizGenerator generator(library);
    std::size_t asked = 0;
    for (std::uint64_t seed = 1; seed <= 100; ++seed) {
        std::mt19937_64 rng(seed);
        for (const auto& q : generator.questionsForFact("f-x-all", rng)) {
            if (q.kind == QuestionKind::SingleChoice) {
                ++asked;
                CHECK(std::find(q.options.begin(), q.options.end(), "70 000") == q.options.end());
            }
        }
    }
    CHECK(asked > 0);
}

TEST_CASE("A Russian true/false answer is a word, not a repeated explanation",
          "[core][lint][i18n]") {
    struct English {
        ~English() { io::Language::use("en"); }
    } restore;
    io::Language::use("ru");
    const core::Library library = test::quizLibrary();
    core::Question q;
    q.kind = QuestionKind::TrueFalse;
    q.category = Category::Dates;
    q.prompt =
        "Верно или неверно? The NKVD troikas passed their sentences (август 1937 – ноябрь 1938).";
    q.options = {core::I18n::tr("True"), core::I18n::tr("False")};
    q.key.correctOptions = {0};
    q.rightAnswer = q.options[0];
    REQUIRE(q.rightAnswer == "Верно"); // its bytes after the sixth read "но", as in "ноябрь"
    q.explanation = "The NKVD troikas passed their sentences (август 1937 – ноябрь 1938).";
    for (const std::string& d : core::QuestionLinter::defects(q, library)) {
        CHECK(d != "the right answer repeats the explanation");
    }
}
