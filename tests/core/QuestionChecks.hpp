#pragma once
// Checks every generated question must pass, shared by the generator tests (fixture library and
// shipped lessons). Returns the problems found as sentences, so one CHECK reports them all.

#include <core/CitationText.hpp>
#include <core/DateBounds.hpp>
#include <core/Distractors.hpp>
#include <core/Grader.hpp>
#include <core/Library.hpp>
#include <core/NameMatcher.hpp>
#include <core/NumberFormat.hpp>
#include <core/Question.hpp>
#include <core/TextNormalizer.hpp>

#include <algorithm>
#include <cctype>
#include <set>
#include <string>
#include <vector>

namespace yaddas::test {

/// The answer a learner who knows the right answer gives.
inline core::Answer rightAnswerOf(const core::Question& q) {
    using core::QuestionKind;
    switch (q.kind) {
    case QuestionKind::SingleChoice:
    case QuestionKind::MultipleAnswer:
    case QuestionKind::TrueFalse:
    case QuestionKind::FillBlank:
        return core::Answer::choices(q.key.correctOptions);
    case QuestionKind::Timeline:
        return core::Answer::ordered(q.key.order);
    case QuestionKind::Matching:
        return core::Answer::matched(q.key.matches);
    case QuestionKind::TypedYear:
        return core::Answer::typed(q.key.years.empty() ? "" : std::to_string(q.key.years.front()));
    case QuestionKind::TypedNumber:
        return core::Answer::typed(
            q.key.number ? core::NumberFormat::format(static_cast<std::int64_t>(*q.key.number))
                         : "");
    case QuestionKind::TypedName:
        return core::Answer::typed(q.key.names.empty() ? "" : q.key.names.front());
    }
    return {};
}

inline std::vector<int> yearsIn(const std::string& text) {
    std::vector<int> years;
    for (std::size_t i = 0; i + 4 <= text.size(); ++i) {
        const bool start = i == 0 || !std::isdigit(static_cast<unsigned char>(text[i - 1]));
        bool four = start;
        for (std::size_t k = 0; k < 4 && four; ++k) {
            four = std::isdigit(static_cast<unsigned char>(text[i + k])) != 0;
        }
        if (four &&
            (i + 4 == text.size() || !std::isdigit(static_cast<unsigned char>(text[i + 4])))) {
            years.push_back(std::stoi(text.substr(i, 4)));
        }
    }
    return years;
}

inline std::vector<const core::Person*> allPeople(const core::Library& library) {
    std::vector<const core::Person*> out;
    for (const auto& m : library.modules()) {
        for (const auto& p : m.people) {
            out.push_back(&p);
        }
    }
    return out;
}

inline const core::Event* eventById(const core::Library& library, const std::string& id) {
    const core::Module* m = library.moduleOfFact(id);
    return m == nullptr ? nullptr : m->findEvent(id);
}

inline std::vector<std::string> questionProblems(const core::Question& q,
                                                 const core::Library& library) {
    using core::QuestionKind;
    std::vector<std::string> problems;
    auto fail = [&](const std::string& what) { problems.push_back(q.id + ": " + what); };

    const core::Module* module = library.find(q.moduleId);
    if (module == nullptr) {
        fail("unknown module '" + q.moduleId + "'");
        return problems;
    }
    const core::FactMeta* meta = module->findFact(q.factId);
    if (meta == nullptr) {
        fail("fact '" + q.factId + "' is not in module " + q.moduleId);
        return problems;
    }
    // A matching question's right answer lists every pair; its explanation adds only what
    // sources say, when anything.
    if (q.id.empty() || q.prompt.empty() || q.rightAnswer.empty() ||
        (q.explanation.empty() && q.kind != QuestionKind::Matching)) {
        fail("missing id, prompt, explanation or right answer");
    }
    if (q.explanation == q.rightAnswer + "." || q.explanation == q.rightAnswer) {
        fail("the explanation only repeats the right answer");
    }
    if (q.citation.empty() && !meta->citations().empty()) {
        fail("no citation");
    }
    // A question over several facts cites every one of them.
    if (q.relatedFacts.size() > 1) {
        for (const auto& id : q.relatedFacts) {
            const core::Module* home = library.moduleOfFact(id);
            const core::FactMeta* related = home != nullptr ? home->findFact(id) : nullptr;
            for (const auto& c :
                 related != nullptr ? related->cites : std::vector<core::Citation>{}) {
                if (q.citation.find(core::CitationText::line(library, c)) == std::string::npos) {
                    fail("the citation leaves out " + c.source + " of " + id);
                }
            }
        }
    }
    if (q.sourcePassage != meta->excerpt) {
        fail("the quoted passage is not the fact's excerpt");
    }
    if (!meta->citesSourceText() && q.prompt.find("source text") != std::string::npos) {
        fail("speaks of the source text, which the fact does not cite");
    }
    const bool group = q.kind == QuestionKind::Timeline || q.kind == QuestionKind::Matching ||
                       q.kind == QuestionKind::MultipleAnswer;
    if (!q.authored && !group && module->categoryOf(q.factId) != q.category) {
        fail("category does not match the fact");
    }

    // Options: no duplicates, the right number of right ones.
    if (core::isChoice(q.kind) || q.kind == QuestionKind::Timeline ||
        q.kind == QuestionKind::Matching) {
        std::set<std::string> keys;
        for (const auto& o : q.options) {
            if (o.empty() || !keys.insert(core::TextNormalizer::plainKey(o)).second) {
                fail("empty or duplicate option '" + o + "'");
            }
        }
    }
    for (std::size_t i : q.key.correctOptions) {
        if (i >= q.options.size()) {
            fail("right option index out of range");
            return problems;
        }
    }
    switch (q.kind) {
    case QuestionKind::SingleChoice:
    case QuestionKind::FillBlank:
        // A claim is judged in four plain answers: confirmed, contradicted, in part, not settled.
        if (q.key.correctOptions.size() != 1 || (!q.authored && q.options.size() != 4U)) {
            fail("a single choice needs four options and exactly one right");
        }
        break;
    case QuestionKind::TrueFalse:
        if (q.options != std::vector<std::string>{"True", "False"} ||
            q.key.correctOptions.size() != 1) {
            fail("true/false needs the options True and False, one right");
        }
        break;
    case QuestionKind::MultipleAnswer:
        if (q.key.correctOptions.empty() || q.options.size() < 3) {
            fail("multiple answer needs three or more options and one or more right");
        }
        break;
    case QuestionKind::Timeline:
        if (q.options.size() < 4 || q.options.size() > 6 ||
            q.key.order.size() != q.options.size()) {
            fail("a timeline has four to six events");
        }
        break;
    case QuestionKind::Matching:
        if (q.options.size() < 3 || q.targets.size() != q.options.size() ||
            q.key.matches.size() != q.options.size()) {
            fail("matching needs three or more pairs");
        }
        break;
    default:
        break;
    }
    if (!problems.empty()) {
        return problems;
    }

    // The right answer is accepted, and right options are the only right ones.
    const core::Grade right = core::Grader::grade(q, rightAnswerOf(q));
    if (right.outcome != core::Outcome::Right) {
        fail("the right answer is not accepted");
    }
    if (q.kind == QuestionKind::SingleChoice || q.kind == QuestionKind::FillBlank ||
        q.kind == QuestionKind::TrueFalse) {
        for (std::size_t i = 0; i < q.options.size(); ++i) {
            const bool isRight = i == q.key.correctOptions.front();
            const auto g = core::Grader::grade(q, core::Answer::choice(i));
            if ((g.outcome == core::Outcome::Right) != isRight) {
                fail("option " + std::to_string(i) + " graded wrongly");
            }
        }
    }
    if (q.authored) {
        return problems;
    }

    auto wrongOptions = [&]() {
        std::vector<std::string> out;
        for (std::size_t i = 0; i < q.options.size(); ++i) {
            if (std::find(q.key.correctOptions.begin(), q.key.correctOptions.end(), i) ==
                q.key.correctOptions.end()) {
                out.push_back(q.options[i]);
            }
        }
        return out;
    };
    const core::Event* event = module->findEvent(q.factId);
    const core::Figure* figure = module->findFigure(q.factId);
    const core::Person* person = module->findPerson(q.factId);
    const bool choiceOnFact =
        q.kind == QuestionKind::SingleChoice || q.kind == QuestionKind::FillBlank;

    // No distractor that the facts make right.
    if (choiceOnFact && event != nullptr) {
        const core::DateBounds own = core::DateBounds::of(event->when);
        for (const auto& w : wrongOptions()) {
            const auto ys = yearsIn(w);
            if (w == event->when.text() || ys.empty() ||
                core::DateBounds::ofYear(ys.front()).overlaps(own)) {
                fail("date distractor '" + w + "' is a date of the event");
            }
        }
    }
    if (choiceOnFact && figure != nullptr) {
        for (const auto& w : wrongOptions()) {
            const auto n = core::NumberFormat::parse(w);
            if (!n || figure->tolerance.accepts(static_cast<double>(figure->value), *n) ||
                static_cast<std::int64_t>(*n) == figure->value) {
                fail("number distractor '" + w + "' is accepted as the figure");
            }
        }
    }
    if (choiceOnFact && person != nullptr) {
        for (const auto& w : wrongOptions()) {
            const core::Person* other = nullptr;
            for (const core::Person* p : allPeople(library)) {
                if (p->nameEn == w) {
                    other = p;
                }
            }
            if (other == nullptr || other->meta.id == person->meta.id ||
                core::Distractors::rolesOverlap(other->role, person->role)) {
                fail("person distractor '" + w + "' could be the person asked about");
            }
            if (core::NameMatcher::matches(w, q.key.names) && q.kind == QuestionKind::FillBlank) {
                fail("person distractor '" + w + "' is accepted as a typed answer");
            }
        }
    }
    if ((q.kind == QuestionKind::TypedName ||
         (q.kind == QuestionKind::FillBlank && person != nullptr))) {
        for (const core::Person* other : allPeople(library)) {
            // The same person defined twice (one name in two modules) is one person.
            const bool samePerson =
                person != nullptr && core::TextNormalizer::nameKey(other->nameEn) ==
                                         core::TextNormalizer::nameKey(person->nameEn);
            if (other->meta.id == q.factId || samePerson) {
                continue;
            }
            for (const auto& name : {other->nameEn, other->nameAz}) {
                if (core::NameMatcher::matches(name, q.key.names)) {
                    fail("another person's name '" + name + "' is accepted");
                }
            }
        }
    }
    if (q.kind == QuestionKind::TrueFalse && figure != nullptr) {
        const auto at = q.prompt.rfind(" is ");
        const auto shown =
            at == std::string::npos
                ? std::nullopt
                : core::NumberFormat::parse(q.prompt.substr(at + 4, q.prompt.size() - at - 5));
        const bool accepted =
            shown && figure->tolerance.accepts(static_cast<double>(figure->value), *shown);
        if (!shown || accepted != (q.key.correctOptions.front() == 0)) {
            fail("true/false figure statement does not match its key");
        }
    }
    if (q.kind == QuestionKind::TrueFalse && event != nullptr) {
        const std::string& date = event->when.text();
        const bool showsDate = q.prompt.find(" on " + date + ".") != std::string::npos ||
                               q.prompt.find(" in " + date + ".") != std::string::npos ||
                               q.prompt.find(" from " + date + ".") != std::string::npos;
        if (showsDate != (q.key.correctOptions.front() == 0)) {
            fail("true/false date statement does not match its key");
        }
    }
    if (q.kind == QuestionKind::Timeline) {
        for (std::size_t i = 0; i + 1 < q.key.order.size(); ++i) {
            const core::Event* a = eventById(library, q.relatedFacts[i]);
            const core::Event* b = eventById(library, q.relatedFacts[i + 1]);
            if (a == nullptr || b == nullptr ||
                !core::DateBounds::of(a->when).before(core::DateBounds::of(b->when)) ||
                q.options[q.key.order[i]] != a->label) {
                fail("timeline order is not the order of the events' dates");
            }
        }
    }
    if (q.kind == QuestionKind::Matching) {
        std::set<std::size_t> used(q.key.matches.begin(), q.key.matches.end());
        if (used.size() != q.targets.size()) {
            fail("matching key is not one-to-one");
        }
        for (std::size_t i = 0; i < q.options.size() && i < q.relatedFacts.size(); ++i) {
            const core::Module* m = library.moduleOfFact(q.relatedFacts[i]);
            const core::Person* p = m ? m->findPerson(q.relatedFacts[i]) : nullptr;
            const core::Figure* f = m ? m->findFigure(q.relatedFacts[i]) : nullptr;
            const std::string& target = q.targets[q.key.matches[i]];
            const bool ok = (p != nullptr && q.options[i].rfind(p->nameEn, 0) == 0 &&
                             (target == p->role || target == p->fate)) ||
                            (f != nullptr && q.options[i] == core::NumberFormat::format(f->value) &&
                             target.rfind(f->counts, 0) == 0); // with its scope after it
            if (!ok) {
                fail("matching pair " + std::to_string(i) + " is not a fact");
            }
        }
    }
    if (q.kind == QuestionKind::MultipleAnswer) {
        const auto ys = yearsIn(q.prompt);
        for (std::size_t i = 0; i < q.options.size() && !ys.empty(); ++i) {
            const bool marked = std::find(q.key.correctOptions.begin(), q.key.correctOptions.end(),
                                          i) != q.key.correctOptions.end();
            bool found = false;
            for (const auto& id : q.relatedFacts) {
                const core::Module* m = library.moduleOfFact(id);
                if (const core::Event* e = m ? m->findEvent(id) : nullptr;
                    e && e->label == q.options[i]) {
                    found = true;
                    const bool before = core::DateBounds::of(e->when).lastYear() < ys.front();
                    const bool after = core::DateBounds::of(e->when).firstYear() >= ys.front();
                    if (marked ? !before : !after) {
                        fail("'" + q.options[i] + "' is marked wrongly");
                    }
                }
                if (const core::Person* p = m ? m->findPerson(id) : nullptr;
                    p && p->nameEn == q.options[i]) {
                    found = true;
                    if (marked != (p->died.year() == ys.front())) {
                        fail("'" + q.options[i] + "' is marked wrongly");
                    }
                }
            }
            if (!found) {
                fail("option '" + q.options[i] + "' is no fact of the question");
            }
        }
    }
    // Contested facts are asked as what the text states, and the context is given.
    const bool attributedKind =
        q.kind != QuestionKind::FillBlank && !group && module->findClaim(q.factId) == nullptr;
    if (meta->status != core::Status::Confirmed && attributedKind &&
        q.prompt.rfind("According to", 0) != 0) {
        fail("contested fact not asked as what the text states");
    }
    if (meta->status != core::Status::Confirmed && !group && !meta->context.empty() &&
        q.explanation.find(meta->context) == std::string::npos) {
        fail("contested fact without its context in the explanation");
    }
    return problems;
}

} // namespace yaddas::test
