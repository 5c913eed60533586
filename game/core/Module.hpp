#pragma once

#include <core/AuthoredQuestion.hpp>
#include <core/Claim.hpp>
#include <core/Event.hpp>
#include <core/Figure.hpp>
#include <core/Period.hpp>
#include <core/Person.hpp>
#include <core/Section.hpp>
#include <core/Source.hpp>
#include <core/Term.hpp>

#include <optional>
#include <string>
#include <vector>

namespace yaddas::core {

/// One lesson module: prose to read, what to know afterwards, and the typed facts quizzes use.
struct Module {
    std::string id;
    std::string title;
    std::string summary;
    int order = 0;    ///< place in the reading order
    int format = 1;   ///< the version of the lesson format the file was written in
    std::string file; ///< where it was loaded from, for messages
    /// The language of its text (`lang`): "en", or a translation's "az", "ru". A translation
    /// shares every id with its English module, so progress is the same in every language.
    std::string language = "en";
    /// Shown in English because it has no translation into the language the learner reads.
    bool untranslated = false;
    int line = 0;
    Period period; ///< `first-year`/`last-year`, else the library's 1900–1960

    std::vector<Source> sources; ///< its own bibliography entries (`<sources>`)
    std::vector<Section> sections;
    std::vector<std::string> objectives; ///< "what you should now know"

    std::vector<Event> events;
    std::vector<Figure> figures;
    std::vector<Person> people;
    std::vector<Term> terms;
    std::vector<Claim> claims;
    std::vector<AuthoredQuestion> questions;

    /// The metadata of any fact by id, or nullptr.
    const FactMeta* findFact(const std::string& factId) const;
    /// Which quiz category a fact belongs to: events → dates, figures → figures,
    /// victims → victims, terms, claims and people who were not victims → ideas.
    std::optional<Category> categoryOf(const std::string& factId) const;

    const Event* findEvent(const std::string& factId) const;
    const Figure* findFigure(const std::string& factId) const;
    const Person* findPerson(const std::string& factId) const;
    const Term* findTerm(const std::string& factId) const;
    const Claim* findClaim(const std::string& factId) const;

    /// All fact ids in file order: events, figures, people, terms, claims.
    std::vector<std::string> factIds() const;
    /// The metadata of every fact, in file order as factIds().
    std::vector<const FactMeta*> facts() const;
    /// The ids of every source the module cites (blocks, facts, contexts), each once, in order
    /// of first citation; the source text first when it is cited.
    std::vector<std::string> citedSources() const;
    std::size_t factCount() const;
};

} // namespace yaddas::core
