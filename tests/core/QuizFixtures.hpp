#pragma once
// A small library built in code for the question engine's tests: three modules with the kinds of
// facts the shipped lessons have (dates of every precision, exact and approximate figures,
// contested facts with attribution, people with Azerbaijani and English names, terms, claims).

#include <core/Library.hpp>

#include <string>
#include <vector>

namespace yaddas::test {

inline core::FactMeta meta(std::string id, int paragraph,
                           core::Status status = core::Status::Confirmed,
                           std::string excerpt = {}) {
    core::FactMeta m;
    m.id = std::move(id);
    m.sourceParagraph = paragraph;
    m.status = status;
    m.excerpt = std::move(excerpt);
    if (status != core::Status::Confirmed) {
        m.attribution = "the source text";
        m.context = "No public source confirms this figure.";
        m.contextSource = "fact-check sheet";
    }
    return m;
}

inline core::Event event(std::string id, std::string from, std::string to, std::string label,
                         core::Status status = core::Status::Confirmed) {
    core::Event e;
    e.meta = meta(std::move(id), 1, status);
    e.when.from = *core::HistoricalDate::parse(from);
    if (!to.empty()) {
        e.when.to = *core::HistoricalDate::parse(to);
    }
    e.label = std::move(label);
    return e;
}

inline core::Figure figure(std::string id, std::int64_t value, std::string counts,
                           core::Status status = core::Status::Confirmed,
                           std::string tolerance = "0") {
    core::Figure f;
    f.meta = meta(std::move(id), 11, status);
    f.value = value;
    f.counts = std::move(counts);
    f.tolerance = *core::Tolerance::parse(tolerance);
    f.scope = {"USSR", "1937\u20131938", "NKVD"};
    return f;
}

inline core::Person person(std::string id, std::string en, std::string az, std::string spelling,
                           int born, int died, std::string role, std::string fate,
                           core::Status status = core::Status::Confirmed) {
    core::Person p;
    p.meta = meta(std::move(id), 17, status);
    p.nameEn = std::move(en);
    p.nameAz = std::move(az);
    if (!spelling.empty()) {
        p.otherSpellings.push_back(std::move(spelling));
    }
    p.born = core::HistoricalDate::ofYear(born);
    p.died = core::HistoricalDate::ofYear(died);
    p.role = std::move(role);
    p.fate = std::move(fate);
    return p;
}

inline core::Term term(std::string id, std::string word, std::string definition) {
    core::Term t;
    t.meta = meta(std::move(id), 13);
    t.word = std::move(word);
    t.definition = std::move(definition);
    return t;
}

inline core::Span text(std::string s) {
    return {core::Span::Kind::Text, std::move(s), {}};
}
inline core::Span marked(core::Span::Kind kind, std::string s, std::string ref) {
    return {kind, std::move(s), std::move(ref)};
}

inline core::Module beginningModule() {
    using core::Span;
    core::Module m;
    m.id = "beginning";
    m.title = "The beginning";
    m.order = 1;
    m.events = {
        event("e-adr", "1918-05-28", "",
              "The Azerbaijan Democratic Republic declared independence"),
        event("e-sovietization", "1920-04-28", "", "Soviet rule was established in Azerbaijan"),
        event("e-solovki", "1923", "", "The Solovki special purpose camp opened"),
        event("e-era", "1920s", "1950s", "The repressions lasted"),
        event("e-order", "1937-07-30", "", "NKVD Order No. 00447 was signed"),
        event("e-troikas", "1937-08", "1938-11", "NKVD troikas sentenced people out of court"),
        event("e-beria", "1938-11-25", "", "Beria replaced Yezhov at the head of the NKVD"),
        event("e-ranks", "1940-05", "", "The Red Army introduced general ranks"),
        event("e-generals", "1937", "", "Sixteen Azerbaijani generals were killed",
              core::Status::Unverified),
    };
    m.terms = {
        term("t-musavat", "Musavat",
             "A party founded in 1911 that led the Azerbaijan Democratic Republic."),
        term("t-ittihad", "Ittihad", "An Islamist party active from 1917 to 1920."),
        term("t-solovki", "Solovki",
             "The Solovetsky special purpose camp on islands in the White Sea."),
        term("t-troika", "troika", "A three-member panel that sentenced people without a trial."),
        term("t-enemy", "enemy of the people", "A catch-all label used to prosecute people."),
    };
    core::Claim only;
    only.meta = meta("c-only-opposition", 8, core::Status::Contested);
    only.statement = "Repression was directed only against the opposition.";
    only.holds = core::Claim::Holds::No;
    only.reason = "The text itself says communists were repressed too.";
    core::Claim first;
    first.meta = meta("c-first", 13, core::Status::Unverified);
    first.statement = "Azerbaijan was first for victims per thousand people.";
    first.holds = core::Claim::Holds::Open;
    m.claims = {only, first};

    core::Section s;
    s.id = "s-start";
    s.title = "Soviet rule arrives";
    core::Block p;
    p.kind = core::Block::Kind::Paragraph;
    p.sourceParagraph = 1;
    p.spans = {text("The republic ended in spring. On "),
               marked(Span::Kind::Date, "28 April 1920", "e-sovietization"),
               text(" the Red Army took Baku. The "),
               marked(Span::Kind::Term, "Musavat", "t-musavat"),
               text(" government fell. In "),
               marked(Span::Kind::Date, "May 1940", "e-ranks"),
               text(" the army brought back general ranks.")};
    s.blocks.push_back(p);
    m.sections.push_back(s);

    core::AuthoredQuestion aq;
    aq.id = "q-first-date";
    aq.kind = core::AuthoredQuestion::Kind::Single;
    aq.fact = "e-sovietization";
    aq.prompt = "On which date was Soviet rule established in Azerbaijan?";
    aq.options = {{"28 April 1920", true},
                  {"28 May 1918", false},
                  {"30 December 1922", false},
                  {"30 July 1937", false}};
    aq.explanation = "The Red Army took Baku on 28 April 1920.";
    m.questions.push_back(aq);
    return m;
}

inline core::Module numbersModule() {
    using core::Span;
    core::Module m;
    m.id = "numbers";
    m.title = "Counting the victims";
    m.order = 2;
    m.figures = {
        figure("f-arrested", 1575259, "people arrested", core::Status::Contested, "1%"),
        figure("f-sentenced", 1344923, "people sentenced", core::Status::Contested, "1%"),
        figure("f-shot", 681692, "people shot", core::Status::Contested, "1%"),
        figure("f-173382", 173382, "people punished for counter-revolutionary activities",
               core::Status::Unverified, "1%"),
        figure("f-plan", 15000, "people to be shot under the plan", core::Status::Contested),
        figure("f-order-shot", 1500, "people to be shot under Order 00447 in Azerbaijan"),
        figure("f-months", 3, "months the plan was to take", core::Status::Contested),
        figure("f-generals", 16, "Azerbaijani generals killed in 1937", core::Status::Unverified),
        figure("f-exiled", 100000, "people exiled from Azerbaijan", core::Status::Unverified,
               "10%"),
    };
    m.figures.back().approximate = true;
    m.figures[0].meta.attribution = "";
    core::Figure kz =
        figure("f-kz", 150000, "Azerbaijanis killed in Kazakhstan", core::Status::Unverified, "5%");
    kz.meta.attribution = "the Embassy of Azerbaijan in Kazakhstan";
    m.figures.push_back(kz);
    m.events = {event("e-terror", "1937", "1938", "The Great Terror")};

    core::Section s;
    s.id = "s-ussr";
    s.title = "The USSR";
    core::Block p;
    p.kind = core::Block::Kind::Paragraph;
    p.sourceParagraph = 11;
    p.spans = {text("The text gives "), marked(Span::Kind::Number, "1,575,259", "f-arrested"),
               text(" people arrested. Of them "), marked(Span::Kind::Number, "681,692", "f-shot"),
               text(" were shot.")};
    s.blocks.push_back(p);
    m.sections.push_back(s);
    return m;
}

inline core::Module peopleModule() {
    using core::Span;
    core::Module m;
    m.id = "people";
    m.title = "The people named in the text";
    m.order = 3;
    m.people = {
        person("p-sharifzadeh", "Abbas Mirza Sharifzadeh",
               "Abbas Mirz\u0259 \u015e\u0259rifzad\u0259", "Abbas Mirza Sharifzade", 1893, 1938,
               "actor, theatre and film director",
               "arrested in December 1937, shot in Baku in 1938"),
        person("p-sultanova", "Ayna Sultanova", "Ayna Sultanova", "", 1895, 1938,
               "Communist official; the first Azerbaijani woman people's commissar",
               "arrested in August 1937, shot on 3 July 1938"),
        person("p-chobanzade", "Bekir Chobanzade", "B\u0259kir \u00c7obanzad\u0259",
               "Bakir Chobanzadem", 1893, 1937, "Crimean Tatar poet and Turkologist",
               "shot on 13 October 1937"),
        person("p-nakhchivanski", "Jamshid Nakhchivanski", "C\u0259m\u015fid Nax\u00e7\u0131vanski",
               "Jumshid Nakhchivanski", 1895, 1938,
               "cavalry officer, later a Red Army brigade commander", "shot on 26 August 1938"),
        person("p-javid", "Huseyn Javid", "H\u00fcseyn Cavid", "", 1882, 1941,
               "poet and playwright",
               "arrested in 1937, exiled to Siberia in 1939, died in exile in 1941"),
        person("p-mushfig", "Mikayil Mushfig", "Mikay\u0131l M\u00fc\u015ffiq",
               "Mikay\u0131l Mushvig", 1908, 1938, "lyric poet", "shot in Baku in 1938"),
        person("p-vazirov", "Gambay Vazirov", "Q\u0259nbay V\u0259zirov", "Qambay Vezirov", 1899,
               1938, "Red Army division commander", "shot in 1938", core::Status::Unverified),
        person("p-akhundov", "Ruhulla Akhundov", "Ruhulla Axundov", "", 1897, 1938,
               "Communist leader, people's commissar of education", "shot on 21 April 1938"),
        person("p-chamanzaminli", "Yusif Vazir Chamanzaminli",
               "Yusif V\u0259zir \u00c7\u0259m\u0259nz\u0259minli", "Yusif Vezir Chamanzaminli",
               1887, 1943, "writer and diplomat", "died in a Gulag camp in 1943",
               core::Status::Contested),
        person("p-nemanzadeh", "Omar Faig Nemanzadeh", "\u00d6m\u0259r Faiq Nemanzad\u0259",
               "Omar Faiq Nemanzade", 1872, 1937, "publicist and teacher",
               "shot in Tbilisi on 10 October 1937"),
        person("p-javad", "Ahmad Javad", "\u018fhm\u0259d Cavad", "", 1892, 1937,
               "author of the words of the national anthem", "shot in Baku on 13 October 1937"),
    };
    core::Section s;
    s.id = "s-names";
    s.title = "Names";
    core::Block p;
    p.kind = core::Block::Kind::Paragraph;
    p.sourceParagraph = 17;
    p.spans = {
        text("Among them was the poet "), marked(Span::Kind::Name, "Huseyn Javid", "p-javid"),
        text(", who died in exile. The lyric poet "),
        marked(Span::Kind::Name, "Mikayil Mushfig", "p-mushfig"), text(" was shot in 1938.")};
    s.blocks.push_back(p);
    m.sections.push_back(s);
    return m;
}

/// The three modules over a source text of seventeen numbered paragraphs.
inline core::Library quizLibrary() {
    std::string source;
    for (int i = 1; i <= 17; ++i) {
        source += "Source paragraph " + std::to_string(i) + ".\n";
    }
    return core::Library({beginningModule(), numbersModule(), peopleModule()},
                         core::SourceText::fromText(source));
}

} // namespace yaddas::test
