#include <core/QuestionBuilder.hpp>

#include <core/I18n.hpp>

#include <core/CitationText.hpp>
#include <core/DateBounds.hpp>
#include <core/Distractors.hpp>
#include <core/NameMatcher.hpp>
#include <core/NumberFormat.hpp>
#include <core/TextNormalizer.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <functional>
#include <limits>
#include <numeric>
#include <set>

namespace yaddas::core {
namespace {

constexpr std::string_view blank = "_____";

std::vector<std::string> words(const std::string& text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find(' ', start);
        if (end == std::string::npos) {
            end = text.size();
        }
        if (end > start) {
            out.push_back(text.substr(start, end - start));
        }
        start = end + 1;
    }
    return out;
}

/// The two options of a true/false question, its key, and the answer shown: "True", or
/// `ifFalse` (which says what is right instead).
/// The answer is the word alone: the explanation says what is true, once.
void trueOrFalse(Question& q, bool truth) {
    q.options = {I18n::tr("True"), I18n::tr("False")};
    q.key.correctOptions = {truth ? 0U : 1U};
    q.rightAnswer = q.options[truth ? 0U : 1U];
}

template <class Fact> using Maker = std::optional<Question> (QuestionBuilder::*)(const Fact&);

/// Events, figures and people each have a choice, a typed (year, number or name) and a
/// true/false question; any other kind is not made for them.
template <class Fact>
std::optional<Question> byKind(QuestionBuilder& builder, const Fact& fact, QuestionKind kind,
                               QuestionKind typedKind, Maker<Fact> choice, Maker<Fact> typed,
                               Maker<Fact> trueFalse) {
    if (kind == QuestionKind::SingleChoice) {
        return (builder.*choice)(fact);
    }
    if (kind == typedKind) {
        return (builder.*typed)(fact);
    }
    if (kind == QuestionKind::TrueFalse) {
        return (builder.*trueFalse)(fact);
    }
    return std::nullopt;
}

/// The module's own items of one kind (people, events, terms), then, when fewer than `needed`,
/// those of the other modules too: distractors come from the same module where it has enough.
template <class T>
std::vector<const T*> pool(const Module& own, const Library& library,
                           const std::vector<T> Module::*items, std::size_t needed) {
    std::vector<const T*> out;
    for (const T& item : own.*items) {
        out.push_back(&item);
    }
    if (out.size() < needed) {
        for (const Module& m : library.modules()) {
            if (m.id != own.id) {
                for (const T& item : m.*items) {
                    out.push_back(&item);
                }
            }
        }
    }
    return out;
}

void addUnique(std::vector<std::string>& list, const std::string& value) {
    if (!value.empty() && std::find(list.begin(), list.end(), value) == list.end()) {
        list.push_back(value);
    }
}

/// "Soviet rule was …" → "soviet rule was …" would lose a proper noun; only a first word that
/// is not a name (all lowercase after its capital, and a common opening word) is lowered.
std::string lowerFirst(const std::string& text) {
    static const std::set<std::string> common{"The",    "A",       "An",    "Many", "Most",
                                              "People", "Members", "Those", "Some", "All"};
    const auto space = text.find(' ');
    const std::string word = text.substr(0, space);
    if (common.count(word) == 0) {
        return text;
    }
    std::string out = text;
    out[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(out[0])));
    return out;
}

/// A statement and its date: "… on 28 April 1920.", "… in August 1937.", "… in 1937–1938.",
/// "… from the 1920s to the 1950s." Azerbaijani and Russian put the date in brackets, where it
/// needs no case ending or suffix.
std::string atDate(const std::string& statement, const std::string& text) {
    if (text.find(" to ") != std::string::npos || text.find(" \u2013 ") != std::string::npos) {
        // "from August 1937 to November 1938"
        return I18n::format(I18n::tr("{1} from {2}."), {statement, text});
    }
    const bool day = !text.empty() && std::isdigit(static_cast<unsigned char>(text[0])) != 0 &&
                     text.find(' ') != std::string::npos;
    // TRANSLATORS: {1} is a statement from a lesson, {2} its date ("28 April 1920"). A
    // translation may put the date in brackets, where it needs no case ending.
    return day ? I18n::format(I18n::tr("{1} on {2}."), {statement, text})
               : I18n::format(I18n::tr("{1} in {2}."), {statement, text});
}

/// The first letter lowered after "According to …, " in English; other languages keep the
/// text as the module wrote it.
std::string lowerInEnglish(const std::string& text) {
    std::string out = text;
    if (!out.empty() && I18n::language() == "en") {
        out[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(out[0])));
    }
    return out;
}

std::string scopeText(const Figure& f) {
    std::vector<std::string> parts;
    if (!f.scope.where.empty()) {
        parts.push_back(f.scope.where);
    }
    if (!f.scope.when.empty()) {
        parts.push_back(f.scope.when);
    }
    if (!f.scope.by.empty()) {
        parts.push_back(I18n::format(I18n::tr("counted by {1}"), {f.scope.by}));
    }
    std::string out;
    for (const auto& p : parts) {
        out += (out.empty() ? "" : ", ") + p;
    }
    return out.empty() ? out : " (" + out + ")";
}

std::string personLabel(const Person& p) {
    return p.displayName() + " (" + p.lifeYears() + ")";
}

/// "a poet", "an actor": the indefinite article for a role written in English.
std::string withArticle(const std::string& role, const std::string& language) {
    if (language != "en") {
        return role;
    }
    const char c =
        role.empty() ? 'x' : static_cast<char>(std::tolower(static_cast<unsigned char>(role[0])));
    const bool vowel = c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    return (vowel ? "an " : "a ") + role;
}

std::string capitalised(const std::string& s, const std::string& language) {
    return TextNormalizer::capitalised(s, language);
}

bool confirmed(const FactMeta& meta) {
    return meta.status == Status::Confirmed;
}

/// Where the one plain 4-digit year of a date span's text is ("Apr 28, 1920", "May 1940"), or
/// npos when there is none or more than one, or the year is part of a decade ("the 1930s").
std::size_t yearAt(const std::string& text) {
    auto digit = [&](std::size_t i) {
        return i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])) != 0;
    };
    auto letter = [&](std::size_t i) {
        return i < text.size() && std::isalpha(static_cast<unsigned char>(text[i])) != 0;
    };
    std::size_t found = std::string::npos;
    std::size_t i = 0;
    while (i < text.size()) {
        if (!digit(i)) {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (digit(end)) {
            ++end;
        }
        if (end - i == 4 && !letter(end) && !(i > 0 && letter(i - 1))) {
            if (found != std::string::npos) {
                return std::string::npos;
            }
            found = i;
        } else if (end - i >= 3) {
            return std::string::npos; // another number that reads as a year or part of one
        }
        i = end;
    }
    return found;
}

/// True when the mark at `at` ends a sentence: ". ", "? " or "! ", but not the stop after an
/// abbreviation ("No. 00447") or an initial ("N. Werth"). A semicolon does not end one: the
/// clause after it needs the subject before it.
bool endsSentence(const std::string& text, std::size_t at) {
    if (at + 1 >= text.size() || text[at + 1] != ' ') {
        return false;
    }
    if (text[at] == '?' || text[at] == '!') {
        return true;
    }
    if (text[at] != '.') {
        return false;
    }
    std::size_t word = at;
    while (word > 0 && std::isalpha(static_cast<unsigned char>(text[word - 1])) != 0) {
        --word;
    }
    const std::string last = text.substr(word, at - word);
    static const std::set<std::string> abbreviations{"No", "no",  "Mr", "Dr",
                                                     "St", "vol", "pp", "p"};
    const bool initial = last.size() == 1 && std::isupper(static_cast<unsigned char>(last[0])) != 0;
    return abbreviations.count(last) == 0 && !initial;
}

} // namespace

bool QuestionBuilder::boundsDate(const std::string& rest) {
    const std::string key = " " + TextNormalizer::plainKey(rest) + " ";
    if (key.find(" great terror ") != std::string::npos) {
        return true;
    }
    for (std::size_t i = 0; i + 4 <= rest.size(); ++i) {
        const auto digit = [&](std::size_t k) {
            return k < rest.size() && std::isdigit(static_cast<unsigned char>(rest[k])) != 0;
        };
        if ((i == 0 || !digit(i - 1)) && digit(i) && digit(i + 1) && digit(i + 2) && digit(i + 3) &&
            !digit(i + 4) && (rest[i] == '1' || rest[i] == '2')) {
            return true;
        }
    }
    return false;
}

bool QuestionBuilder::boundsNumber(const std::string& rest) {
    const std::string key = " " + TextNormalizer::plainKey(rest) + " ";
    for (const char* w : {" hundred ", " thousand ", " million "}) {
        if (key.find(w) != std::string::npos) {
            return true;
        }
    }
    for (std::size_t i = 0; i < rest.size(); ++i) {
        if (std::isdigit(static_cast<unsigned char>(rest[i])) == 0 ||
            (i > 0 && std::isdigit(static_cast<unsigned char>(rest[i - 1])) != 0)) {
            continue;
        }
        std::size_t end = i;
        while (end < rest.size() &&
               (std::isdigit(static_cast<unsigned char>(rest[end])) != 0 ||
                ((rest[end] == ',' || rest[end] == ' ') && end + 1 < rest.size() &&
                 std::isdigit(static_cast<unsigned char>(rest[end + 1])) != 0))) {
            ++end;
        }
        if (rest[i] != '0' && end - i >= 2) {
            return true;
        }
        i = end;
    }
    return false;
}

namespace {

/// True when a word in a sentence points back to the one before it ("made him a target", "a
/// monastery there", "such a session"), or it opens with such a word.
bool refersBack(const std::string& sentence) {
    if (QuestionBuilder::opensLeaning(sentence)) {
        return true;
    }
    const std::string key = " " + TextNormalizer::plainKey(sentence) + " ";
    static const char* const pointers[] = {" he ",        " she ",     " him ",   " his ",
                                           " her ",       " hers ",    " there ", " such ",
                                           " that past ", " the same "};
    return std::any_of(std::begin(pointers), std::end(pointers),
                       [&](const char* w) { return key.find(w) != std::string::npos; });
}

/// The sentence around a span: from the end of the previous sentence to the end of this one.
std::pair<std::string, std::string> sentenceAround(const std::string& before,
                                                   const std::string& after) {
    auto sentenceStart = [&](std::size_t limit) {
        std::size_t start = 0;
        for (std::size_t at = 0; at + 2 <= limit; ++at) {
            if (endsSentence(before, at)) {
                start = at + 2;
            }
        }
        return start;
    };
    std::size_t start = sentenceStart(before.size());
    // A short sentence or one that opens with a pronoun ("He was shot in …") needs the one
    // before it to say who or what it is about.
    static const char* const pronouns[] = {"He ",    "She ", "They ", "It ",    "This ",
                                           "These ", "His ", "Her ",  "Their ", "Its "};
    std::size_t stop = after.size();
    for (std::size_t at = 0; at < after.size(); ++at) {
        if (endsSentence(after, at)) {
            stop = at + 1;
            break;
        }
    }
    const std::string_view opening = std::string_view(before).substr(start);
    bool vague = before.size() - start + stop < 20;
    for (const char* p : pronouns) {
        vague = vague || opening.substr(0, std::char_traits<char>::length(p)) == p;
    }
    // A word further on that points back ("made him a target", "a monastery there") needs it
    // too.
    vague = vague || refersBack(std::string(opening) + " " + after.substr(0, stop));
    if (vague && start >= 2) {
        start = sentenceStart(start - 2);
    }
    auto trimmed = [](std::string s) {
        const auto first = s.find_first_not_of(" \t\n");
        const auto last = s.find_last_not_of(" \t\n");
        return first == std::string::npos ? std::string() : s.substr(first, last - first + 1);
    };
    std::string head = before.substr(start);
    std::string tail = after.substr(0, stop);
    // Keep leading and trailing spaces inside the sentence (they separate the blank).
    const auto first = head.find_first_not_of(" \t\n");
    head = first == std::string::npos ? std::string() : head.substr(first);
    const auto last = tail.find_last_not_of(" \t\n");
    tail = last == std::string::npos ? std::string() : tail.substr(0, last + 1);
    (void)trimmed;
    return {head, tail};
}

} // namespace

QuestionBuilder::QuestionBuilder(const Library& library, const Module& module, RandomSource& random)
    : library_(library), module_(module), random_(random) {
    if (const auto place = library.placeOf(module)) {
        keys_ = &library.keys();
        place_ = *place;
    }
}

Question QuestionBuilder::base(const FactMeta& meta, Category category, QuestionKind kind) const {
    Question q;
    q.kind = kind;
    q.category = category;
    q.factId = meta.id;
    q.relatedFacts = {meta.id};
    q.moduleId = module_.id;
    q.status = meta.status;
    q.id = meta.id + "/" + std::string(toString(kind));
    q.sourceParagraph = meta.sourceParagraph;
    // Only the words the fact quotes: a whole paragraph is most often about something else.
    q.sourcePassage = meta.excerpt;
    q.citation = CitationText::forFact(library_, meta);
    return q;
}

void QuestionBuilder::citeAll(Question& q) const {
    std::vector<Citation> all;
    std::vector<Citation> fromText;
    for (const std::string& id : q.relatedFacts) {
        const Module* home = library_.moduleOfFact(id);
        const FactMeta* meta = home != nullptr ? home->findFact(id) : module_.findFact(id);
        if (meta == nullptr) {
            continue;
        }
        for (Citation c : meta->citations()) {
            c.quote.clear();
            auto& list = c.source == Source::sourceTextId ? fromText : all;
            if (std::find(list.begin(), list.end(), c) == list.end()) {
                list.push_back(c);
            }
        }
    }
    all.insert(all.end(), fromText.begin(), fromText.end());
    std::string line;
    for (const Citation& c : all) {
        line += (line.empty() ? "" : "; ") + CitationText::line(library_, c);
    }
    if (!line.empty()) {
        q.citation = TextNormalizer::capitalised(line, module_.language);
    }
}

std::pair<int, int> QuestionBuilder::dateWindow(const std::string& text,
                                                const std::string& factId) const {
    const Module* home = library_.moduleOfFact(factId);
    const Period period = home != nullptr ? home->period : module_.period;
    std::pair<int, int> window{period.first, period.last};
    const std::string plain = TextNormalizer::plainKey(text);
    const std::string key = " " + plain + " ";
    // Everyone the text names, found by the words of their names (LibraryKeys).
    library_.keys().peopleNamedIn(plain, [&](std::size_t named) {
        const LibraryKeys::PersonKey& p = library_.keys().people()[named];
        if (p.born != std::numeric_limits<int>::min()) {
            window.first = std::max(window.first, p.born);
        }
        if (p.died != std::numeric_limits<int>::min()) {
            window.second = std::min(window.second, p.died);
        }
    });
    // What the stem itself says: "shot in 1938" ends the window, "born in 1908" opens it.
    // The year may follow a day and a month ("shot on 4 July 1938", "shot in July 1938").
    const auto yearsAfter = [&key](const std::string& words) {
        static const std::set<std::string> months{
            "on",   "january", "february",  "march",   "april",    "may",     "june",
            "july", "august",  "september", "october", "november", "december"};
        std::vector<int> years;
        for (auto at = key.find(words); at != std::string::npos; at = key.find(words, at + 1)) {
            std::size_t from = at + words.size();
            for (int token = 0; token < 4 && from < key.size(); ++token) {
                const std::size_t end = key.find(' ', from);
                const std::string word = key.substr(from, end - from);
                const bool digits =
                    !word.empty() && std::all_of(word.begin(), word.end(), [](char c) {
                        return std::isdigit(static_cast<unsigned char>(c)) != 0;
                    });
                if (digits && word.size() == 4) {
                    years.push_back(std::stoi(word));
                    break;
                }
                if (!(digits && word.size() <= 2) && months.count(word) == 0) {
                    break;
                }
                from = end == std::string::npos ? key.size() : end + 1;
            }
        }
        return years;
    };
    for (const char* verb : {" shot in ", " shot on ", " executed in ", " executed on ",
                             " died in ", " died on ", " killed in ", " killed on "}) {
        for (int y : yearsAfter(verb)) {
            window.second = std::min(window.second, y);
        }
    }
    for (int y : yearsAfter(" born in ")) {
        window.first = std::max(window.first, y);
    }
    // Nothing Soviet happened before the Soviet state and its Red Army existed (1918).
    if (key.find(" soviet ") != std::string::npos || key.find(" red army ") != std::string::npos) {
        window.first = std::max(window.first, 1918);
    }
    return window;
}

std::string QuestionBuilder::contextSourceOf(const FactMeta& meta) const {
    return meta.contextCite.source.empty() ? meta.contextSource
                                           : CitationText::line(library_, meta.contextCite);
}

std::string QuestionBuilder::whoStates(const FactMeta& meta) const {
    if (!meta.attribution.empty()) {
        return meta.attribution;
    }
    if (meta.citesSourceText()) {
        return I18n::tr("the source text");
    }
    for (const Citation& c : meta.cites) {
        if (const Source* s = library_.findSource(c.source)) {
            return s->author.empty() ? s->title : s->author;
        }
    }
    return I18n::tr("its source");
}

std::string QuestionBuilder::attributed(const FactMeta& meta, const std::string& question) const {
    if (confirmed(meta)) {
        return question;
    }
    // TRANSLATORS: {1} names who states a fact (an author, "the source text"), {2} is the
    // question or statement. The linter looks for the words before {1} in the question.
    return I18n::format(I18n::tr("According to {1}, {2}"),
                        {whoStates(meta), lowerInEnglish(question)});
}

void QuestionBuilder::finish(Question& q, const FactMeta& meta, std::string explanation) const {
    if (!confirmed(meta)) {
        q.context = meta.context;
        q.contextSource = contextSourceOf(meta);
        // Two sentences at most: the fact as its source states it, then what other sources
        // say. The context's source is named only when the citation line does not name it.
        explanation = I18n::format(I18n::tr("According to {1}, {2}"),
                                   {whoStates(meta), lowerFirst(explanation)});
        if (!meta.context.empty()) {
            explanation += " " + I18n::format(I18n::tr("What sources say: {1}"), {meta.context});
            if (!q.contextSource.empty() && q.citation.find(q.contextSource) == std::string::npos) {
                explanation += " (" + q.contextSource + ")";
            }
        }
    }
    q.explanation = std::move(explanation);
}

void QuestionBuilder::shuffleOptions(Question& q, const std::vector<std::size_t>& correct) {
    std::vector<std::size_t> perm(q.options.size());
    std::iota(perm.begin(), perm.end(), std::size_t{0});
    random_.shuffle(perm);
    std::vector<std::string> shuffled;
    shuffled.reserve(perm.size());
    q.key.correctOptions.clear();
    for (std::size_t i = 0; i < perm.size(); ++i) {
        shuffled.push_back(q.options[perm[i]]);
        if (std::find(correct.begin(), correct.end(), perm[i]) != correct.end()) {
            q.key.correctOptions.push_back(i);
        }
    }
    q.options = std::move(shuffled);
}

std::vector<const Person*> QuestionBuilder::peoplePool(std::size_t needed) const {
    return pool(module_, library_, &Module::people, needed);
}

std::vector<const Event*> QuestionBuilder::eventPool(std::size_t needed) const {
    return pool(module_, library_, &Module::events, needed);
}

std::vector<const Term*> QuestionBuilder::termPool(std::size_t needed) const {
    return pool(module_, library_, &Module::terms, needed);
}

namespace {

/// pool() by keys: the module's own items, then, when fewer than `needed`, those of every module
/// with another id. `first(k)` is the first item of module k, first(k + 1) its end.
template <class First>
std::vector<std::size_t> keyPool(const LibraryKeys& keys, std::size_t own, std::size_t needed,
                                 First first) {
    std::vector<std::size_t> out;
    for (std::size_t i = first(own); i < first(own + 1); ++i) {
        out.push_back(i);
    }
    if (out.size() < needed) {
        out.reserve(first(keys.moduleCount()));
        for (std::size_t k = 0; k < keys.moduleCount(); ++k) {
            if (keys.moduleId(k) != keys.moduleId(own)) {
                for (std::size_t i = first(k); i < first(k + 1); ++i) {
                    out.push_back(i);
                }
            }
        }
    }
    return out;
}

} // namespace

std::optional<std::size_t> QuestionBuilder::keyOf(const Person& person) const {
    const std::less<const Person*> before;
    if (keys_ == nullptr || module_.people.empty() || before(&person, module_.people.data()) ||
        !before(&person, module_.people.data() + module_.people.size())) {
        return std::nullopt;
    }
    return keys_->firstPerson(place_) + static_cast<std::size_t>(&person - module_.people.data());
}

std::optional<std::size_t> QuestionBuilder::keyOf(const Term& term) const {
    const std::less<const Term*> before;
    if (keys_ == nullptr || module_.terms.empty() || before(&term, module_.terms.data()) ||
        !before(&term, module_.terms.data() + module_.terms.size())) {
        return std::nullopt;
    }
    return keys_->firstTerm(place_) + static_cast<std::size_t>(&term - module_.terms.data());
}

std::vector<std::size_t> QuestionBuilder::peopleKeys(std::size_t needed) const {
    return keyPool(*keys_, place_, needed, [this](std::size_t k) { return keys_->firstPerson(k); });
}

std::vector<std::size_t> QuestionBuilder::everyoneKeys() const {
    // The module is one of the library's: everyone is the library's people, in order.
    std::vector<std::size_t> all(keys_->people().size());
    for (std::size_t i = 0; i < all.size(); ++i) {
        all[i] = i;
    }
    return all;
}

std::vector<std::size_t> QuestionBuilder::termKeys(std::size_t needed) const {
    return keyPool(*keys_, place_, needed, [this](std::size_t k) { return keys_->firstTerm(k); });
}

const Person& QuestionBuilder::personAt(std::size_t key) const {
    const LibraryKeys::PersonKey& k = keys_->people()[key];
    return library_.modules()[k.module].people[k.index];
}

const Term& QuestionBuilder::termAt(std::size_t key) const {
    const LibraryKeys::TermKey& k = keys_->terms()[key];
    return library_.modules()[k.module].terms[k.index];
}

// ---- events ------------------------------------------------------------------------------

std::optional<Question> QuestionBuilder::eventChoice(const Event& event) {
    if (event.label.empty() || !event.when.from.valid()) {
        return std::nullopt;
    }
    const auto [first, last] = dateWindow(event.label + " " + event.ask, event.meta.id);
    auto wrong = Distractors::dates(event.when, 3, random_, first, last);
    if (wrong.size() < 3) {
        return std::nullopt;
    }
    Question q = base(event.meta, Category::Dates, QuestionKind::SingleChoice);
    q.prompt = attributed(event.meta, event.ask.empty()
                                          ? I18n::format(I18n::tr("When did this happen: {1}?"),
                                                         {lowerFirst(event.label)})
                                          : event.ask);
    q.options = {event.when.text()};
    q.options.insert(q.options.end(), wrong.begin(), wrong.end());
    shuffleOptions(q, {0});
    q.rightAnswer = event.when.text();
    finish(q, event.meta, atDate(event.label, event.when.text()));
    return q;
}

std::optional<Question> QuestionBuilder::eventYear(const Event& event) {
    if (event.label.empty() || !event.when.from.valid() ||
        event.when.from.precision() == HistoricalDate::Precision::Decade) {
        return std::nullopt;
    }
    Question q = base(event.meta, Category::Dates, QuestionKind::TypedYear);
    const bool range = event.when.isRange() && event.when.to->year() != event.when.from.year();
    q.prompt =
        event.ask.empty()
            ? attributed(event.meta,
                         I18n::format(range ? I18n::tr("In which year did this begin: {1}?")
                                            : I18n::tr("In which year did this happen: {1}?"),
                                      {lowerFirst(event.label)}))
            : attributed(event.meta, event.ask) + " " +
                  (range ? I18n::tr("Type the year it began.") : I18n::tr("Type the year."));
    q.key.years = {event.when.from.year()};
    q.rightAnswer = std::to_string(event.when.from.year());
    finish(q, event.meta, atDate(event.label, event.when.text()));
    return q;
}

std::optional<Question> QuestionBuilder::eventTrueFalse(const Event& event) {
    if (event.label.empty() || !event.when.from.valid()) {
        return std::nullopt;
    }
    // The false date is chosen first: a statement that could only ever be true is no question.
    const auto [first, last] = dateWindow(event.label, event.meta.id);
    auto wrong = Distractors::dates(event.when, 1, random_, first, last);
    if (wrong.empty()) {
        return std::nullopt;
    }
    const bool truth = random_.below(2) == 0;
    const std::string shown = truth ? event.when.text() : wrong.front();
    Question q = base(event.meta, Category::Dates, QuestionKind::TrueFalse);
    q.prompt = attributed(
        event.meta, I18n::format(I18n::tr("True or false? {1}"), {atDate(event.label, shown)}));
    trueOrFalse(q, truth);
    finish(q, event.meta, atDate(event.label, event.when.text()));
    return q;
}

// ---- figures -----------------------------------------------------------------------------

namespace {

std::string figurePrompt(const Figure& f) {
    if (!f.ask.empty()) {
        return f.ask;
    }
    return I18n::format(I18n::tr("What is the number of {1}?"), {f.counts + scopeText(f)});
}

std::string figureExplanation(const Figure& f) {
    return I18n::format(f.approximate ? I18n::tr("The number of {1} is about {2}.")
                                      : I18n::tr("The number of {1} is {2}."),
                        {f.counts + scopeText(f), NumberFormat::format(f.value)});
}

/// The module's other numbers, as wrong options: only those stated by the same voice (the
/// source text's 15,000 is no wrong answer for Order 00447's real quota of 1,500, nor the other
/// way round).
std::vector<std::int64_t> otherValues(const Module& m, const Figure& f) {
    std::vector<std::int64_t> out;
    for (const auto& other : m.figures) {
        // Not another count of the same thing ("people repressed" in another period): it
        // could be taken for right.
        if (other.meta.id != f.meta.id && other.meta.status == f.meta.status &&
            other.meta.attribution == f.meta.attribution &&
            !Distractors::rolesOverlap(other.counts, f.counts)) {
            out.push_back(other.value);
        }
    }
    return out;
}

} // namespace

std::optional<Question> QuestionBuilder::figureChoice(const Figure& figure) {
    if (figure.counts.empty()) {
        return std::nullopt;
    }
    auto wrong = Distractors::numbers(figure, otherValues(module_, figure), 3, random_);
    if (wrong.size() < 3) {
        return std::nullopt;
    }
    Question q = base(figure.meta, Category::Figures, QuestionKind::SingleChoice);
    q.prompt = attributed(figure.meta, figurePrompt(figure));
    q.options = {NumberFormat::format(figure.value)};
    for (auto n : wrong) {
        q.options.push_back(NumberFormat::format(n));
    }
    shuffleOptions(q, {0});
    q.rightAnswer = NumberFormat::format(figure.value);
    finish(q, figure.meta, figureExplanation(figure));
    return q;
}

std::optional<Question> QuestionBuilder::figureTyped(const Figure& figure) {
    if (figure.counts.empty()) {
        return std::nullopt;
    }
    Question q = base(figure.meta, Category::Figures, QuestionKind::TypedNumber);
    q.prompt = attributed(figure.meta, figurePrompt(figure)) + " " + I18n::tr("Type the number.");
    q.key.number = static_cast<double>(figure.value);
    q.key.tolerance = figure.tolerance;
    q.rightAnswer = NumberFormat::format(figure.value);
    if (figure.tolerance.kind != Tolerance::Kind::Exact) {
        q.rightAnswer += " " + I18n::format(I18n::tr("({1} accepted)"), {figure.tolerance.text()});
    }
    finish(q, figure.meta, figureExplanation(figure));
    return q;
}

std::optional<Question> QuestionBuilder::figureTrueFalse(const Figure& figure) {
    if (figure.counts.empty()) {
        return std::nullopt;
    }
    // The false number is chosen first: a statement that could only ever be true is no question.
    auto wrong = Distractors::numbers(figure, otherValues(module_, figure), 1, random_);
    if (wrong.empty()) {
        return std::nullopt;
    }
    const bool truth = random_.below(2) == 0;
    const std::int64_t shown = truth ? figure.value : wrong.front();
    Question q = base(figure.meta, Category::Figures, QuestionKind::TrueFalse);
    q.prompt =
        attributed(figure.meta,
                   I18n::format(I18n::tr("True or false? The number of {1} is {2}."),
                                {figure.counts + scopeText(figure), NumberFormat::format(shown)}));
    trueOrFalse(q, truth);
    finish(q, figure.meta, figureExplanation(figure));
    return q;
}

// ---- people ------------------------------------------------------------------------------

namespace {

std::string personExplanation(const Person& p) {
    std::string out = p.displayName();
    if (!p.nameAz.empty() && p.nameAz != p.displayName()) {
        out += " (" + p.nameAz + ", " + p.lifeYears() + ")";
    } else {
        out += " (" + p.lifeYears() + ")";
    }
    if (!p.role.empty()) {
        out += ": " + p.role;
    }
    if (!p.fate.empty()) {
        out += "; " + p.fate;
    }
    return out + ".";
}

std::vector<const Person*> everyone(const Library& library, const Module& module) {
    std::vector<const Person*> all;
    for (const auto& m : library.modules()) {
        for (const auto& p : m.people) {
            all.push_back(&p);
        }
    }
    if (library.find(module.id) == nullptr) {
        for (const auto& p : module.people) {
            all.push_back(&p);
        }
    }
    return all;
}

/// Who may stand beside `asked` among a question's options: people of the same kind (victims
/// beside victims, never an official among them), each name once, and nobody who shares the
/// asked person's name in any spelling (one person defined in two modules is still one person).
/// With no one asked (a question over several people), victims only.
std::vector<const Person*> companions(const std::vector<const Person*>& pool, const Person* asked) {
    const bool victims = asked == nullptr || asked->isVictim();
    std::set<std::string> taken;
    if (asked != nullptr) {
        for (const std::string& name : asked->spellings()) {
            taken.insert(TextNormalizer::nameKey(name));
        }
    }
    std::vector<const Person*> out;
    for (const Person* p : pool) {
        if (p->isVictim() != victims || (asked != nullptr && p->meta.id == asked->meta.id)) {
            continue;
        }
        const auto names = p->spellings();
        const bool clash = std::any_of(names.begin(), names.end(), [&](const std::string& n) {
            return taken.count(TextNormalizer::nameKey(n)) > 0;
        });
        if (clash) {
            continue;
        }
        for (const std::string& name : names) {
            taken.insert(TextNormalizer::nameKey(name));
        }
        out.push_back(p);
    }
    return out;
}

Category personCategory(const Person& p) {
    return p.isVictim() ? Category::Victims : Category::Ideas;
}

/// The surname alone is accepted when nobody else has a name part it could be taken for;
/// `taken(surname)` says whether somebody has.
template <class Taken> std::vector<std::string> namesAccepted(const Person& person, Taken taken) {
    std::vector<std::string> forms;
    addUnique(forms, person.nameEn);
    addUnique(forms, person.nameAz);
    for (const auto& s : person.otherSpellings) {
        addUnique(forms, s);
    }
    std::vector<std::string> accepted = forms;
    for (const auto& form : forms) {
        const auto parts = words(form);
        if (parts.size() >= 3) {
            addUnique(accepted, parts.front() + " " + parts.back());
        }
        if (parts.size() < 2) {
            continue;
        }
        const std::string& surname = parts.back();
        if (surname.size() >= 3 && !taken(surname)) {
            addUnique(accepted, surname);
        }
    }
    return accepted;
}

} // namespace

bool QuestionBuilder::revealsWoman(const std::string& text) {
    const std::string key = " " + TextNormalizer::plainKey(text) + " ";
    for (const char* word :
         {" woman ", " women ", " she ", " her ", " wife ", " mother ", " daughter ", " sister "}) {
        if (key.find(word) != std::string::npos) {
            return true;
        }
    }
    return false;
}

std::vector<std::size_t> QuestionBuilder::companionKeys(const std::vector<std::size_t>& pool,
                                                        std::size_t asked) const {
    const auto& people = keys_->people();
    const LibraryKeys::PersonKey& own = people[asked];
    std::vector<char> taken(keys_->nameKeyCount(), 0);
    for (LibraryKeys::Key name : own.spellings) {
        taken[name] = 1;
    }
    std::vector<std::size_t> out;
    for (std::size_t i : pool) {
        const LibraryKeys::PersonKey& p = people[i];
        if (p.victim != own.victim || p.id == own.id) {
            continue;
        }
        const bool clash = std::any_of(p.spellings.begin(), p.spellings.end(),
                                       [&](LibraryKeys::Key name) { return taken[name] != 0; });
        if (clash) {
            continue;
        }
        for (LibraryKeys::Key name : p.spellings) {
            taken[name] = 1;
        }
        out.push_back(i);
    }
    return out;
}

std::vector<const Person*> QuestionBuilder::otherPeople(const Person& person) const {
    std::vector<const Person*> out;
    if (const auto key = keyOf(person)) {
        auto pool = companionKeys(peopleKeys(4), *key);
        auto picked = Distractors::people(*keys_, *key, pool, 3, random_);
        if (picked.size() < 3) {
            pool = companionKeys(everyoneKeys(), *key);
            picked = Distractors::people(*keys_, *key, pool, 3, random_);
        }
        for (std::size_t i : picked) {
            out.push_back(&personAt(pool[i]));
        }
        return out;
    }
    auto pool = companions(peoplePool(4), &person);
    auto picked = Distractors::people(person, pool, 3, random_);
    if (picked.size() < 3) {
        pool = companions(everyone(library_, module_), &person);
        picked = Distractors::people(person, pool, 3, random_);
    }
    for (std::size_t i : picked) {
        out.push_back(pool[i]);
    }
    return out;
}

std::vector<std::string> QuestionBuilder::acceptedNamesByKeys(const Person& person,
                                                              std::size_t key) const {
    const LibraryKeys::Key id = keys_->people()[key].id;
    return namesAccepted(person, [&](const std::string& surname) {
        const std::string surnameKey = TextNormalizer::nameKey(surname);
        const auto& all = keys_->nameWords();
        return std::any_of(all.begin(), all.end(), [&](const LibraryKeys::NameWord& w) {
            return (w.owners || w.owner != id) &&
                   (NameMatcher::matchesKeys(surname.size(), surnameKey, w.size, w.key) ||
                    NameMatcher::matchesKeys(w.size, w.key, surname.size(), surnameKey));
        });
    });
}

bool QuestionBuilder::opensLeaning(const std::string& sentence) {
    const std::string key = " " + TextNormalizer::plainKey(sentence) + " ";
    static const char* const openings[] = {
        " he ",  " she ",   " they ", " it ",    " this ", " these ", " his ", " her ", " their ",
        " its ", " there ", " that ", " those ", " such ", " then ",  " but ", " so ",  " also "};
    return std::any_of(std::begin(openings), std::end(openings),
                       [&](const char* o) { return key.rfind(o, 0) == 0; });
}

std::vector<std::string> QuestionBuilder::acceptedNames(const Person& person,
                                                        const std::vector<const Person*>& all) {
    return namesAccepted(person, [&](const std::string& surname) {
        for (const Person* other : all) {
            if (other->meta.id == person.meta.id) {
                continue;
            }
            std::vector<std::string> otherForms{other->nameEn, other->nameAz};
            otherForms.insert(otherForms.end(), other->otherSpellings.begin(),
                              other->otherSpellings.end());
            for (const auto& of : otherForms) {
                for (const auto& w : words(of)) {
                    if (NameMatcher::matches(surname, w) || NameMatcher::matches(w, surname)) {
                        return true;
                    }
                }
            }
        }
        return false;
    });
}

std::optional<Question> QuestionBuilder::personChoice(const Person& person) {
    // The lessons do not record who is a woman, so a role that says so cannot get options of
    // the same gender: it is asked in other kinds.
    if (person.nameEn.empty() || person.role.empty() || revealsWoman(person.role)) {
        return std::nullopt;
    }
    const auto wrong = otherPeople(person);
    if (wrong.size() < 3) {
        return std::nullopt;
    }
    Question q = base(person.meta, personCategory(person), QuestionKind::SingleChoice);
    // The years before the role: after a long role ("… including Order 00447, 1878–1953") they
    // read as part of it.
    q.prompt = attributed(
        person.meta,
        I18n::format(I18n::tr("Who was this ({1})? {2}."),
                     {person.lifeYears(),
                      capitalised(withArticle(person.role, module_.language), module_.language)}));
    q.options = {person.displayName()};
    for (const Person* other : wrong) {
        q.options.push_back(other->displayName());
    }
    shuffleOptions(q, {0});
    q.rightAnswer = person.displayName();
    finish(q, person.meta, personExplanation(person));
    return q;
}

std::optional<Question> QuestionBuilder::personTyped(const Person& person) {
    if (person.nameEn.empty() || (person.role.empty() && person.fate.empty())) {
        return std::nullopt;
    }
    Question q = base(person.meta, personCategory(person), QuestionKind::TypedName);
    std::string who = person.role.empty() ? capitalised(person.lifeYears(), module_.language)
                                          : capitalised(withArticle(person.role, module_.language),
                                                        module_.language) +
                                                " (" + person.lifeYears() + ")";
    if (!person.fate.empty()) {
        who += "; " + person.fate;
    }
    q.prompt = attributed(person.meta,
                          I18n::format(I18n::tr("Type the name of this person. {1}."), {who}));
    const auto key = keyOf(person);
    q.key.names = key ? acceptedNamesByKeys(person, *key)
                      : acceptedNames(person, everyone(library_, module_));
    q.rightAnswer = person.displayName();
    if (!person.nameAz.empty() && person.nameAz != person.displayName()) {
        q.rightAnswer += " (" + person.nameAz + ")";
    }
    finish(q, person.meta, personExplanation(person));
    return q;
}

std::optional<Question> QuestionBuilder::personTrueFalse(const Person& person) {
    if (person.nameEn.empty() || person.role.empty()) {
        return std::nullopt;
    }
    // The false statement is chosen first: a statement that could only ever be true is no
    // question. A role that says "woman" is no false statement about someone else: it is absurd.
    const Person* other = nullptr;
    if (const auto key = keyOf(person)) {
        auto pool = companionKeys(everyoneKeys(), *key);
        pool.erase(std::remove_if(pool.begin(), pool.end(),
                                  [&](std::size_t p) { return keys_->people()[p].womanRole; }),
                   pool.end());
        const auto picked = Distractors::people(*keys_, *key, pool, 1, random_);
        if (!picked.empty()) {
            other = &personAt(pool[picked.front()]);
        }
    } else {
        auto pool = companions(everyone(library_, module_), &person);
        pool.erase(std::remove_if(pool.begin(), pool.end(),
                                  [](const Person* p) { return revealsWoman(p->role); }),
                   pool.end());
        const auto picked = Distractors::people(person, pool, 1, random_);
        if (!picked.empty()) {
            other = pool[picked.front()];
        }
    }
    if (other == nullptr || other->role.empty()) {
        return std::nullopt;
    }
    const bool truth = random_.below(2) == 0;
    const std::string role = truth ? person.role : other->role;
    Question q = base(person.meta, personCategory(person), QuestionKind::TrueFalse);
    q.prompt = attributed(person.meta, I18n::format(I18n::tr("True or false? {1}: {2}."),
                                                    {personLabel(person), role}));
    trueOrFalse(q, truth);
    finish(q, person.meta, personExplanation(person));
    return q;
}

// ---- terms and claims --------------------------------------------------------------------

namespace {

/// True when `other`'s definition can stand as a wrong one for `asked`: a word of the same sort
/// (a charge beside charges, a party beside parties), a different definition, and neither
/// definition naming the other word ("an enemy of the people … prosecuted as a
/// counter-revolutionary" is also true of "counter-revolutionary").
bool mistakable(const Term& asked, const Term& other) {
    if (other.meta.id == asked.meta.id || other.definition.empty() || other.kind != asked.kind) {
        return false;
    }
    const std::string ownWord = TextNormalizer::plainKey(asked.word);
    const std::string otherWord = TextNormalizer::plainKey(other.word);
    const std::string ownDefinition = " " + TextNormalizer::plainKey(asked.definition) + " ";
    const std::string otherDefinition = " " + TextNormalizer::plainKey(other.definition) + " ";
    return ownWord != otherWord && ownDefinition != otherDefinition &&
           otherDefinition.find(" " + ownWord + " ") == std::string::npos &&
           ownDefinition.find(" " + otherWord + " ") == std::string::npos;
}

} // namespace

bool QuestionBuilder::mistakableByKeys(std::size_t asked, std::size_t other) const {
    const LibraryKeys::TermKey& a = keys_->terms()[asked];
    const LibraryKeys::TermKey& o = keys_->terms()[other];
    return o.id != a.id && !o.noDefinition && o.kind == a.kind && o.word != a.word &&
           o.definition != a.definition &&
           !std::binary_search(o.mentions.begin(), o.mentions.end(), a.word) &&
           !std::binary_search(a.mentions.begin(), a.mentions.end(), o.word);
}

std::optional<Question> QuestionBuilder::termChoice(const Term& term) {
    if (term.word.empty() || term.definition.empty()) {
        return std::nullopt;
    }
    std::vector<std::string> wrong;
    if (const auto asked = keyOf(term)) {
        // As below, comparing the terms' keys.
        auto pool = termKeys(4);
        if (std::count_if(pool.begin(), pool.end(),
                          [&](std::size_t t) { return mistakableByKeys(*asked, t); }) < 3) {
            pool = termKeys(std::numeric_limits<std::size_t>::max());
        }
        random_.shuffle(pool);
        std::vector<LibraryKeys::Key> shown;
        for (std::size_t t : pool) {
            if (wrong.size() >= 3) {
                break;
            }
            const LibraryKeys::Key definition = keys_->terms()[t].definition;
            if (mistakableByKeys(*asked, t) &&
                std::find(shown.begin(), shown.end(), definition) == shown.end()) {
                shown.push_back(definition);
                wrong.push_back(termAt(t).definition);
            }
        }
    } else {
        auto pool = termPool(4);
        if (std::count_if(pool.begin(), pool.end(),
                          [&](const Term* t) { return mistakable(term, *t); }) < 3) {
            pool = termPool(std::numeric_limits<std::size_t>::max()); // the whole library's terms
        }
        random_.shuffle(pool);
        // A word is paired only with definitions of its own sort (a charge with charges, a
        // party with bodies): "people's commissar" beside "The only party allowed …" is no
        // question.
        for (const Term* t : pool) {
            if (wrong.size() >= 3) {
                break;
            }
            if (!mistakable(term, *t)) {
                continue;
            }
            const std::string key = TextNormalizer::plainKey(t->definition);
            const bool seen = std::any_of(wrong.begin(), wrong.end(), [&](const std::string& w) {
                return TextNormalizer::plainKey(w) == key;
            });
            if (!seen) {
                wrong.push_back(t->definition);
            }
        }
    }
    if (wrong.size() < 3) {
        return std::nullopt;
    }
    Question q = base(term.meta, Category::Ideas, QuestionKind::SingleChoice);
    q.prompt =
        attributed(term.meta, I18n::format(I18n::tr("Which of these describes \u201c{1}\u201d?"),
                                           {term.word}));
    q.options = {term.definition};
    q.options.insert(q.options.end(), wrong.begin(), wrong.end());
    shuffleOptions(q, {0});
    q.rightAnswer = term.definition;
    finish(q, term.meta, term.word + ": " + term.definition);
    return q;
}

std::optional<Question> QuestionBuilder::termTrueFalse(const Term& term) {
    if (term.word.empty() || term.definition.empty()) {
        return std::nullopt;
    }
    std::vector<const Term*> others;
    if (const auto key = keyOf(term)) {
        for (std::size_t t : termKeys(std::numeric_limits<std::size_t>::max())) {
            if (mistakableByKeys(*key, t)) {
                others.push_back(&termAt(t));
            }
        }
    } else {
        for (const Term* t : termPool(std::numeric_limits<std::size_t>::max())) {
            if (mistakable(term, *t)) {
                others.push_back(t);
            }
        }
    }
    // With no definition to mistake it for, the statement could only ever be true.
    if (others.empty()) {
        return std::nullopt;
    }
    const bool truth = random_.below(2) == 0;
    std::string shown = term.definition;
    if (!truth) {
        shown = others[random_.index(others.size())]->definition;
    }
    Question q = base(term.meta, Category::Ideas, QuestionKind::TrueFalse);
    q.prompt = attributed(term.meta, I18n::format(I18n::tr("True or false? \u201c{1}\u201d: {2}"),
                                                  {term.word, shown}));
    trueOrFalse(q, truth);
    finish(q, term.meta, term.word + ": " + term.definition);
    return q;
}

std::optional<Question> QuestionBuilder::claimVerdict(const Claim& claim) {
    if (claim.statement.empty()) {
        return std::nullopt;
    }
    // Four plain answers instead of a true/false over "public sources settle …", whose "False"
    // for an open claim was a double negative; "in part" for a claim true of only some of what
    // it covers (sentences without a prosecutor: in some courts, not in the troikas).
    Question q = base(claim.meta, Category::Ideas, QuestionKind::SingleChoice);
    q.prompt = I18n::format(
        claim.meta.citesSourceText()
            ? I18n::tr("Do public sources confirm this claim of the text? \u201c{1}\u201d")
            : I18n::tr("Do public sources confirm this claim? \u201c{1}\u201d"),
        {claim.statement});
    const std::vector<std::string> verdicts{
        I18n::tr("Yes: sources confirm it"), I18n::tr("No: sources contradict it"),
        I18n::tr("In part: sources confirm some of it, not all"),
        I18n::tr("Not settled: sources leave it open")};
    const std::size_t right = claim.holds == Claim::Holds::Yes      ? 0
                              : claim.holds == Claim::Holds::No     ? 1
                              : claim.holds == Claim::Holds::Partly ? 2
                                                                    : 3;
    q.options = verdicts;
    q.key.correctOptions = {right}; // the four keep their order: yes, no, in part, open
    q.rightAnswer = verdicts[right];
    std::string why = claim.reason;
    if (claim.holds == Claim::Holds::Open && why.empty()) {
        why = I18n::tr("The evidence leaves this open.");
    }
    q.context = claim.meta.context;
    q.contextSource = contextSourceOf(claim.meta);
    if (!claim.meta.context.empty() && why.find(claim.meta.context) == std::string::npos) {
        why += (why.empty() ? "" : " ") +
               I18n::format(I18n::tr("What sources say: {1}"), {claim.meta.context});
    }
    q.explanation = why;
    return q;
}

// ---- fill the blank ------------------------------------------------------------------------

std::optional<Question> QuestionBuilder::fillBlank(const std::string& factId) {
    const Event* event = module_.findEvent(factId);
    const Figure* figure = module_.findFigure(factId);
    const Person* person = module_.findPerson(factId);
    if (event == nullptr && figure == nullptr && person == nullptr) {
        return std::nullopt;
    }
    const Span::Kind wanted = event != nullptr    ? Span::Kind::Date
                              : figure != nullptr ? Span::Kind::Number
                                                  : Span::Kind::Name;
    for (const Section& section : module_.sections) {
        for (const Block& block : section.blocks) {
            if (block.kind != Block::Kind::Paragraph) {
                continue;
            }
            for (std::size_t s = 0; s < block.spans.size(); ++s) {
                const Span& span = block.spans[s];
                if (span.kind != wanted || span.ref != factId || span.text.empty()) {
                    continue;
                }
                std::string before;
                std::string after;
                for (std::size_t k = 0; k < block.spans.size(); ++k) {
                    (k < s ? before : after) += k == s ? "" : block.spans[k].text;
                }
                auto [head, tail] = sentenceAround(before, after);
                // The stem stands alone, and nothing else in it bounds the answer: another date
                // ("exiled in 1939": no arrest in 1940) or another number ("70,000 repressed":
                // no 92,000 intellectuals among them; "680,000 … and 328,618": no subtraction).
                if (opensLeaning(head + tail) ||
                    (event != nullptr && boundsDate(head + " " + tail)) ||
                    (figure != nullptr && boundsNumber(head + " " + tail))) {
                    continue;
                }
                Question q;
                std::string right;
                std::vector<std::string> wrong;
                const FactMeta* meta = nullptr;
                std::string explanation;
                if (event != nullptr) {
                    const std::size_t at = yearAt(span.text);
                    if (at == std::string::npos) {
                        continue;
                    }
                    right = span.text;
                    const auto [first, last] = dateWindow(head + " " + tail, event->meta.id);
                    for (int y : Distractors::years(event->when, 6, random_, first, last)) {
                        std::string text = span.text;
                        text.replace(at, 4, std::to_string(y));
                        wrong.push_back(text);
                    }
                    meta = &event->meta;
                    q = base(*meta, Category::Dates, QuestionKind::FillBlank);
                    if (span.text.size() == 4) {
                        q.key.years = {event->when.from.year()};
                    } else {
                        q.key.names = {span.text};
                    }
                    explanation = atDate(event->label, event->when.text());
                } else if (figure != nullptr) {
                    right = NumberFormat::format(figure->value);
                    for (auto n :
                         Distractors::numbers(*figure, otherValues(module_, *figure), 6, random_)) {
                        wrong.push_back(NumberFormat::format(n));
                    }
                    meta = &figure->meta;
                    q = base(*meta, Category::Figures, QuestionKind::FillBlank);
                    q.key.number = static_cast<double>(figure->value);
                    q.key.tolerance = figure->tolerance;
                    explanation = figureExplanation(*figure);
                } else {
                    if (revealsWoman(head + " " + tail)) {
                        continue; // the one woman among the names would be the answer
                    }
                    right = person->displayName();
                    for (const Person* other : otherPeople(*person)) {
                        wrong.push_back(other->displayName());
                    }
                    meta = &person->meta;
                    q = base(*meta, personCategory(*person), QuestionKind::FillBlank);
                    const auto key = keyOf(*person);
                    q.key.names = key ? acceptedNamesByKeys(*person, *key)
                                      : acceptedNames(*person, everyone(library_, module_));
                    explanation = personExplanation(*person);
                }
                // The rest of the sentence must not give the answer away (for a person, not even
                // the surname in another spelling).
                const std::string rest = TextNormalizer::plainKey(head + " " + tail);
                bool givenAway =
                    rest.find(TextNormalizer::plainKey(span.text)) != std::string::npos ||
                    rest.find(TextNormalizer::plainKey(right)) != std::string::npos;
                if (person != nullptr) {
                    const std::string restKey =
                        " " + TextNormalizer::nameKey(head + " " + tail) + " ";
                    for (const auto& name : q.key.names) {
                        const auto parts = words(TextNormalizer::nameKey(name));
                        givenAway = givenAway ||
                                    (!parts.empty() &&
                                     restKey.find(" " + parts.back() + " ") != std::string::npos);
                    }
                }
                // A wrong option the sentence itself shows ("1,575,259 arrested, _____
                // sentenced") is ruled out by reading it; a sentence that starts mid-way has
                // lost its subject.
                const std::string sentence =
                    " " + TextNormalizer::plainKey(head + " " + tail) + " ";
                wrong.erase(std::remove_if(wrong.begin(), wrong.end(),
                                           [&](const std::string& w) {
                                               return sentence.find(" " +
                                                                    TextNormalizer::plainKey(w) +
                                                                    " ") != std::string::npos;
                                           }),
                            wrong.end());
                const bool whole = head.empty() ||
                                   std::isupper(static_cast<unsigned char>(head[0])) != 0 ||
                                   head[0] == '\xE2' || head[0] == '"';
                if (wrong.size() > 3) {
                    wrong.resize(3);
                }
                if (wrong.size() < 3 || givenAway || !whole) {
                    continue;
                }
                q.prompt = confirmed(*meta)
                               ? I18n::format(I18n::tr("Fill the blank: {1}"),
                                              {head + std::string(blank) + tail})
                               : I18n::format(I18n::tr("Fill the blank, according to {1}: {2}"),
                                              {whoStates(*meta), head + std::string(blank) + tail});
                q.options = {right};
                q.options.insert(q.options.end(), wrong.begin(), wrong.end());
                shuffleOptions(q, {0});
                q.rightAnswer = right;
                // The sentence is in the stem already: the explanation adds the fact only.
                finish(q, *meta, explanation);
                return q;
            }
        }
    }
    return std::nullopt;
}

// ---- authored ------------------------------------------------------------------------------

QuestionKind QuestionBuilder::kindOf(const AuthoredQuestion& aq) {
    switch (aq.kind) {
    case AuthoredQuestion::Kind::Single:
        return QuestionKind::SingleChoice;
    case AuthoredQuestion::Kind::Multiple:
        return QuestionKind::MultipleAnswer;
    case AuthoredQuestion::Kind::TrueFalse:
        return QuestionKind::TrueFalse;
    case AuthoredQuestion::Kind::Text:
        return QuestionKind::TypedName;
    case AuthoredQuestion::Kind::Number:
        return QuestionKind::TypedNumber;
    case AuthoredQuestion::Kind::Order:
        break;
    }
    return QuestionKind::Timeline;
}

std::optional<Question> QuestionBuilder::authored(const AuthoredQuestion& aq) {
    // The fact may belong to another module: a teacher's module can ask about shipped facts.
    const Module* home =
        module_.findFact(aq.fact) != nullptr ? &module_ : library_.moduleOfFact(aq.fact);
    const FactMeta* meta = home != nullptr ? home->findFact(aq.fact) : nullptr;
    if (meta == nullptr || aq.prompt.empty()) {
        return std::nullopt;
    }
    const QuestionKind kind = kindOf(aq);
    std::vector<std::size_t> correct;
    for (std::size_t i = 0; i < aq.options.size(); ++i) {
        if (aq.options[i].correct) {
            correct.push_back(i);
        }
    }
    if (kind == QuestionKind::TypedNumber) {
        if (!aq.number) {
            return std::nullopt;
        }
    } else if (kind == QuestionKind::TypedName) {
        if (correct.empty()) {
            return std::nullopt;
        }
    } else if (aq.options.size() < 2) {
        return std::nullopt;
    } else if (kind != QuestionKind::Timeline &&
               (correct.empty() || (kind != QuestionKind::MultipleAnswer && correct.size() != 1))) {
        return std::nullopt;
    }
    const Category category =
        aq.category ? *aq.category : home->categoryOf(aq.fact).value_or(Category::Ideas);
    Question q = base(*meta, category, kind);
    if (const Claim* c = home->findClaim(aq.fact); c != nullptr && !c->generated) {
        // An imported bank's question: its claim names a source-text paragraph only because
        // the format asks for one. Cite the bank it came from, never the source text.
        q.sourceParagraph = 0;
        q.sourcePassage.clear();
        q.citation = meta->context.empty() || meta->contextSource.empty()
                         ? std::string()
                         : I18n::format(I18n::tr("Imported from {1}"), {meta->contextSource});
    }
    q.moduleId = home->id; // progress is kept under the fact's own module
    q.id = aq.id.empty() ? q.id + "/authored" : aq.id;
    q.authored = true;
    q.prompt = aq.prompt;
    const bool credits =
        std::any_of(aq.options.begin(), aq.options.end(),
                    [](const AuthoredQuestion::Option& o) { return o.credit > 0; });
    const bool notes =
        std::any_of(aq.options.begin(), aq.options.end(),
                    [](const AuthoredQuestion::Option& o) { return !o.feedback.empty(); });
    if (kind == QuestionKind::TypedNumber) {
        q.key.number = aq.number;
        q.key.tolerance = aq.tolerance;
        const double n = *aq.number;
        if (std::fabs(n) < 1e15 && n == std::floor(n)) {
            q.rightAnswer = NumberFormat::format(static_cast<std::int64_t>(n));
        } else {
            char text[64];
            std::snprintf(text, sizeof text, "%g", n);
            q.rightAnswer = text;
        }
        if (aq.tolerance.kind != Tolerance::Kind::Exact) {
            q.rightAnswer += " (" + aq.tolerance.text() + ")";
        }
    } else if (kind == QuestionKind::TypedName) {
        for (const auto& o : aq.options) {
            q.key.names.push_back(o.text);
            q.key.credits.push_back(o.correct ? 1.0 : o.credit);
            q.optionFeedback.push_back(o.feedback);
            if (o.correct) {
                q.rightAnswer = q.rightAnswer.empty()
                                    ? o.text
                                    : I18n::format(I18n::tr("{1} or {2}"), {q.rightAnswer, o.text});
            }
        }
        if (!notes) {
            q.optionFeedback.clear();
        }
    } else if (kind == QuestionKind::Timeline) {
        // Shown shuffled; the key lists the shown indexes in the author's (right) order.
        std::vector<std::size_t> perm(aq.options.size());
        std::iota(perm.begin(), perm.end(), std::size_t{0});
        random_.shuffle(perm);
        q.key.order.assign(perm.size(), 0);
        for (std::size_t shown = 0; shown < perm.size(); ++shown) {
            q.options.push_back(aq.options[perm[shown]].text);
            q.key.order[perm[shown]] = shown;
        }
        for (const auto& o : aq.options) {
            q.rightAnswer += (q.rightAnswer.empty() ? "" : " \u2192 ") + o.text;
        }
    } else {
        for (const auto& o : aq.options) {
            q.options.push_back(o.text);
        }
        std::vector<std::size_t> perm(aq.options.size());
        std::iota(perm.begin(), perm.end(), std::size_t{0});
        if (kind != QuestionKind::TrueFalse) { // True and False keep their order
            random_.shuffle(perm);
        }
        q.options.clear();
        q.key.correctOptions.clear();
        for (std::size_t shown = 0; shown < perm.size(); ++shown) {
            const auto& o = aq.options[perm[shown]];
            // A true/false question's "True" and "False" are the interface's words.
            q.options.push_back(kind != QuestionKind::TrueFalse ? o.text
                                : o.text == "True"              ? I18n::tr("True")
                                : o.text == "False"             ? I18n::tr("False")
                                                                : o.text);
            if (o.correct) {
                q.key.correctOptions.push_back(shown);
            }
            if (credits) {
                q.key.credits.push_back(o.correct ? 1.0 : o.credit);
            }
            if (notes) {
                q.optionFeedback.push_back(o.feedback);
            }
        }
        for (std::size_t i : q.key.correctOptions) {
            q.rightAnswer += (q.rightAnswer.empty() ? "" : "; ") + q.options[i];
        }
    }
    // The author's explanation already speaks for itself; only the context is added.
    std::string explanation = aq.explanation;
    if (!confirmed(*meta)) {
        q.context = meta->context;
        q.contextSource = contextSourceOf(*meta);
        if (!meta->context.empty()) {
            explanation += (explanation.empty() ? "" : " ") +
                           I18n::format(I18n::tr("What sources say: {1}"), {meta->context});
            if (!q.contextSource.empty()) {
                explanation += " (" + q.contextSource + ")";
            }
        }
    }
    q.explanation = explanation;
    return q;
}

// ---- group questions -----------------------------------------------------------------------

std::optional<Question> QuestionBuilder::timeline() {
    // Group questions test the module's own facts: no library fallback here.
    return timeline(eventPool(0));
}

std::optional<Question> QuestionBuilder::timeline(const std::vector<const Event*>& pool) {
    std::vector<const Event*> usable;
    for (const Event* e : pool) {
        if (confirmed(e->meta) && e->when.from.valid() && !e->label.empty()) {
            usable.push_back(e);
        }
    }
    random_.shuffle(usable);
    const std::size_t target = static_cast<std::size_t>(random_.between(4, 6));
    std::vector<const Event*> picked;
    std::vector<DateBounds> pickedBounds;
    std::vector<std::string> pickedKeys;
    for (const Event* e : usable) {
        if (picked.size() >= target) {
            break;
        }
        // Dates that overlap rule an event out before its label is compared.
        const DateBounds b = DateBounds::of(e->when);
        if (std::any_of(pickedBounds.begin(), pickedBounds.end(),
                        [&](const DateBounds& p) { return p.overlaps(b); })) {
            continue;
        }
        std::string key = TextNormalizer::plainKey(e->label);
        if (std::find(pickedKeys.begin(), pickedKeys.end(), key) == pickedKeys.end()) {
            picked.push_back(e);
            pickedBounds.push_back(b);
            pickedKeys.push_back(std::move(key));
        }
    }
    if (picked.size() < 4) {
        return std::nullopt;
    }
    std::vector<std::size_t> chrono(picked.size());
    std::iota(chrono.begin(), chrono.end(), std::size_t{0});
    std::sort(chrono.begin(), chrono.end(), [&](std::size_t a, std::size_t b) {
        return DateBounds::of(picked[a]->when).first < DateBounds::of(picked[b]->when).first;
    });
    const Event& first = *picked[chrono.front()];
    Question q = base(first.meta, Category::Dates, QuestionKind::Timeline);
    q.id = "timeline/" + first.meta.id;
    if (const Module* home = library_.moduleOfFact(first.meta.id)) {
        q.moduleId = home->id;
    }
    q.prompt = I18n::tr("Put these events in order, the earliest first.");
    q.relatedFacts.clear();
    for (const Event* e : picked) {
        q.options.push_back(e->label);
    }
    q.key.order = chrono;
    std::string right;
    for (std::size_t i : chrono) {
        q.relatedFacts.push_back(picked[i]->meta.id);
        right += (right.empty() ? "" : " \u2192 ") + picked[i]->label + " (" +
                 picked[i]->when.text() + ")";
    }
    q.rightAnswer = right;
    // The right answer already lists the events with their dates: the explanation adds the span.
    q.explanation =
        I18n::format(I18n::tr("These events span {1} to {2}."),
                     {picked[chrono.front()]->when.text(), picked[chrono.back()]->when.text()});
    return q;
}

std::optional<Question> QuestionBuilder::matchPeople() {
    auto pool = companions(peoplePool(0), nullptr);
    const bool byFate = random_.below(2) == 0;
    auto attribute = [&](const Person* p) -> const std::string& {
        return byFate ? p->fate : p->role;
    };
    std::vector<const Person*> usable;
    for (const Person* p : pool) {
        // A role or fate that says "woman" would pair itself with the one woman's name; a fate
        // that says "his" or "aged 64" points to a man or to one birth year among the names.
        const std::string key = " " + TextNormalizer::plainKey(attribute(p)) + " ";
        const bool hints =
            byFate &&
            (key.find(" his ") != std::string::npos || key.find(" he ") != std::string::npos ||
             key.find(" him ") != std::string::npos || key.find(" aged ") != std::string::npos);
        if (confirmed(p->meta) && !p->nameEn.empty() && !attribute(p).empty() &&
            !revealsWoman(attribute(p)) && !hints) {
            usable.push_back(p);
        }
    }
    random_.shuffle(usable);
    std::vector<const Person*> picked;
    for (const Person* p : usable) {
        if (picked.size() >= 4) {
            break;
        }
        const std::string key = TextNormalizer::plainKey(attribute(p));
        const std::string name = TextNormalizer::nameKey(p->nameEn);
        // Two people who died on the same day could each take the other's fate.
        const bool clash = std::any_of(picked.begin(), picked.end(), [&](const Person* o) {
            return TextNormalizer::plainKey(attribute(o)) == key ||
                   TextNormalizer::nameKey(o->nameEn) == name ||
                   (byFate && o->died.valid() && p->died.valid() && o->died.iso() == p->died.iso());
        });
        if (!clash) {
            picked.push_back(p);
        }
    }
    if (picked.size() < 3) {
        return std::nullopt;
    }
    Question q = base(picked.front()->meta, Category::Victims, QuestionKind::Matching);
    q.id = std::string(byFate ? "match-fate/" : "match-role/") + picked.front()->meta.id;
    q.prompt = byFate ? I18n::tr("Match each person to what happened to them.")
                      : I18n::tr("Match each person to who they were.");
    q.relatedFacts.clear();
    std::vector<std::size_t> perm(picked.size());
    std::iota(perm.begin(), perm.end(), std::size_t{0});
    random_.shuffle(perm);
    q.targets.resize(picked.size());
    q.key.matches.resize(picked.size());
    std::string right;
    for (std::size_t i = 0; i < picked.size(); ++i) {
        // Beside a fate ("shot in 1938"), life years would give the pair away.
        q.options.push_back(byFate ? picked[i]->displayName() : personLabel(*picked[i]));
        q.relatedFacts.push_back(picked[i]->meta.id);
        q.targets[perm[i]] = attribute(picked[i]);
        q.key.matches[i] = perm[i];
        right +=
            (right.empty() ? "" : "; ") + picked[i]->displayName() + ": " + attribute(picked[i]);
    }
    q.rightAnswer = right;
    // The right answer already lists every pair: the explanation does not say it again.
    q.explanation.clear();
    return q;
}

namespace {

/// True when what one figure counts shows another figure's number ("months within which a plan
/// intended to shoot 15,000 people" shows 15 000): matched side by side, it gives a pair away.
bool shows(const std::string& counts, std::int64_t own, std::int64_t other) {
    if (own == other) {
        return false;
    }
    const std::string key = " " + TextNormalizer::plainKey(counts) + " ";
    // "over four months" shows 4 as well as "4 months" does.
    const std::string word = NumberFormat::inWords(other);
    const bool inWords = !word.empty() && key.find(" " + word + " ") != std::string::npos;
    return inWords ||
           key.find(" " + TextNormalizer::plainKey(NumberFormat::format(other)) + " ") !=
               std::string::npos ||
           key.find(" " + std::to_string(other) + " ") != std::string::npos;
}

} // namespace

std::optional<Question> QuestionBuilder::matchFigures() {
    std::vector<const Figure*> usable;
    for (const auto& f : module_.figures) {
        if (!f.counts.empty()) {
            usable.push_back(&f);
        }
    }
    random_.shuffle(usable);
    std::vector<const Figure*> picked;
    for (const Figure* f : usable) {
        if (picked.size() >= 4) {
            break;
        }
        const std::string key = TextNormalizer::plainKey(f->counts);
        // Numbers of one voice only: the text's own figures are not matched side by side with
        // an order's quotas or an embassy's count, as if they were one settled set.
        const bool clash = std::any_of(picked.begin(), picked.end(), [&](const Figure* o) {
            return TextNormalizer::plainKey(o->counts) == key ||
                   NumberFormat::format(o->value) == NumberFormat::format(f->value) ||
                   o->meta.status != f->meta.status || o->meta.attribution != f->meta.attribution ||
                   shows(o->counts + scopeText(*o), o->value, f->value) ||
                   shows(f->counts + scopeText(*f), f->value, o->value);
        });
        if (!clash) {
            picked.push_back(f);
        }
    }
    if (picked.size() < 3) {
        return std::nullopt;
    }
    Question q = base(picked.front()->meta, Category::Figures, QuestionKind::Matching);
    q.id = "match-figures/" + picked.front()->meta.id;
    const bool allFromText = std::all_of(picked.begin(), picked.end(),
                                         [](const Figure* f) { return f->meta.citesSourceText(); });
    const std::string& voice = picked.front()->meta.attribution;
    q.prompt =
        !voice.empty()
            ? I18n::format(I18n::tr("Match each number to what it counts, according to {1}."),
                           {voice})
        : allFromText ? I18n::tr("Match each number the source text gives to what it counts.")
                      : I18n::tr("Match each number to what it counts.");
    q.relatedFacts.clear();
    std::vector<std::size_t> perm(picked.size());
    std::iota(perm.begin(), perm.end(), std::size_t{0});
    random_.shuffle(perm);
    q.targets.resize(picked.size());
    q.key.matches.resize(picked.size());
    std::string right;
    std::string notes;
    for (std::size_t i = 0; i < picked.size(); ++i) {
        const Figure& f = *picked[i];
        q.options.push_back(NumberFormat::format(f.value));
        q.relatedFacts.push_back(f.meta.id);
        q.targets[perm[i]] = f.counts + scopeText(f);
        q.key.matches[i] = perm[i];
        right += (right.empty() ? "" : "; ") + NumberFormat::format(f.value) + ": " + f.counts;
        if (!confirmed(f.meta) && !f.meta.context.empty() &&
            notes.find(f.meta.context) == std::string::npos) {
            notes += " " + NumberFormat::format(f.value) + ": " + f.meta.context;
            if (!f.meta.contextSource.empty()) {
                notes += " (" + f.meta.contextSource + ")";
            }
            q.status = f.meta.status;
        }
    }
    q.rightAnswer = right;
    q.explanation = notes.empty()
                        ? std::string()
                        : I18n::format(I18n::tr("What sources say: {1}"), {notes.substr(1)});
    return q;
}

std::optional<Question> QuestionBuilder::multipleDates() {
    auto pool = eventPool(0);
    std::vector<const Event*> usable;
    for (const Event* e : pool) {
        if (confirmed(e->meta) && e->when.from.valid() && !e->label.empty()) {
            usable.push_back(e);
        }
    }
    if (usable.size() < 4) {
        return std::nullopt;
    }
    std::vector<int> pivots;
    for (const Event* e : usable) {
        const int y = DateBounds::of(e->when).firstYear();
        if (std::find(pivots.begin(), pivots.end(), y) == pivots.end()) {
            pivots.push_back(y);
        }
    }
    std::sort(pivots.begin(), pivots.end());
    random_.shuffle(pivots);
    for (int pivot : pivots) {
        std::vector<const Event*> before;
        std::vector<const Event*> after;
        for (const Event* e : usable) {
            const DateBounds b = DateBounds::of(e->when);
            if (b.lastYear() < pivot) {
                before.push_back(e);
            } else if (b.firstYear() >= pivot) {
                after.push_back(e);
            }
        }
        if (before.empty() || after.empty() || before.size() + after.size() < 4) {
            continue;
        }
        random_.shuffle(before);
        random_.shuffle(after);
        const std::size_t rightCount = std::min<std::size_t>(before.size(), 1 + random_.index(3));
        const std::size_t wrongCount = std::min<std::size_t>(after.size(), 5 - rightCount);
        if (rightCount + wrongCount < 4) {
            continue;
        }
        Question q = base(before.front()->meta, Category::Dates, QuestionKind::MultipleAnswer);
        q.id = "before-" + std::to_string(pivot) + "/" + before.front()->meta.id;
        q.prompt =
            // TRANSLATORS: {1} is a year; {2} is the same year with its Azerbaijani ordinal
            // suffix ("1937-ci"), for a translation that needs it.
            I18n::format(I18n::tr("Which of these happened before {1}? Choose all that apply."),
                         {std::to_string(pivot),
                          std::to_string(pivot) + "-" + azerbaijaniOrdinalSuffix(pivot)});
        q.relatedFacts.clear();
        std::vector<std::size_t> correct;
        std::string right;
        std::string all;
        for (std::size_t i = 0; i < rightCount; ++i) {
            correct.push_back(q.options.size());
            q.options.push_back(before[i]->label);
            q.relatedFacts.push_back(before[i]->meta.id);
            right += (right.empty() ? "" : "; ") + before[i]->label;
            all +=
                (all.empty() ? "" : "; ") + before[i]->label + " (" + before[i]->when.text() + ")";
        }
        for (std::size_t i = 0; i < wrongCount; ++i) {
            q.options.push_back(after[i]->label);
            q.relatedFacts.push_back(after[i]->meta.id);
            all += "; " + after[i]->label + " (" + after[i]->when.text() + ")";
        }
        // Labels must differ, or a learner could not tell the options apart.
        std::vector<std::string> keys;
        for (const auto& o : q.options) {
            addUnique(keys, TextNormalizer::plainKey(o));
        }
        if (keys.size() != q.options.size()) {
            continue;
        }
        shuffleOptions(q, correct);
        q.rightAnswer = right;
        q.explanation = all + ".";
        return q;
    }
    return std::nullopt;
}

std::optional<Question> QuestionBuilder::multiplePeople() {
    auto pool = companions(peoplePool(0), nullptr);
    std::vector<const Person*> usable;
    for (const Person* p : pool) {
        if (confirmed(p->meta) && p->died.valid() && !p->nameEn.empty() &&
            p->died.precision() != HistoricalDate::Precision::Decade) {
            usable.push_back(p);
        }
    }
    if (usable.size() < 4) {
        return std::nullopt;
    }
    std::vector<int> years;
    for (const Person* p : usable) {
        if (std::find(years.begin(), years.end(), p->died.year()) == years.end()) {
            years.push_back(p->died.year());
        }
    }
    random_.shuffle(years);
    for (int year : years) {
        std::vector<const Person*> died;
        std::vector<const Person*> other;
        for (const Person* p : usable) {
            (p->died.year() == year ? died : other).push_back(p);
        }
        random_.shuffle(died);
        random_.shuffle(other);
        const std::size_t rightCount = std::min<std::size_t>(died.size(), 1 + random_.index(3));
        const std::size_t wrongCount = std::min<std::size_t>(other.size(), 5 - rightCount);
        if (rightCount + wrongCount < 4 || wrongCount == 0) {
            continue;
        }
        std::vector<std::string> names;
        for (std::size_t i = 0; i < rightCount; ++i) {
            addUnique(names, died[i]->nameEn);
        }
        for (std::size_t i = 0; i < wrongCount; ++i) {
            addUnique(names, other[i]->nameEn);
        }
        if (names.size() != rightCount + wrongCount) {
            continue;
        }
        Question q = base(died.front()->meta, Category::Victims, QuestionKind::MultipleAnswer);
        q.id = "died-" + std::to_string(year) + "/" + died.front()->meta.id;
        q.prompt =
            // TRANSLATORS: {1} is a year; {2} is the same year with its Azerbaijani ordinal
            // suffix ("1937-ci").
            I18n::format(I18n::tr("Which of these people died in {1}? Choose all that apply."),
                         {std::to_string(year),
                          std::to_string(year) + "-" + azerbaijaniOrdinalSuffix(year)});
        q.relatedFacts.clear();
        std::vector<std::size_t> correct;
        std::string all;
        for (std::size_t i = 0; i < rightCount; ++i) {
            correct.push_back(q.options.size());
            q.options.push_back(died[i]->displayName());
            q.relatedFacts.push_back(died[i]->meta.id);
            q.rightAnswer += (q.rightAnswer.empty() ? "" : "; ") + died[i]->displayName();
            all += (all.empty() ? "" : " ") + personExplanation(*died[i]);
        }
        for (std::size_t i = 0; i < wrongCount; ++i) {
            q.options.push_back(other[i]->displayName());
            q.relatedFacts.push_back(other[i]->meta.id);
            all += " " + personExplanation(*other[i]);
        }
        shuffleOptions(q, correct);
        q.explanation = all;
        return q;
    }
    return std::nullopt;
}

// ---- per fact --------------------------------------------------------------------------------

std::vector<QuestionKind> QuestionBuilder::kindsFor(const std::string& factId) const {
    bool marked = false;
    for (const Section& section : module_.sections) {
        for (const Block& block : section.blocks) {
            for (const Span& span : block.spans) {
                marked = marked || (block.kind == Block::Kind::Paragraph && span.ref == factId &&
                                    span.kind != Span::Kind::Text && span.kind != Span::Kind::Term);
            }
        }
    }
    std::vector<QuestionKind> kinds;
    if (module_.findEvent(factId) != nullptr) {
        kinds = {QuestionKind::SingleChoice, QuestionKind::TypedYear, QuestionKind::TrueFalse};
    } else if (module_.findFigure(factId) != nullptr) {
        kinds = {QuestionKind::SingleChoice, QuestionKind::TypedNumber, QuestionKind::TrueFalse};
    } else if (module_.findPerson(factId) != nullptr) {
        kinds = {QuestionKind::SingleChoice, QuestionKind::TypedName, QuestionKind::TrueFalse};
    } else if (module_.findTerm(factId) != nullptr) {
        return {QuestionKind::SingleChoice, QuestionKind::TrueFalse};
    } else if (const Claim* c = module_.findClaim(factId)) {
        if (!c->generated) {
            return {};
        }
        return {QuestionKind::SingleChoice};
    }
    if (marked && !kinds.empty()) {
        kinds.push_back(QuestionKind::FillBlank);
    }
    return kinds;
}

std::optional<Question> QuestionBuilder::make(const std::string& factId, QuestionKind kind) {
    if (kind == QuestionKind::FillBlank) {
        return fillBlank(factId);
    }
    if (const Event* e = module_.findEvent(factId)) {
        return byKind(*this, *e, kind, QuestionKind::TypedYear, &QuestionBuilder::eventChoice,
                      &QuestionBuilder::eventYear, &QuestionBuilder::eventTrueFalse);
    }
    if (const Figure* f = module_.findFigure(factId)) {
        return byKind(*this, *f, kind, QuestionKind::TypedNumber, &QuestionBuilder::figureChoice,
                      &QuestionBuilder::figureTyped, &QuestionBuilder::figureTrueFalse);
    }
    if (const Person* p = module_.findPerson(factId)) {
        return byKind(*this, *p, kind, QuestionKind::TypedName, &QuestionBuilder::personChoice,
                      &QuestionBuilder::personTyped, &QuestionBuilder::personTrueFalse);
    }
    if (const Term* t = module_.findTerm(factId)) {
        if (kind == QuestionKind::SingleChoice) {
            return termChoice(*t);
        }
        return kind == QuestionKind::TrueFalse ? termTrueFalse(*t) : std::nullopt;
    }
    if (const Claim* c = module_.findClaim(factId)) {
        return kind == QuestionKind::SingleChoice && c->generated ? claimVerdict(*c) : std::nullopt;
    }
    return std::nullopt;
}

std::vector<Question> QuestionBuilder::forFact(const std::string& factId) {
    std::vector<std::optional<Question>> made;
    for (QuestionKind kind : kindsFor(factId)) {
        made.push_back(make(factId, kind));
    }
    for (const auto& aq : module_.questions) {
        if (aq.fact == factId) {
            made.push_back(authored(aq));
        }
    }
    std::vector<Question> out;
    for (auto& m : made) {
        if (m) {
            out.push_back(std::move(*m));
        }
    }
    return out;
}

} // namespace yaddas::core
