#include <core/QuizGenerator.hpp>

#include <core/QuestionBuilder.hpp>
#include <core/RandomSource.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <limits>
#include <optional>

namespace yaddas::core {
namespace {

/// One fact the quiz may ask about.
struct Candidate {
    const Module* module = nullptr;
    const std::string* factId = nullptr; ///< the fact's own id, in the library
};

Candidate candidate(const Library& library, std::uint32_t number) {
    return {&library.moduleOf(number), &library.fact(number).id};
}

Category categoryOf(const Library& library, std::uint32_t number) {
    return library.categoryOf(number).value_or(Category::Ideas);
}

constexpr std::array<Category, 4> allCategories{Category::Dates, Category::Figures,
                                                Category::Victims, Category::Ideas};
static_assert(static_cast<int>(allCategories[0]) == 0 && static_cast<int>(allCategories[1]) == 1 &&
                  static_cast<int>(allCategories[2]) == 2 &&
                  static_cast<int>(allCategories[3]) == 3,
              "coverage() files facts under their category's number, in this order");

bool allowed(const QuizSpec& spec, Category c) {
    return spec.categories.empty() ||
           std::find(spec.categories.begin(), spec.categories.end(), c) != spec.categories.end();
}

/// Picks and builds questions while keeping kinds mixed and ids unique.
class Assembler {
public:
    Assembler(const Library& library, RandomSource& random) : library_(library), random_(random) {}

    bool has(const std::string& id) const {
        return std::any_of(questions.begin(), questions.end(),
                           [&](const Question& q) { return q.id == id; });
    }

    /// Adds one question about the fact, in the kind used least so far; false if none is new.
    bool ask(const Candidate& c) {
        const std::string& factId = *c.factId;
        QuestionBuilder builder(library_, *c.module, random_);
        struct Choice {
            QuestionKind kind;
            const AuthoredQuestion* authored;
            std::uint64_t tieBreak;
        };
        std::vector<Choice> choices;
        for (QuestionKind k : builder.kindsFor(factId)) {
            choices.push_back({k, nullptr, random_.below(1U << 20)});
        }
        for (const auto& aq : c.module->questions) {
            if (aq.fact == factId && !authoredHaveSlots) {
                choices.push_back({QuestionBuilder::kindOf(aq), &aq, random_.below(1U << 20)});
            }
        }
        std::stable_sort(choices.begin(), choices.end(), [&](const Choice& a, const Choice& b) {
            const std::size_t ua = used(a.kind);
            const std::size_t ub = used(b.kind);
            return ua != ub ? ua < ub : a.tieBreak < b.tieBreak;
        });
        for (const Choice& choice : choices) {
            auto q = choice.authored != nullptr ? builder.authored(*choice.authored)
                                                : builder.make(factId, choice.kind);
            if (q && !has(q->id)) {
                questions.push_back(std::move(*q));
                return true;
            }
        }
        return false;
    }

    void add(Question q) {
        if (!has(q.id)) {
            questions.push_back(std::move(q));
        }
    }

    std::vector<Question> questions;
    /// When authored questions have places of their own, a fact's turn does not ask them again,
    /// so that they are taken strictly in turn.
    bool authoredHaveSlots = false;

private:
    std::size_t used(QuestionKind kind) const {
        return static_cast<std::size_t>(std::count_if(
            questions.begin(), questions.end(), [&](const Question& q) { return q.kind == kind; }));
    }

    const Library& library_;
    RandomSource& random_;
};

std::vector<const Module*> scope(const Library& library, const QuizSpec& spec) {
    std::vector<const Module*> modules;
    if (spec.modules.empty()) {
        for (const auto& m : library.modules()) {
            modules.push_back(&m);
        }
    } else {
        for (const auto& id : spec.modules) {
            if (const Module* m = library.find(id)) {
                modules.push_back(m);
            }
        }
    }
    return modules;
}

/// The facts of the modules in the spec's categories, module after module in the spec's order,
/// by number (Library::factCount()): a quiz over a large library lists thousands.
std::vector<std::uint32_t> candidates(const Library& library,
                                      const std::vector<const Module*>& modules,
                                      const QuizSpec& spec) {
    std::vector<std::uint32_t> out;
    std::size_t most = 0;
    for (const Module* m : modules) {
        most += m->factCount();
    }
    out.reserve(most);
    for (const Module* m : modules) {
        const std::size_t first = library.firstFact(*m);
        const std::size_t end = first + m->factCount();
        for (std::size_t n = first; n < end; ++n) {
            const auto number = static_cast<std::uint32_t>(n);
            if (allowed(spec, categoryOf(library, number))) {
                out.push_back(number);
            }
        }
    }
    return out;
}

/// A lesson author's own questions take places of their own: every one marked `always`, then
/// up to a quarter of the quiz for the others, those the learner was asked least first. Those
/// on facts nothing else asks about (an imported question bank's) are not held to the quarter. Left
/// to compete with the generated kinds for their fact's turn, they were hardly ever asked.
void authoredQuestions(const Library& library, const std::vector<const Module*>& modules,
                       const QuizSpec& spec, const LearnerView& learner, RandomSource& random,
                       Assembler& quiz) {
    struct Pick {
        const Module* module;
        const AuthoredQuestion* question;
        int asked;
        std::uint64_t tieBreak;
        bool sole; ///< its fact is asked by authored questions only: no quarter limit
    };
    std::vector<Pick> always;
    std::vector<Pick> others;
    for (const Module* m : modules) {
        for (std::size_t i = 0; i < m->questions.size(); ++i) {
            const AuthoredQuestion& aq = m->questions[i];
            const auto fact = library.authoredFact(*m, i);
            const Category c =
                aq.category
                    ? *aq.category
                    : (fact ? library.categoryOf(*fact) : std::nullopt).value_or(Category::Ideas);
            if (!allowed(spec, c)) {
                continue;
            }
            int asked = 0;
            if (!learner.questionsAsked.empty()) {
                auto it = learner.questionsAsked.find(aq.id);
                asked = it == learner.questionsAsked.end() ? 0 : it->second;
            }
            const Pick pick{m, &aq, asked, random.below(1U << 20), library.authoredOnly(*m, i)};
            (aq.always ? always : others).push_back(pick);
        }
    }
    const std::size_t room = std::max<std::size_t>(1, spec.count / 4);
    std::size_t taken = 0;
    auto take = [&](const Pick& p) {
        QuestionBuilder builder(library, *p.module, random);
        if (auto q = builder.authored(*p.question); q && quiz.questions.size() < spec.count) {
            const std::size_t before = quiz.questions.size();
            quiz.add(std::move(*q));
            return quiz.questions.size() > before;
        }
        return false;
    };
    for (const Pick& p : always) {
        take(p);
    }
    // The others in order of (asked, tieBreak), ties in their order: drawn one by one from a
    // heap, since once the quarter is full only the picks without a limit are left to take
    // (and in a library without them, nothing): sorting every pick would do more.
    struct Entry {
        int asked;
        std::uint64_t tieBreak;
        std::size_t place;
    };
    const auto later = [](const Entry& a, const Entry& b) {
        return a.asked != b.asked         ? a.asked > b.asked
               : a.tieBreak != b.tieBreak ? a.tieBreak > b.tieBreak
                                          : a.place > b.place;
    };
    std::vector<Entry> heap;
    heap.reserve(others.size());
    std::size_t unlimited = 0;
    for (std::size_t i = 0; i < others.size(); ++i) {
        heap.push_back({others[i].asked, others[i].tieBreak, i});
        if (others[i].sole) {
            ++unlimited;
        }
    }
    std::make_heap(heap.begin(), heap.end(), later);
    while (!heap.empty() && (taken < room || unlimited > 0)) {
        std::pop_heap(heap.begin(), heap.end(), later);
        const Pick& p = others[heap.back().place];
        heap.pop_back();
        if (p.sole) {
            --unlimited;
            take(p);
        } else if (taken < room && take(p)) {
            ++taken;
        }
    }
}

void coverage(const Library& library, const QuizSpec& spec, const LearnerView& learner,
              RandomSource& random, Assembler& quiz) {
    const auto modules = scope(library, spec);
    const auto facts = candidates(library, modules, spec);
    if (facts.empty() || spec.count == 0) {
        return;
    }
    std::vector<std::vector<std::uint32_t>> byCategory(allCategories.size());
    for (std::uint32_t number : facts) {
        byCategory[static_cast<std::size_t>(categoryOf(library, number))].push_back(number);
    }
    byCategory.erase(std::remove_if(byCategory.begin(), byCategory.end(),
                                    [](const auto& list) { return list.empty(); }),
                     byCategory.end());
    for (auto& list : byCategory) {
        random.shuffle(list);
    }

    // Questions over several facts, from one module chosen at random.
    const std::size_t groupRoom = spec.count > byCategory.size()
                                      ? std::min(spec.count / 4, spec.count - byCategory.size())
                                      : 0;
    if (groupRoom > 0) {
        std::vector<const Module*> withFacts;
        for (const Module* m : modules) {
            if (m->factCount() > 0) {
                withFacts.push_back(m);
            }
        }
        const Module& m = *withFacts[random.index(withFacts.size())];
        QuestionBuilder builder(library, m, random);
        enum class Group { Timeline, Matching, Multiple };
        std::vector<Group> groups{Group::Timeline, Group::Matching};
        if (spec.count >= 8) {
            groups.push_back(Group::Multiple);
        }
        random.shuffle(groups);
        std::size_t made = 0;
        for (Group g : groups) {
            if (made >= groupRoom) {
                break;
            }
            std::optional<Question> q;
            const bool peopleFirst = random.below(2) == 0;
            switch (g) {
            case Group::Timeline:
                if (allowed(spec, Category::Dates)) {
                    q = builder.timeline();
                }
                if (!q && allowed(spec, Category::Dates) && modules.size() > 1) {
                    // One module rarely has four events that can be put in order; a quiz over
                    // several modules draws on all of them.
                    std::vector<const Event*> events;
                    for (const Module* each : modules) {
                        for (const auto& e : each->events) {
                            events.push_back(&e);
                        }
                    }
                    q = builder.timeline(events);
                }
                break;
            case Group::Matching:
                if (peopleFirst && allowed(spec, Category::Victims)) {
                    q = builder.matchPeople();
                }
                if (!q && allowed(spec, Category::Figures)) {
                    q = builder.matchFigures();
                }
                if (!q && !peopleFirst && allowed(spec, Category::Victims)) {
                    q = builder.matchPeople();
                }
                break;
            case Group::Multiple:
                if (peopleFirst && allowed(spec, Category::Victims)) {
                    q = builder.multiplePeople();
                }
                if (!q && allowed(spec, Category::Dates)) {
                    q = builder.multipleDates();
                }
                if (!q && !peopleFirst && allowed(spec, Category::Victims)) {
                    q = builder.multiplePeople();
                }
                break;
            }
            if (q) {
                builder.citeAll(*q);
                quiz.add(std::move(*q));
                ++made;
            }
        }
    }
    authoredQuestions(library, modules, spec, learner, random, quiz);
    quiz.authoredHaveSlots = true;
    std::vector<std::string> grouped;
    for (const auto& q : quiz.questions) {
        grouped.insert(grouped.end(), q.relatedFacts.begin(), q.relatedFacts.end());
    }

    // Round robin over the categories, so every category present comes up before any repeats;
    // facts already in a group question wait for the second pass.
    for (int pass = 0; pass < 3 && quiz.questions.size() < spec.count; ++pass) {
        std::vector<std::size_t> next(byCategory.size(), 0);
        bool progress = true;
        while (progress && quiz.questions.size() < spec.count) {
            progress = false;
            for (std::size_t c = 0; c < byCategory.size() && quiz.questions.size() < spec.count;
                 ++c) {
                while (next[c] < byCategory[c].size()) {
                    const Candidate cand = candidate(library, byCategory[c][next[c]++]);
                    const bool inGroup =
                        std::find(grouped.begin(), grouped.end(), *cand.factId) != grouped.end();
                    if ((pass > 0 || !inGroup) && quiz.ask(cand)) {
                        progress = true;
                        break;
                    }
                }
                progress = progress || next[c] < byCategory[c].size();
            }
        }
    }
    random.shuffle(quiz.questions);
}

/// Facts of a quiz's scope, looked up by id as a search from the start of the list would find
/// them, and taken in turn each once.
class FactList {
public:
    FactList(const Library& library, std::vector<std::uint32_t> facts)
        : library_(library), facts_(std::move(facts)), taken_(library.factCount(), false),
          first_(library.factCount(), none) {
        for (std::size_t i = facts_.size(); i-- > 0;) {
            first_[library.firstWithSameId(facts_[i])] = static_cast<std::uint32_t>(i);
        }
    }

    /// The fact with this id, now taken; nothing when it is not in the list or was taken.
    std::optional<Candidate> take(const std::string& id) {
        const auto number = library_.factNumber(id);
        if (!number || first_[*number] == none || taken_[*number]) {
            return std::nullopt;
        }
        taken_[*number] = true;
        return candidate(library_, facts_[first_[*number]]);
    }

    /// The facts not taken, in list order.
    std::vector<std::uint32_t> rest() const {
        std::vector<std::uint32_t> out;
        for (std::uint32_t f : facts_) {
            if (!taken_[library_.firstWithSameId(f)]) {
                out.push_back(f);
            }
        }
        return out;
    }

private:
    static constexpr std::uint32_t none = std::numeric_limits<std::uint32_t>::max();
    const Library& library_;
    std::vector<std::uint32_t> facts_;
    std::vector<bool> taken_;          ///< per fact number
    std::vector<std::uint32_t> first_; ///< per fact number: its first place in facts_
};

} // namespace

Quiz QuizGenerator::generate(const QuizSpec& spec, const LearnerView& learner) const {
    std::mt19937_64 rng(spec.seed);
    return generate(spec, learner, rng);
}

Quiz QuizGenerator::generate(const QuizSpec& spec, const LearnerView& learner,
                             std::mt19937_64& rng) const {
    RandomSource random(rng);
    Assembler quiz(library_, random);
    switch (spec.shape) {
    case QuizSpec::Shape::AfterModule:
    case QuizSpec::Shape::Exam:
        coverage(library_, spec, learner, random, quiz);
        break;
    case QuizSpec::Shape::MixedReview: {
        // Due facts, then those answered wrongly, each asked as it is found: a learner back
        // after a break may have thousands due, and twenty make the quiz.
        FactList facts(library_, candidates(library_, scope(library_, spec), spec));
        for (const auto* ids : {&learner.dueFacts, &learner.wrongLastTime}) {
            for (const auto& id : *ids) {
                if (quiz.questions.size() >= spec.count) {
                    break;
                }
                if (const auto f = facts.take(id)) {
                    quiz.ask(*f);
                }
            }
        }
        if (quiz.questions.size() >= spec.count) {
            break;
        }
        // Then the others, those asked least first, in random order among equals: shuffled only
        // when the quiz comes to them.
        std::vector<std::uint32_t> rest = facts.rest();
        random.shuffle(rest);
        std::vector<std::pair<int, std::size_t>> asked; // looked up once each, not per comparison
        asked.reserve(rest.size());
        for (std::size_t i = 0; i < rest.size(); ++i) {
            auto it = learner.timesAsked.find(library_.fact(rest[i]).id);
            asked.emplace_back(it == learner.timesAsked.end() ? 0 : it->second, i);
        }
        std::sort(asked.begin(), asked.end()); // the place breaks ties: a stable sort
        for (const auto& entry : asked) {
            if (quiz.questions.size() >= spec.count) {
                break;
            }
            quiz.ask(candidate(library_, rest[entry.second]));
        }
        break;
    }
    case QuizSpec::Shape::RetakeMistakes: {
        FactList facts(library_, candidates(library_, scope(library_, spec), spec));
        for (const auto& id : learner.wrongLastTime) {
            if (quiz.questions.size() >= spec.count) {
                break;
            }
            if (const auto f = facts.take(id)) {
                quiz.ask(*f);
            }
        }
        break;
    }
    }
    Quiz out;
    out.spec = spec;
    out.questions = std::move(quiz.questions);
    return out;
}

std::vector<Question> QuizGenerator::questionsForFact(const std::string& factId,
                                                      std::mt19937_64& rng) const {
    const Module* m = library_.moduleOfFact(factId);
    if (m == nullptr) {
        return {};
    }
    RandomSource random(rng);
    QuestionBuilder builder(library_, *m, random);
    return builder.forFact(factId);
}

std::vector<Question> QuizGenerator::groupQuestions(const Module& module,
                                                    std::mt19937_64& rng) const {
    RandomSource random(rng);
    QuestionBuilder builder(library_, module, random);
    std::vector<Question> out;
    for (auto q : {builder.timeline(), builder.matchPeople(), builder.matchFigures(),
                   builder.multipleDates(), builder.multiplePeople()}) {
        if (q) {
            builder.citeAll(*q);
            out.push_back(std::move(*q));
        }
    }
    return out;
}

std::optional<Question> QuizGenerator::libraryTimeline(std::mt19937_64& rng) const {
    if (library_.modules().empty()) {
        return std::nullopt;
    }
    RandomSource random(rng);
    QuestionBuilder builder(library_, library_.modules().front(), random);
    std::vector<const Event*> events;
    for (const auto& m : library_.modules()) {
        for (const auto& e : m.events) {
            events.push_back(&e);
        }
    }
    auto q = builder.timeline(events);
    if (q) {
        builder.citeAll(*q);
    }
    return q;
}

} // namespace yaddas::core
