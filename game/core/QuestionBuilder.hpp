#pragma once

#include <core/Library.hpp>
#include <core/Question.hpp>
#include <core/RandomSource.hpp>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace yaddas::core {

/// Makes the questions of each kind about one module's facts; QuizGenerator chooses among them.
/// Each maker returns nothing when the fact does not lend itself to that kind (too few
/// plausible distractors, no date to type, no marked sentence to blank, …).
///
/// Contested and unverified facts are asked "According to <attribution>, …" and their
/// explanation ends with what the sources say. Distractors come from Distractors; people and
/// terms for distractors come from the module first and from the whole library when the module
/// has too few. Group questions (timeline, matching, multiple answer) use the module's own facts.
class QuestionBuilder {
public:
    QuestionBuilder(const Library& library, const Module& module, RandomSource& random);

    std::optional<Question> eventChoice(const Event& event);
    std::optional<Question> eventYear(const Event& event);
    std::optional<Question> eventTrueFalse(const Event& event);
    std::optional<Question> figureChoice(const Figure& figure);
    std::optional<Question> figureTyped(const Figure& figure);
    std::optional<Question> figureTrueFalse(const Figure& figure);
    std::optional<Question> personChoice(const Person& person);
    std::optional<Question> personTyped(const Person& person);
    std::optional<Question> personTrueFalse(const Person& person);
    std::optional<Question> termChoice(const Term& term);
    std::optional<Question> termTrueFalse(const Term& term);
    std::optional<Question> claimVerdict(const Claim& claim);
    /// A sentence of the lesson whose date, number or name span marks the fact, with that span
    /// blanked.
    std::optional<Question> fillBlank(const std::string& factId);
    std::optional<Question> authored(const AuthoredQuestion& question);
    /// The quiz kind an authored question is asked in (Text: TypedName, Number: TypedNumber,
    /// Order: Timeline).
    static QuestionKind kindOf(const AuthoredQuestion& question);

    /// Four to six confirmed events of the module whose dates cannot overlap, to put in order.
    std::optional<Question> timeline();
    /// The same over any events of the library (a quiz across modules); the question belongs to
    /// the module of its earliest event.
    std::optional<Question> timeline(const std::vector<const Event*>& events);
    /// People to their role or their fate (three or four pairs).
    std::optional<Question> matchPeople();
    /// Figures to what they count (three or four pairs).
    std::optional<Question> matchFigures();
    /// "Which of these happened before YEAR?"
    std::optional<Question> multipleDates();
    /// "Which of these people died in YEAR?"
    std::optional<Question> multiplePeople();
    /// A question over several facts cites the sources of all of them, each once (the questions
    /// above cite their first fact's, as base() does).
    void citeAll(Question& q) const;

    /// Every single-fact question this builder can make about a fact, kinds in a fixed order,
    /// then the module's authored questions on it.
    std::vector<Question> forFact(const std::string& factId);
    /// The generated kinds a fact may be asked in (FillBlank only when a sentence marks it).
    std::vector<QuestionKind> kindsFor(const std::string& factId) const;
    /// One generated question of that kind about the fact, if the fact lends itself to it.
    std::optional<Question> make(const std::string& factId, QuestionKind kind);

    /// Every spelling a typed answer may use for `person`: the English and Azerbaijani names,
    /// the other spellings, first name with surname (without middle names) and the surname alone
    /// when no other person in `everyone` has a name part that matches it.
    static std::vector<std::string> acceptedNames(const Person& person,
                                                  const std::vector<const Person*>& everyone);

    /// True when the text says the person is a woman ("the first Azerbaijani woman", "she"):
    /// among options of names, the one woman would give herself away.
    static bool revealsWoman(const std::string& text);
    /// True when a sentence opens with a word that needs the sentence before it ("He", "There",
    /// "Then", "But"): a fill-the-blank stem never does.
    static bool opensLeaning(const std::string& sentence);
    /// True when the rest of a fill-the-blank sentence holds a date that bounds the blanked one:
    /// another year ("exiled in 1939": no arrest in 1940), or the Great Terror (1937–1938).
    static bool boundsDate(const std::string& rest);
    /// True when the rest of the sentence holds another number a reader could compare the blank
    /// with (ten or more, in digits or words: "70,000 repressed" bounds "___ intellectuals"); an
    /// order's number ("No. 00447") does not count.
    static bool boundsNumber(const std::string& rest);

private:
    Question base(const FactMeta& meta, Category category, QuestionKind kind) const;
    std::string attributed(const FactMeta& meta, const std::string& question) const;
    void finish(Question& q, const FactMeta& meta, std::string explanation) const;
    std::vector<const Person*> peoplePool(std::size_t needed) const;
    /// The years a wrong date may take in a question about `text`: the period of the fact's
    /// module, narrowed to the lives of the people the text names and to what it says ("shot in
    /// 1938": no "arrested in 1939–1943").
    std::pair<int, int> dateWindow(const std::string& text, const std::string& factId) const;
    /// Who states a fact that is not settled: its attribution, else the source text when it
    /// cites it, else its first cited source's author.
    std::string whoStates(const FactMeta& meta) const;
    /// Where a context note comes from: its citation (format 2) or its free text (format 1).
    std::string contextSourceOf(const FactMeta& meta) const;
    std::vector<const Event*> eventPool(std::size_t needed) const;
    std::vector<const Term*> termPool(std::size_t needed) const;
    void shuffleOptions(Question& q, const std::vector<std::size_t>& correct);

    // The same pools by the library's keys (LibraryKeys), for a module of the library: indexes
    // into keys().people() or keys().terms(), in the same order as the pools above.
    std::optional<std::size_t> keyOf(const Person& person) const;
    std::optional<std::size_t> keyOf(const Term& term) const;
    std::vector<std::size_t> peopleKeys(std::size_t needed) const;
    std::vector<std::size_t> everyoneKeys() const;
    std::vector<std::size_t> termKeys(std::size_t needed) const;
    const Person& personAt(std::size_t key) const;
    const Term& termAt(std::size_t key) const;
    /// Who may stand beside a person among a question's options (see companions() in the
    /// source), by keys.
    std::vector<std::size_t> companionKeys(const std::vector<std::size_t>& pool,
                                           std::size_t asked) const;
    /// Three people (or fewer) to offer beside `person` in a choice: from the module, else from
    /// the whole library.
    std::vector<const Person*> otherPeople(const Person& person) const;
    /// acceptedNames() against everyone in the library, by the keys of their name words.
    std::vector<std::string> acceptedNamesByKeys(const Person& person, std::size_t key) const;
    /// True when the other term's definition could be taken for the asked one's (mistakable()
    /// in the source), by keys.
    bool mistakableByKeys(std::size_t asked, std::size_t other) const;

    const Library& library_;
    const Module& module_;
    RandomSource& random_;
    /// The library's keys and the module's place, when the module is one of the library's
    /// (else the pools are made from the text, as for a module being checked before it is added).
    const LibraryKeys* keys_ = nullptr;
    std::size_t place_ = 0;
};

} // namespace yaddas::core
