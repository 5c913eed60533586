// Checks the shipped lesson modules as content: they load cleanly, and every date, number and
// name of the source text is taught somewhere as a typed fact, faithfully to the fact-check sheet.

#include <io/LibraryLoader.hpp>

#include <core/Library.hpp>
#include <core/Module.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <functional>
#include <set>
#include <string>
#include <vector>

using namespace yaddas;

namespace {

const io::LibraryLoader::Result& shipped() {
    // Loaded once: every test case reads the same library.
    static const io::LibraryLoader::Result result = io::LibraryLoader::load(
        {YADDAS_SOURCE_DIR "/lessons"}, YADDAS_SOURCE_DIR "/lessons/source-text.txt");
    return result;
}

const core::Library& library() {
    return shipped().library;
}

bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

/// Visits the metadata of every fact of every module.
void forEachFact(const std::function<void(const core::Module&, const core::FactMeta&)>& visit) {
    for (const core::Module& m : library().modules()) {
        for (const auto& e : m.events) {
            visit(m, e.meta);
        }
        for (const auto& f : m.figures) {
            visit(m, f.meta);
        }
        for (const auto& p : m.people) {
            visit(m, p.meta);
        }
        for (const auto& t : m.terms) {
            visit(m, t.meta);
        }
        for (const auto& c : m.claims) {
            visit(m, c.meta);
        }
    }
}

template <class Pred> bool anyFigure(Pred pred) {
    for (const core::Module& m : library().modules()) {
        if (std::any_of(m.figures.begin(), m.figures.end(), pred)) {
            return true;
        }
    }
    return false;
}

template <class Pred> bool anyEvent(Pred pred) {
    for (const core::Module& m : library().modules()) {
        if (std::any_of(m.events.begin(), m.events.end(), pred)) {
            return true;
        }
    }
    return false;
}

template <class Pred> bool anyTerm(Pred pred) {
    for (const core::Module& m : library().modules()) {
        if (std::any_of(m.terms.begin(), m.terms.end(), pred)) {
            return true;
        }
    }
    return false;
}

const core::Person* findPersonNamed(const std::string& name) {
    for (const core::Module& m : library().modules()) {
        for (const core::Person& p : m.people) {
            const bool spelled = std::find(p.otherSpellings.begin(), p.otherSpellings.end(),
                                           name) != p.otherSpellings.end();
            if (p.nameEn == name || p.nameAz == name || spelled) {
                return &p;
            }
        }
    }
    return nullptr;
}

bool isPresentInParagraph(const std::string& text, int paragraph) {
    return contains(std::string(library().source().paragraph(paragraph)), text);
}

} // namespace

TEST_CASE("The shipped modules load without errors", "[content]") {
    for (const auto& d : shipped().diagnostics) {
        INFO(d.format());
        CHECK(d.severity != core::Diagnostic::Severity::Error);
    }
    REQUIRE_FALSE(core::hasErrors(shipped().diagnostics));
    CHECK(library().modules().size() >= 6);
    CHECK(library().source().paragraphCount() == 15);
    for (const char* id : {"beginning", "ideas", "great-terror", "numbers", "exile", "people"}) {
        INFO(id);
        CHECK(library().find(id) != nullptr);
    }
}

TEST_CASE("Every shipped module has the expected shape", "[content]") {
    REQUIRE(library().modules().size() >= 6);
    for (const core::Module& m : library().modules()) {
        INFO(m.id);
        CHECK_FALSE(m.title.empty());
        CHECK_FALSE(m.summary.empty());
        CHECK(m.sections.size() >= 3);
        CHECK(m.sections.size() <= 6);
        CHECK(m.objectives.size() >= 3);
        CHECK(m.objectives.size() <= 6);
        CHECK(m.questions.size() >= 2);
        CHECK(m.questions.size() <= 5);
        // Enough facts for a quiz of about ten questions.
        CHECK(m.factCount() >= 10);
        for (const core::AuthoredQuestion& q : m.questions) {
            INFO(q.id);
            CHECK(m.findFact(q.fact) != nullptr);
            const auto correct = std::count_if(q.options.begin(), q.options.end(),
                                               [](const auto& o) { return o.correct; });
            CHECK(correct >= 1);
            if (q.kind != core::AuthoredQuestion::Kind::Multiple) {
                CHECK(correct == 1);
            }
        }
    }
}

TEST_CASE("Every marked word and card in the prose points to an existing fact", "[content]") {
    for (const core::Module& m : library().modules()) {
        for (const core::Section& s : m.sections) {
            for (const core::Block& b : s.blocks) {
                INFO(m.id << " / " << s.id << " line " << b.line);
                if (b.kind == core::Block::Kind::Card) {
                    const core::Module* owner = library().moduleOfFact(b.person);
                    REQUIRE(owner != nullptr);
                    CHECK(owner->findPerson(b.person) != nullptr);
                }
                if (b.sourceParagraph != 0) {
                    CHECK(library().source().has(b.sourceParagraph));
                }
                for (const core::Span& span : b.spans) {
                    if (!span.ref.empty()) {
                        INFO(span.ref);
                        CHECK(library().moduleOfFact(span.ref) != nullptr);
                    }
                }
            }
        }
    }
}

TEST_CASE("Every fact cites its sources, and quotes the source text verbatim", "[content]") {
    std::set<std::string> ids;
    std::size_t facts = 0;
    std::size_t fromText = 0;
    forEachFact([&](const core::Module& m, const core::FactMeta& meta) {
        INFO(m.id << ": " << meta.id);
        ++facts;
        CHECK(ids.insert(meta.id).second);
        CHECK(m.format == 2);
        CHECK_FALSE(meta.citations().empty());
        // A confirmed fact can be checked somewhere besides the source text.
        if (meta.status == core::Status::Confirmed) {
            CHECK_FALSE(meta.cites.empty());
        }
        for (const core::Citation& c : meta.citations()) {
            INFO("cites " << c.source);
            CHECK(library().findSource(c.source) != nullptr);
        }
        if (!meta.contextCite.source.empty()) {
            CHECK(library().findSource(meta.contextCite.source) != nullptr);
        }
        if (meta.citesSourceText()) {
            ++fromText;
            REQUIRE(library().source().has(meta.sourceParagraph));
            // A fact that points into the source text says which of its words it comes from.
            CHECK_FALSE(meta.excerpt.empty());
        }
        if (!meta.excerpt.empty()) {
            CHECK(isPresentInParagraph(meta.excerpt, meta.sourceParagraph));
        }
    });
    CHECK(fromText >= 30);
    CHECK(facts >= 60);
}

TEST_CASE("Every source of the bibliography can be found by a reader", "[content]") {
    std::size_t sources = 0;
    for (const core::Source& s : library().bibliography()) {
        INFO(s.id);
        ++sources;
        CHECK_FALSE(s.title.empty());
        if (s.kind == core::Source::Kind::Web || s.kind == core::Source::Kind::Encyclopedia) {
            CHECK(s.url.rfind("https://", 0) == 0);
        }
        if (s.kind == core::Source::Kind::Book) {
            CHECK_FALSE(s.author.empty());
        }
    }
    CHECK(sources >= 20);
    // Every block of prose that cites something cites a known source.
    for (const core::Module& m : library().modules()) {
        for (const core::Section& s : m.sections) {
            for (const core::Block& b : s.blocks) {
                for (const core::Citation& c : b.citations()) {
                    INFO(m.id << " line " << b.line << " cites " << c.source);
                    CHECK(library().findSource(c.source) != nullptr);
                }
            }
        }
    }
}

TEST_CASE("Every contested or unverified fact is attributed and has a context note", "[content]") {
    std::size_t doubtful = 0;
    forEachFact([&](const core::Module& m, const core::FactMeta& meta) {
        if (meta.status == core::Status::Confirmed) {
            return;
        }
        ++doubtful;
        INFO(m.id << ": " << meta.id);
        CHECK_FALSE(meta.attribution.empty());
        CHECK_FALSE(meta.context.empty());
    });
    // The fact-check sheet contests or cannot confirm a good part of the text's figures.
    CHECK(doubtful >= 12);
}

TEST_CASE("Every number of the source text is a figure", "[content]") {
    struct Row {
        const char* asWritten;
        int paragraph;
        std::int64_t value;
        bool approximate;
    };
    const Row rows[] = {
        {"about 30 years", 1, 30, true},
        {"hundred thousand sinless people", 1, 100000, true},
        {"1575259", 10, 1575259, false},
        {"173382", 10, 173382, false},
        {"1344923", 10, 1344923, false},
        {"681692", 10, 681692, false},
        {"about 100 thousand", 11, 100000, true},
        {"15000", 12, 15000, false},
        {"3 months", 12, 3, false},
        {"15 minutes", 13, 15, false},
        {"70 thousand", 14, 70000, false},
        {"29 thousand", 14, 29000, false},
        {"16 Azerbaijani generals", 14, 16, false},
        {"150 thousand", 14, 150000, false},
        {"28 thousand", 14, 28000, false},
    };
    for (const Row& row : rows) {
        INFO(row.asWritten << " (paragraph " << row.paragraph << ")");
        CHECK(isPresentInParagraph(row.asWritten, row.paragraph));
        CHECK(anyFigure([&](const core::Figure& f) {
            return f.value == row.value && f.meta.sourceParagraph == row.paragraph &&
                   f.approximate == row.approximate;
        }));
    }
}

TEST_CASE("The USSR figures carry their real scope", "[content]") {
    for (std::int64_t value : {1575259, 1344923, 681692}) {
        INFO(value);
        CHECK(anyFigure([&](const core::Figure& f) {
            return f.value == value && f.scope.where == "USSR" && contains(f.scope.when, "1937") &&
                   contains(f.scope.when, "1938") && contains(f.scope.by, "NKVD") &&
                   f.meta.status == core::Status::Contested;
        }));
    }
    // 681,692 shot = 353,074 in 1937 + 328,618 in 1938.
    CHECK(anyFigure([](const core::Figure& f) { return f.value == 353074; }));
    CHECK(anyFigure([](const core::Figure& f) { return f.value == 328618; }));
    CHECK(353074 + 328618 == 681692);
    CHECK(anyFigure([](const core::Figure& f) {
        return f.value == 173382 && f.meta.status == core::Status::Unverified;
    }));
    // Order No. 00447's quotas for Azerbaijan, set beside the text's plan of 15,000.
    CHECK(anyFigure([](const core::Figure& f) { return f.value == 1500; }));
    CHECK(anyFigure([](const core::Figure& f) { return f.value == 3750; }));
    CHECK(anyFigure([](const core::Figure& f) {
        return f.value == 15000 && f.meta.status == core::Status::Contested;
    }));
}

TEST_CASE("The Kazakhstan figures are attributed to the Embassy", "[content]") {
    for (std::int64_t value : {150000, 28000}) {
        INFO(value);
        CHECK(anyFigure([&](const core::Figure& f) {
            return f.value == value &&
                   contains(f.meta.attribution, "Embassy of Azerbaijan in Kazakhstan") &&
                   f.meta.status != core::Status::Confirmed;
        }));
    }
}

TEST_CASE("Every date of the source text is an event", "[content]") {
    struct Row {
        const char* asWritten;
        int paragraph;
        const char* from;
        const char* to; ///< empty: any end, or none
    };
    const Row rows[] = {
        {"Apr 28, 1920", 1, "1920-04-28", ""},
        {"since 1920-es", 1, "1920s", ""},
        {"since 20-es of XX until early of 50-es", 9, "1920s", "1950s"},
        {"20-40-es", 9, "1920s", "1940s"},
        {"during 20-es", 11, "1920s", ""},
        {"37-es", 11, "1937", ""},
        {"During 1937-38", 13, "1937", "1938"},
        {"during 1930-40 and beginning of the 50-es", 14, "1930s", "1950s"},
        {"only in the 1937", 14, "1937", ""},
    };
    for (const Row& row : rows) {
        INFO(row.asWritten << " (paragraph " << row.paragraph << ")");
        CHECK(isPresentInParagraph(row.asWritten, row.paragraph));
        const std::string to = row.to;
        CHECK(anyEvent([&](const core::Event& e) {
            return e.when.from.iso() == row.from &&
                   (to.empty() || (e.when.to && e.when.to->iso() == to));
        }));
    }
    // Dates the lessons add from the fact-check sheet.
    for (const char* date : {"1937-07-30", "1938-11-25", "1940-05", "1923"}) {
        INFO(date);
        CHECK(anyEvent([&](const core::Event& e) { return e.when.from.iso() == date; }));
    }
}

TEST_CASE("Every name and label of the source text is taught", "[content]") {
    struct Row {
        const char* asWritten;
        int paragraph;
        const char* word; ///< the glossary word (or part of it) that teaches it
    };
    const Row rows[] = {
        {"counter revolutionary", 10, "counter-revolutionary"},
        {"trotskist", 10, "Trotskyist"},
        {"spy", 10, "spy"},
        {"nationalist", 10, "nationalist"},
        {"rebel", 10, "rebel"},
        {"Siberia", 11, "Siberia"},
        {"Kazakhstan", 11, "Kazakhstan"},
        {"Musavat", 11, "Musavat"},
        {"Ittihad", 11, "Ittihad"},
        {"Solovki", 11, "Solovki"},
        {"people's enemy", 11, "enemy of the people"},
        {"panturk", 11, "pan-Turkist"},
        {"coup d'état attempter", 11, "coup d'état plotter"},
        {"panislamist", 11, "pan-Islamist"},
        {"Communist Party", 11, "Communist Party"},
        {"Political Bureau", 11, "Political Bureau"},
    };
    for (const Row& row : rows) {
        INFO(row.asWritten << " (paragraph " << row.paragraph << ")");
        CHECK(isPresentInParagraph(row.asWritten, row.paragraph));
        CHECK(anyTerm([&](const core::Term& t) {
            return contains(t.word, row.word) && !t.definition.empty();
        }));
    }
    CHECK(isPresentInParagraph("(Moscow)", 11));
    CHECK(anyTerm([](const core::Term& t) {
        return contains(t.word, "Political Bureau") && contains(t.definition, "Moscow");
    }));
    CHECK(isPresentInParagraph("USSR", 10));
    CHECK(anyFigure([](const core::Figure& f) { return f.scope.where == "USSR"; }));
    // The text names Stalin and Beria; the lessons add who ran the NKVD in 1937–1938. All three
    // are officials: taught, never remembered among the victims.
    for (const char* name : {"Stalin", "Beria", "Nikolai Yezhov"}) {
        INFO(name);
        const core::Person* p = findPersonNamed(name);
        REQUIRE(p != nullptr);
        CHECK(p->kind == core::Person::Kind::Official);
        CHECK_FALSE(p->role.empty());
    }
    CHECK(isPresentInParagraph("Stalin", 10));
    CHECK(isPresentInParagraph("Beria", 10));
}

TEST_CASE("Every general idea of the text is a claim, and the two it contradicts say so",
          "[content]") {
    for (int paragraph = 3; paragraph <= 8; ++paragraph) {
        INFO("idea in paragraph " << paragraph);
        bool found = false;
        for (const core::Module& m : library().modules()) {
            for (const core::Claim& c : m.claims) {
                if (c.meta.sourceParagraph != paragraph) {
                    continue;
                }
                found = true;
                // Idea 4 (praise kept you safe) and idea 6 (only the opposition) do not hold.
                if (paragraph == 6 || paragraph == 8) {
                    CHECK(c.holds == core::Claim::Holds::No);
                    CHECK(c.meta.status == core::Status::Contested);
                    CHECK_FALSE(c.reason.empty());
                }
            }
        }
        CHECK(found);
    }
}

TEST_CASE("All eleven victims are present with their life years", "[content]") {
    struct Row {
        const char* inText; ///< as the source text spells the name
        const char* nameEn;
        const char* nameAz;
        int born;
        int died;
    };
    const Row rows[] = {
        {"Abbas Mirza Sharifzade", "Abbas Mirza Sharifzadeh", "Abbas Mirzə Şərifzadə", 1893, 1938},
        {"Ayna Sultanova", "Ayna Sultanova", "Ayna Sultanova", 1895, 1938},
        {"Bakir Chobanzade", "Bekir Chobanzade", "Bəkir Çobanzadə", 1893, 1937},
        {"Jumshid Nakhchivanski", "Jamshid Nakhchivanski", "Cəmşid Naxçıvanski", 1895, 1938},
        {"Huseyn Javid", "Huseyn Javid", "Hüseyn Cavid", 1882, 1941},
        {"Mikayıl Mushvig", "Mikayil Mushfig", "Mikayıl Müşfiq", 1908, 1938},
        // Sources differ on the year of his death (1937 or 1938): none is given.
        {"Qambay Vezirov", "Gambay Vazirov", "Qambay Vəzirov", 1899, 0},
        {"Ruhulla Akhundov", "Ruhulla Akhundov", "Ruhulla Axundov", 1897, 1938},
        {"Yusif Vezir Chamanzaminli", "Yusif Vazir Chamanzaminli", "Yusif Vəzir Çəmənzəminli", 1887,
         1943},
        {"Omar Faiq Nemanzade", "Omar Faig Nemanzadeh", "Ömər Faiq Nemanzadə", 1872, 1937},
        {"Ahmad Javad", "Ahmad Javad", "Əhməd Cavad", 1892, 1937},
    };
    std::set<const core::Person*> seen;
    for (const Row& row : rows) {
        INFO(row.inText);
        CHECK(isPresentInParagraph(row.inText, 15));
        const core::Person* p = findPersonNamed(row.inText);
        REQUIRE(p != nullptr);
        CHECK(p == findPersonNamed(row.nameEn));
        CHECK(p->nameEn == row.nameEn);
        CHECK(p->nameAz == row.nameAz);
        CHECK(p->born.year() == row.born);
        CHECK((row.died == 0 ? !p->died.valid() : p->died.year() == row.died));
        CHECK(p->isVictim());
        CHECK_FALSE(p->role.empty());
        CHECK_FALSE(p->fate.empty());
        seen.insert(p);
    }
    CHECK(seen.size() == 11);
}

TEST_CASE("The open questions about the victims are shown, not resolved silently", "[content]") {
    const core::Person* chamanzaminli = findPersonNamed("Yusif Vazir Chamanzaminli");
    REQUIRE(chamanzaminli != nullptr);
    CHECK(chamanzaminli->meta.status != core::Status::Confirmed);
    CHECK(contains(chamanzaminli->meta.context, "1947"));

    const core::Person* vazirov = findPersonNamed("Gambay Vazirov");
    REQUIRE(vazirov != nullptr);
    // Russian sources give 13 October 1937 for his execution, Azerbaijani ones 1938.
    CHECK(vazirov->meta.status == core::Status::Contested);
    CHECK(contains(vazirov->fate, "1937"));
    CHECK(contains(vazirov->fate, "1938"));

    // Javid's place of death and the two birth dates are named as open in a note.
    std::string notes;
    for (const core::Module& m : library().modules()) {
        for (const core::Section& s : m.sections) {
            for (const core::Block& b : s.blocks) {
                if (b.kind == core::Block::Kind::Note) {
                    notes += b.plainText() + "\n";
                }
            }
        }
    }
    CHECK(contains(notes, "Javid died"));
    CHECK(contains(notes, "Sharifzadeh's birth"));
    CHECK(contains(notes, "Nakhchivanski's birth"));
    CHECK(contains(notes, "Yezhov"));
    CHECK(contains(notes, "15 minutes"));
}
