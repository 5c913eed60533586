// Checks the shipped translations (lessons/az/) as content: each loads without a message, pairs
// with its English module, and teaches the same facts with the same numbers and dates.

#include <io/LibraryLoader.hpp>

#include "DiagnosticMatch.hpp"

#include <core/Library.hpp>
#include <core/Module.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <string>
#include <vector>

using namespace yaddas;

namespace {

const io::LibraryLoader::Result& shipped() {
    static const io::LibraryLoader::Result result = io::LibraryLoader::load(
        {YADDAS_SOURCE_DIR "/lessons"}, YADDAS_SOURCE_DIR "/lessons/source-text.txt");
    return result;
}

std::vector<const core::Module*> translationsInto(const std::string& language) {
    std::vector<const core::Module*> out;
    for (const core::Module& t : shipped().library.translations()) {
        if (t.language == language) {
            out.push_back(&t);
        }
    }
    return out;
}

/// The digits of a number as written: "1 575 259" (spaces or no-break spaces) → "1575259".
std::string digitsOf(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (std::isdigit(static_cast<unsigned char>(c)) != 0) {
            out += c;
        }
    }
    return out;
}

/// The four-digit years a date's text names: "28 aprel 1920" → {1920}; "1920–1940" → both.
std::set<std::string> yearsOf(const std::string& text) {
    std::set<std::string> out;
    std::string run;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        const bool digit =
            i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])) != 0;
        if (digit) {
            run += text[i];
        } else {
            if (run.size() == 4) {
                out.insert(run);
            }
            run.clear();
        }
    }
    return out;
}

/// Every marked span with a reference, by reference: the texts it is written as.
std::multimap<std::string, std::string> spansOf(const core::Module& m, core::Span::Kind kind) {
    std::multimap<std::string, std::string> out;
    for (const core::Section& s : m.sections) {
        for (const core::Block& b : s.blocks) {
            for (const core::Span& span : b.spans) {
                if (span.kind == kind && !span.ref.empty()) {
                    out.emplace(span.ref, span.text);
                }
            }
        }
    }
    return out;
}

} // namespace

TEST_CASE("Every shipped translation loads without a message and pairs with its module",
          "[content][translation]") {
    INFO(testing::all(shipped().diagnostics));
    CHECK(shipped().diagnostics.empty());
    const auto az = translationsInto("az");
    CHECK(az.size() == 6);
    CHECK(translationsInto("ru").size() == 6);
    for (const core::Module& english : shipped().library.modules()) {
        INFO(english.id);
        CHECK(std::any_of(az.begin(), az.end(),
                          [&](const core::Module* t) { return t->id == english.id; }));
    }
    // Every file in a language folder was read as a translation and kept.
    CHECK(shipped().translationFiles.size() == shipped().library.translations().size());
}

TEST_CASE("The Azerbaijani and Russian modules teach the English modules' facts, numbers and dates",
          "[content][translation]") {
    const std::string language = GENERATE(as<std::string>{}, "az", "ru");
    INFO(language);
    for (const core::Module* t : translationsInto(language)) {
        const core::Module* english = shipped().library.find(t->id);
        REQUIRE(english != nullptr);
        INFO(t->file);
        CHECK(t->factIds() == english->factIds());
        for (const core::Event& e : t->events) {
            const core::Event* other = english->findEvent(e.meta.id);
            REQUIRE(other != nullptr);
            CHECK(e.when.text() == other->when.text());
        }
        for (const core::Figure& f : t->figures) {
            const core::Figure* other = english->findFigure(f.meta.id);
            REQUIRE(other != nullptr);
            CHECK(f.value == other->value);
            CHECK(f.countsEn == other->counts);
            // Translated, not left in English.
            INFO(f.meta.id);
            CHECK(f.counts != other->counts);
            CHECK((f.scope.where.empty() || f.scope.where != other->scope.where));
            CHECK((f.scope.by.empty() || f.scope.by != other->scope.by));
        }
        for (const core::Person& p : t->people) {
            const core::Person* other = english->findPerson(p.meta.id);
            REQUIRE(other != nullptr);
            INFO(p.meta.id);
            CHECK(p.born == other->born);
            CHECK(p.died == other->died);
            if (language == "az") {
                CHECK(p.name == p.nameAz);
            }
            CHECK(!p.name.empty());
            CHECK(p.displayName() == p.name);
        }
        for (std::size_t i = 0; i < t->sections.size(); ++i) {
            INFO(t->sections[i].id);
            CHECK(t->sections[i].title != english->sections[i].title);
        }
        for (const core::AuthoredQuestion& q : t->questions) {
            if (q.kind == core::AuthoredQuestion::Kind::TrueFalse) {
                INFO(q.id);
                REQUIRE(q.options.size() == 2);
                const auto words = core::trueFalseWords(language);
                CHECK((q.options[0].text == words.first || q.options[0].text == words.second));
            }
        }
        // A marked number is the figure's value, whatever the separators; a marked date names
        // the years the English one does, and holds the date only (case endings follow it).
        for (const auto& [ref, text] : spansOf(*t, core::Span::Kind::Number)) {
            INFO(ref << ": " << text);
            const core::Figure* f = t->findFigure(ref);
            if (f != nullptr && !digitsOf(text).empty()) {
                CHECK(digitsOf(text) == std::to_string(f->value));
            }
        }
        const auto englishDates = spansOf(*english, core::Span::Kind::Date);
        for (const auto& [ref, text] : spansOf(*t, core::Span::Kind::Date)) {
            INFO(ref << ": " << text);
            CHECK(text.find(" в ") == std::string::npos);
            CHECK(text.find("-ci") == std::string::npos);
            CHECK(text.find("-cı") == std::string::npos);
            CHECK(text.find("-cu") == std::string::npos);
            CHECK(text.find("-cü") == std::string::npos);
            std::set<std::string> years;
            auto [from, to] = englishDates.equal_range(ref);
            for (auto it = from; it != to; ++it) {
                const auto y = yearsOf(it->second);
                years.insert(y.begin(), y.end());
            }
            for (const std::string& y : yearsOf(text)) {
                CHECK(years.count(y) == 1);
            }
        }
    }
}
