#include <core/ModuleValidator.hpp>

#include <core/DateBounds.hpp>
#include <core/ProgressLimits.hpp>
#include <core/TextNormalizer.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <string_view>

namespace yaddas::core {

namespace {

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/// Whitespace runs as one space, ends trimmed: an excerpt is compared as words, not as layout.
std::string collapse(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool pending = false;
    for (char c : text) {
        if (isSpace(c)) {
            pending = !out.empty();
            continue;
        }
        if (pending) {
            out += ' ';
            pending = false;
        }
        out += c;
    }
    return out;
}

/// The last day a date can stand for ("1937" ends on 31 December 1937), as a sort key.
long lastDayKey(const HistoricalDate& d) {
    switch (d.precision()) {
    case HistoricalDate::Precision::Decade:
        return (d.year() + 9) * 10000L + 1231;
    case HistoricalDate::Precision::Year:
        return d.year() * 10000L + 1231;
    case HistoricalDate::Precision::Month:
        return d.year() * 10000L + d.month() * 100L + daysInMonth(d.year(), d.month());
    case HistoricalDate::Precision::Day:
        break;
    }
    return d.sortKey();
}

/// True when `later` must end before `earlier` begins, whatever days the dates stand for.
bool endsBefore(const HistoricalDate& later, const HistoricalDate& earlier) {
    return lastDayKey(later) < earlier.sortKey();
}

struct FactRef {
    const FactMeta* meta;
    std::string_view kind; ///< "event", "figure", "person", "term", "claim"
};

std::vector<FactRef> factsOf(const Module& m) {
    std::vector<FactRef> out;
    for (const auto& e : m.events) {
        out.push_back({&e.meta, "event"});
    }
    for (const auto& f : m.figures) {
        out.push_back({&f.meta, "figure"});
    }
    for (const auto& p : m.people) {
        out.push_back({&p.meta, "person"});
    }
    for (const auto& t : m.terms) {
        out.push_back({&t.meta, "term"});
    }
    for (const auto& c : m.claims) {
        out.push_back({&c.meta, "claim"});
    }
    std::sort(out.begin(), out.end(),
              [](const FactRef& a, const FactRef& b) { return a.meta->line < b.meta->line; });
    return out;
}

std::string aOrAn(std::string_view kind) {
    return (kind == "event" ? "an " : "a ") + std::string(kind);
}

std::string where(const Module& m, int line) {
    return m.file + ":" + std::to_string(line);
}

/// Format 2's rules for what each status must cite.
template <typename Report>
void checkStatus(const FactMeta& meta, const std::string& tag, Report& error) {
    std::set<std::string> sources;
    if (meta.citesSourceText()) {
        sources.insert(std::string(Source::sourceTextId));
    }
    for (const Citation& c : meta.cites) {
        sources.insert(c.source);
    }
    const bool other = std::any_of(meta.cites.begin(), meta.cites.end(), [](const Citation& c) {
        return c.source != Source::sourceTextId;
    });
    switch (meta.status) {
    case Status::Confirmed:
        if (!other) {
            error(meta.line, tag + " is confirmed: it needs a <cite ref=\"…\"/> of a source "
                                   "besides the source text (a book, a decree, an "
                                   "encyclopedia entry …) where a reader can check it");
        }
        break;
    case Status::Contested:
        if (sources.size() < 2 && (meta.attribution.empty() || meta.contextCite.source.empty())) {
            error(meta.line, tag + " is contested: cite each side (two sources or more), or give "
                                   "<attribution> (who states it) and <context ref=\"…\"> (what "
                                   "another source says)");
        }
        break;
    case Status::Unverified:
        if (meta.attribution.empty()) {
            error(meta.line, tag + " is unverified: it needs <attribution> (who states it)");
        }
        break;
    }
    if (meta.sourceParagraph == 0 && meta.cites.empty() && meta.contextCite.source.empty()) {
        error(meta.line, tag + " cites nothing: give source=\"N\" (a paragraph of the source "
                               "text) or a <cite ref=\"…\"/>");
    }
}

} // namespace

Diagnostics ModuleValidator::check(const Module& m) const {
    Diagnostics out;
    auto error = [&](int line, std::string message) {
        out.push_back({m.file, line, std::move(message), Diagnostic::Severity::Error});
    };
    const bool haveSource = source_->paragraphCount() > 0;
    auto checkParagraph = [&](int paragraph, int line, std::string_view what) {
        if (haveSource && paragraph != 0 && !source_->has(paragraph)) {
            error(line, std::string(what) + ": source=\"" + std::to_string(paragraph) +
                            "\" is not a paragraph of the source text (it has " +
                            std::to_string(source_->paragraphCount()) + ")");
        }
    };

    // A learner's progress keeps module, section and fact ids up to a length; a longer one
    // would pass here and then be dropped from the progress file.
    auto checkLength = [&](const std::string& id, int line, std::string_view what) {
        if (id.size() > ProgressLimits::maxIdLength) {
            error(line, std::string(what) + " id '" + id.substr(0, 40) + "…' is " +
                            std::to_string(id.size()) + " characters long; progress files keep " +
                            "ids of at most " + std::to_string(ProgressLimits::maxIdLength));
        }
    };
    checkLength(m.id, m.line, "module");

    std::set<std::string> sectionIds;
    for (const Section& s : m.sections) {
        checkLength(s.id, s.line, "section");
        if (!s.id.empty() && !sectionIds.insert(s.id).second) {
            error(s.line, "section id '" + s.id + "' is used twice in this module");
        }
        for (const Block& b : s.blocks) {
            checkParagraph(b.sourceParagraph, b.line,
                           b.kind == Block::Kind::Note ? "<note>" : "<p>");
        }
    }

    std::map<std::string, int> factLines;
    for (const FactRef& f : factsOf(m)) {
        const FactMeta& meta = *f.meta;
        const std::string tag = "<" + std::string(f.kind) + " id=\"" + meta.id + "\">";
        checkLength(meta.id, meta.line, "fact");
        if (!meta.id.empty()) {
            auto [it, fresh] = factLines.emplace(meta.id, meta.line);
            if (!fresh) {
                error(meta.line, "fact id '" + meta.id + "' is already used at line " +
                                     std::to_string(it->second));
            }
        }
        checkParagraph(meta.sourceParagraph, meta.line, tag);
        if (haveSource && !meta.excerpt.empty() && source_->has(meta.sourceParagraph)) {
            const std::string paragraph = collapse(source_->paragraph(meta.sourceParagraph));
            if (paragraph.find(collapse(meta.excerpt)) == std::string::npos) {
                error(meta.line, tag + ": the excerpt '" + meta.excerpt.substr(0, 60) +
                                     "' is not in paragraph " +
                                     std::to_string(meta.sourceParagraph) +
                                     " of the source text (copy it exactly)");
            }
        }
        if (m.format >= 2) {
            checkStatus(meta, tag, error);
        } else if (meta.status != Status::Confirmed) {
            const std::string status(toString(meta.status));
            if (meta.attribution.empty()) {
                error(meta.line,
                      tag + " is " + status + ": it needs <attribution> (who states it)");
            }
            if (meta.context.empty()) {
                error(meta.line, tag + " is " + status +
                                     ": it needs <context source=\"…\"> (what sources say)");
            }
        }
    }

    for (const Event& e : m.events) {
        if (e.when.to && e.when.from.valid() && e.when.to->valid() &&
            endsBefore(*e.when.to, e.when.from)) {
            error(e.meta.line, "<event id=\"" + e.meta.id + "\">: the range ends (" +
                                   e.when.to->iso() + ") before it starts (" + e.when.from.iso() +
                                   ")");
        }
        // Its wrong dates are drawn from the period: an event outside it would stand alone.
        if (e.when.from.valid()) {
            const DateBounds bounds = DateBounds::of(e.when);
            if (!m.period.contains(bounds.firstYear()) || !m.period.contains(bounds.lastYear())) {
                error(e.meta.line, "<event id=\"" + e.meta.id + "\">: " + e.when.text() +
                                       " lies outside the module's period, " +
                                       std::to_string(m.period.first) + "–" +
                                       std::to_string(m.period.last) +
                                       " (set first-year and last-year on <module>)");
            }
        }
    }
    for (const Person& p : m.people) {
        if (p.born.valid() && p.died.valid() && endsBefore(p.died, p.born)) {
            error(p.meta.line, "<person id=\"" + p.meta.id + "\">: died (" + p.died.iso() +
                                   ") before born (" + p.born.iso() + ")");
        }
    }

    std::set<std::string> questionIds;
    for (const AuthoredQuestion& q : m.questions) {
        const std::string tag = "<question id=\"" + q.id + "\">";
        if (!q.id.empty() && !questionIds.insert(q.id).second) {
            error(q.line, "question id '" + q.id + "' is used twice in this module");
        }
        const auto right =
            std::count_if(q.options.begin(), q.options.end(),
                          [](const AuthoredQuestion::Option& o) { return o.correct; });
        std::set<std::string> texts;
        for (const auto& o : q.options) {
            if (!o.text.empty() && !texts.insert(o.text).second) {
                error(q.line, tag + ": the option '" + o.text + "' is given twice");
            }
        }
        switch (q.kind) {
        case AuthoredQuestion::Kind::Single:
            if (right != 1) {
                error(q.line, tag +
                                  ": a single-choice question needs exactly one option with "
                                  "correct=\"true\" (it has " +
                                  std::to_string(right) + ")");
            }
            break;
        case AuthoredQuestion::Kind::Multiple:
            if (right < 1) {
                error(q.line, tag + ": a multiple-answer question needs at least one option "
                                    "with correct=\"true\"");
            }
            break;
        case AuthoredQuestion::Kind::TrueFalse: {
            const auto [yes, no] = trueFalseWords(m.language);
            const bool shaped =
                q.options.size() == 2 && ((q.options[0].text == yes && q.options[1].text == no) ||
                                          (q.options[0].text == no && q.options[1].text == yes));
            if (!shaped) {
                error(q.line, tag + ": a true/false question has exactly two options, " + yes +
                                  " and " + no);
            }
            if (right != 1) {
                error(q.line, tag +
                                  ": a true/false question needs exactly one option with "
                                  "correct=\"true\" (it has " +
                                  std::to_string(right) + ")");
            }
            break;
        }
        case AuthoredQuestion::Kind::Text:
            if (right < 1) {
                error(q.line, tag + ": a typed-answer question needs at least one <answer> with "
                                    "correct=\"true\"");
            }
            break;
        case AuthoredQuestion::Kind::Number:
            if (!q.number) {
                error(q.line, tag + ": a number question needs its <number>");
            }
            break;
        case AuthoredQuestion::Kind::Order:
            if (q.options.size() < 2) {
                error(q.line, tag + ": an order question needs two or more <item>s");
            }
            break;
        }
        for (const auto& o : q.options) {
            if (o.credit > 0 && (o.correct || (q.kind != AuthoredQuestion::Kind::Single &&
                                               q.kind != AuthoredQuestion::Kind::Text))) {
                error(q.line, tag +
                                  ": credit=\"…\" is for a wrong option of a single-choice "
                                  "question or a typed answer ('" +
                                  o.text + "')");
            }
        }
    }
    return out;
}

Diagnostics ModuleValidator::checkTogether(const std::vector<const Module*>& modules,
                                           const std::vector<Source>& bibliography) const {
    Diagnostics out;
    // Sources: the shared bibliography first, then each module's own entries.
    std::map<std::string, const Source*> sources;
    auto addSource = [&](const Source& s) {
        if (s.id.empty()) {
            return;
        }
        auto [it, fresh] = sources.emplace(s.id, &s);
        if (!fresh) {
            out.push_back({s.file, s.line,
                           "source id '" + s.id + "' is already used by " + it->second->file + ":" +
                               std::to_string(it->second->line) +
                               " (source ids are unique across the library)"});
        }
    };
    for (const Source& s : bibliography) {
        addSource(s);
    }
    for (const Module* m : modules) {
        for (const Source& s : m->sources) {
            addSource(s);
        }
    }
    auto checkCite = [&](const Module& m, const Citation& c, int fallbackLine) {
        const int line = c.line > 0 ? c.line : fallbackLine;
        if (c.source == Source::sourceTextId) {
            out.push_back({m.file, line,
                           "ref=\"source-text\": cite the source text with source=\"N\" (the "
                           "paragraph), on the fact, <p> or <note>"});
        } else if (!c.source.empty() && sources.count(c.source) == 0) {
            out.push_back({m.file, line,
                           "ref=\"" + c.source +
                               "\" is not the id of a <source> in the bibliography "
                               "(lessons/sources.xml) or in any loaded module's <sources>"});
        }
    };
    for (const Module* m : modules) {
        for (const Section& s : m->sections) {
            for (const Block& b : s.blocks) {
                for (const Citation& c : b.cites) {
                    checkCite(*m, c, b.line);
                }
            }
        }
        for (const FactMeta* meta : m->facts()) {
            for (const Citation& c : meta->cites) {
                checkCite(*m, c, meta->line);
            }
            checkCite(*m, meta->contextCite, meta->line);
        }
    }

    // One person, one identity: the same name defined twice is most likely one person whom a
    // second module should refer to by id.
    std::map<std::string, std::pair<const Module*, const Person*>> names;
    for (const Module* m : modules) {
        for (const Person& p : m->people) {
            std::set<std::string> keys;
            for (const std::string& spelling : p.spellings()) {
                const std::string key = TextNormalizer::nameKey(spelling);
                if (key.empty() || !keys.insert(key).second) {
                    continue;
                }
                auto [it, fresh] = names.emplace(key, std::make_pair(m, &p));
                if (!fresh && it->second.second->meta.id != p.meta.id) {
                    out.push_back({m->file, p.meta.line,
                                   "<person id=\"" + p.meta.id + "\"> shares the name '" +
                                       spelling + "' with <person id=\"" +
                                       it->second.second->meta.id + "\"> at " +
                                       where(*it->second.first, it->second.second->meta.line) +
                                       ": if they are one person, define them once and refer to "
                                       "that id (<name ref>, <card person>)",
                                   Diagnostic::Severity::Warning});
                    break;
                }
            }
        }
    }
    std::map<std::string, const Module*> moduleIds;
    std::map<std::string, std::pair<const Module*, FactRef>> facts;
    std::map<std::string, std::pair<const Module*, int>> questions;
    for (const Module* m : modules) {
        auto [mit, freshModule] = moduleIds.emplace(m->id, m);
        if (!freshModule) {
            out.push_back({m->file, m->line,
                           "module id '" + m->id + "' is already used by " +
                               where(*mit->second, mit->second->line)});
        }
        std::set<std::string> seenHere; // duplicates within a module are check()'s to report
        for (const FactRef& f : factsOf(*m)) {
            if (f.meta->id.empty() || !seenHere.insert(f.meta->id).second) {
                continue;
            }
            auto [it, fresh] = facts.emplace(f.meta->id, std::make_pair(m, f));
            if (!fresh) {
                out.push_back({m->file, f.meta->line,
                               "fact id '" + f.meta->id + "' is already used by " +
                                   where(*it->second.first, it->second.second.meta->line) +
                                   " (fact ids are unique across all modules)"});
            }
        }
        std::set<std::string> questionsHere;
        for (const AuthoredQuestion& q : m->questions) {
            if (q.id.empty() || !questionsHere.insert(q.id).second) {
                continue;
            }
            auto [it, fresh] = questions.emplace(q.id, std::make_pair(m, q.line));
            if (!fresh) {
                out.push_back({m->file, q.line,
                               "question id '" + q.id + "' is already used by " +
                                   where(*it->second.first, it->second.second)});
            }
        }
    }

    // References may name a fact of any module, so they are resolved only now.
    auto kindOf = [&](const std::string& id) -> std::string_view {
        auto it = facts.find(id);
        return it == facts.end() ? std::string_view() : it->second.second.kind;
    };
    for (const Module* m : modules) {
        auto error = [&](int line, std::string message) {
            out.push_back({m->file, line, std::move(message), Diagnostic::Severity::Error});
        };
        auto missing = [](const std::string& id) {
            return "'" + id + "' is not the id of a fact in any loaded module";
        };
        for (const Section& s : m->sections) {
            for (const Block& b : s.blocks) {
                if (b.kind == Block::Kind::Card) {
                    const auto kind = kindOf(b.person);
                    if (kind.empty()) {
                        error(b.line, "<card person=\"" + b.person + "\">: " + missing(b.person));
                    } else if (kind != "person") {
                        error(b.line, "<card person=\"" + b.person + "\">: '" + b.person + "' is " +
                                          aOrAn(kind) + ", not a person");
                    }
                    continue;
                }
                for (const Span& span : b.spans) {
                    if (span.ref.empty()) {
                        continue;
                    }
                    const auto kind = kindOf(span.ref);
                    const int line = span.line > 0 ? span.line : b.line;
                    if (kind.empty()) {
                        error(line, "ref=\"" + span.ref + "\" on '" + span.text +
                                        "': " + missing(span.ref));
                    } else if (span.kind == Span::Kind::Term && kind != "term") {
                        error(line, "<term ref=\"" + span.ref + "\">: '" + span.ref + "' is " +
                                        aOrAn(kind) + ", not a term (glossary entry)");
                    }
                }
            }
        }
        for (const AuthoredQuestion& q : m->questions) {
            if (!q.fact.empty() && kindOf(q.fact).empty()) {
                error(q.line,
                      "<question id=\"" + q.id + "\"> fact=\"" + q.fact + "\": " + missing(q.fact));
            }
            if (q.category == Category::Victims && kindOf(q.fact) == "person") {
                const Module* home = facts.find(q.fact)->second.first;
                const Person* p = home->findPerson(q.fact);
                if (p != nullptr && !p->isVictim()) {
                    error(q.line, "<question id=\"" + q.id + "\"> category=\"victims\": '" +
                                      q.fact + "' is not a victim; ask about them under ideas");
                }
            }
        }
    }
    return out;
}

} // namespace yaddas::core

namespace yaddas::core {

namespace {

/// "1937-07-31 to 1938-11-17", or the one date, for messages.
std::string datesOf(const DateSpan& when) {
    return when.from.iso() + (when.to ? " to " + when.to->iso() : "");
}

std::string citesOf(const std::vector<Citation>& cites) {
    std::string out;
    for (const Citation& c : cites) {
        out += (out.empty() ? "" : ", ") + c.source + (c.locator.empty() ? "" : " " + c.locator);
    }
    return out.empty() ? "none" : out;
}

std::string numberText(double v) {
    std::string s = std::to_string(v);
    s.erase(s.find_last_not_of('0') + 1);
    if (!s.empty() && s.back() == '.') {
        s.pop_back();
    }
    return s;
}

std::string toleranceText(const Tolerance& t) {
    return t.kind == Tolerance::Kind::Exact ? "exact" : t.text();
}

std::string correctOf(const AuthoredQuestion& q) {
    std::string out;
    for (std::size_t i = 0; i < q.options.size(); ++i) {
        if (q.options[i].correct) {
            out += (out.empty() ? "" : ", ") + std::to_string(i + 1);
        }
    }
    return out.empty() ? "none" : out;
}

} // namespace

Diagnostics ModuleValidator::checkTranslation(const Module& english,
                                              const Module& translation) const {
    Diagnostics out;
    auto error = [&](int line, std::string message) {
        out.push_back({translation.file, line, std::move(message), Diagnostic::Severity::Error});
    };
    // Whatever is not words must be the English module's, so that a learner reading either
    // learns the same facts and is graded the same way.
    auto differs = [&](int line, const std::string& what, const std::string& theirs,
                       const std::string& ours) {
        error(line, what + ": " + ours + " in the translation, " + theirs + " in English (" +
                        english.file + ")");
    };

    // Sections by id.
    std::set<std::string> sectionIds;
    for (const Section& s : english.sections) {
        sectionIds.insert(s.id);
    }
    std::set<std::string> translatedSections;
    for (const Section& s : translation.sections) {
        translatedSections.insert(s.id);
        if (sectionIds.count(s.id) == 0) {
            error(s.line, "<section id=\"" + s.id + "\"> is not a section of the English module '" +
                              english.id + "' (" + english.file + ")");
        }
    }
    for (const Section& s : english.sections) {
        if (translatedSections.count(s.id) == 0) {
            error(translation.line, "the translation lacks the section '" + s.id +
                                        "' of the English module (" + english.file + ")");
        }
    }

    // Facts by id, of the same kind.
    const auto theirFacts = factsOf(english);
    const auto ourFacts = factsOf(translation);
    auto findIn = [](const std::vector<FactRef>& facts, const std::string& id) {
        auto it = std::find_if(facts.begin(), facts.end(),
                               [&](const FactRef& f) { return f.meta->id == id; });
        return it == facts.end() ? nullptr : &*it;
    };
    for (const FactRef& ours : ourFacts) {
        const std::string tag = "<" + std::string(ours.kind) + " id=\"" + ours.meta->id + "\">";
        const FactRef* theirs = findIn(theirFacts, ours.meta->id);
        if (theirs == nullptr) {
            error(ours.meta->line, tag + " is not a fact of the English module '" + english.id +
                                       "' (" + english.file + ")");
            continue;
        }
        if (theirs->kind != ours.kind) {
            error(ours.meta->line,
                  tag + " is " + aOrAn(theirs->kind) + " in English (" + english.file + ")");
            continue;
        }
        const FactMeta& a = *theirs->meta;
        const FactMeta& b = *ours.meta;
        if (a.status != b.status) {
            differs(b.line, tag + ": status", std::string(toString(a.status)),
                    std::string(toString(b.status)));
        }
        if (a.sourceParagraph != b.sourceParagraph) {
            differs(b.line, tag + ": source paragraph", std::to_string(a.sourceParagraph),
                    std::to_string(b.sourceParagraph));
        }
        if (collapse(a.excerpt) != collapse(b.excerpt)) {
            error(b.line, tag + ": the <excerpt> differs from the English module's (" +
                              english.file +
                              "): it quotes the source text verbatim and stays in English");
        }
        if (!(a.cites == b.cites) || !(a.contextCite == b.contextCite)) {
            differs(b.line, tag + ": <cite>", citesOf(a.cites), citesOf(b.cites));
        }
    }
    for (const FactRef& theirs : theirFacts) {
        if (findIn(ourFacts, theirs.meta->id) == nullptr) {
            error(translation.line, "the translation lacks " + aOrAn(theirs.kind) + " '" +
                                        theirs.meta->id + "' of the English module (" +
                                        english.file + ")");
        }
    }
    for (const Event& e : translation.events) {
        const Event* theirs = english.findEvent(e.meta.id);
        if (theirs != nullptr &&
            (theirs->when.from != e.when.from || theirs->when.to != e.when.to)) {
            differs(e.meta.line, "<event id=\"" + e.meta.id + "\">: dates", datesOf(theirs->when),
                    datesOf(e.when));
        }
    }
    for (const Figure& f : translation.figures) {
        const Figure* theirs = english.findFigure(f.meta.id);
        if (theirs == nullptr) {
            continue;
        }
        const std::string tag = "<figure id=\"" + f.meta.id + "\">";
        if (theirs->value != f.value) {
            differs(f.meta.line, tag + ": value", std::to_string(theirs->value),
                    std::to_string(f.value));
        }
        if (theirs->approximate != f.approximate) {
            differs(f.meta.line, tag + ": approximate", theirs->approximate ? "true" : "false",
                    f.approximate ? "true" : "false");
        }
        if (theirs->tolerance.kind != f.tolerance.kind ||
            theirs->tolerance.amount != f.tolerance.amount) {
            differs(f.meta.line, tag + ": tolerance", toleranceText(theirs->tolerance),
                    toleranceText(f.tolerance));
        }
    }
    for (const Person& p : translation.people) {
        const Person* theirs = english.findPerson(p.meta.id);
        if (theirs == nullptr) {
            continue;
        }
        const std::string tag = "<person id=\"" + p.meta.id + "\">";
        if (theirs->born != p.born) {
            differs(p.meta.line, tag + ": born", theirs->born.iso(), p.born.iso());
        }
        if (theirs->died != p.died) {
            differs(p.meta.line, tag + ": died", theirs->died.iso(), p.died.iso());
        }
    }

    // Questions by id: the same kind, fact and right answers.
    for (const AuthoredQuestion& q : translation.questions) {
        const std::string tag = "<question id=\"" + q.id + "\">";
        auto it = std::find_if(english.questions.begin(), english.questions.end(),
                               [&](const AuthoredQuestion& e) { return e.id == q.id; });
        if (it == english.questions.end()) {
            error(q.line, tag + " is not a question of the English module '" + english.id + "' (" +
                              english.file + ")");
            continue;
        }
        if (it->kind != q.kind) {
            differs(q.line, tag + ": kind", toString(it->kind), toString(q.kind));
        }
        if (it->fact != q.fact) {
            differs(q.line, tag + ": fact", it->fact, q.fact);
        }
        if (it->kind == q.kind && q.kind != AuthoredQuestion::Kind::Text &&
            correctOf(*it) != correctOf(q)) {
            differs(q.line, tag + ": the right options", correctOf(*it), correctOf(q));
        }
        if (it->number != q.number) {
            differs(q.line, tag + ": the right number",
                    it->number ? numberText(*it->number) : "none",
                    q.number ? numberText(*q.number) : "none");
        }
    }
    for (const AuthoredQuestion& e : english.questions) {
        if (std::none_of(translation.questions.begin(), translation.questions.end(),
                         [&](const AuthoredQuestion& q) { return q.id == e.id; })) {
            error(translation.line, "the translation lacks the question '" + e.id +
                                        "' of the English module (" + english.file + ")");
        }
    }
    return out;
}

} // namespace yaddas::core
