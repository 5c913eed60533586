#pragma once

#include <core/LibraryKeys.hpp>
#include <core/Module.hpp>
#include <core/SourceText.hpp>

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace yaddas::core {

/// Every loaded module, in reading order, with the source text they were derived from.
/// Lookups by id (modules, facts, people, sources) go through indexes built once with the
/// library, so that they take the same time in a library of six modules and of six hundred: a
/// quiz looks up many facts.
class Library {
public:
    Library() = default;
    Library(std::vector<Module> modules, SourceText source, std::vector<Source> bibliography = {});
    /// Keeps `translation` (a module whose language is not English) to be shown in place of the
    /// English module with its id by inLanguage().
    void addTranslation(Module translation);
    /// The library as a learner reading `language` sees it: each module in that language where
    /// a translation exists, else the English one marked `untranslated`. Ids are the same in
    /// every language, so progress and assignments carry over. Every person keeps the
    /// spellings of their name from every language, so a typed name is accepted in any of them.
    Library inLanguage(const std::string& language) const;
    /// The translations kept, in the order they were added.
    const std::vector<Module>& translations() const { return translations_; }

    const std::vector<Module>& modules() const { return modules_; }
    const SourceText& source() const { return source_; }
    const Module* find(const std::string& moduleId) const;
    /// The module that holds a fact, or nullptr (fact ids are unique across the library).
    const Module* moduleOfFact(const std::string& factId) const;
    /// A bibliography entry by id: the source text, the shared bibliography, then the modules'
    /// own sources; nullptr when none has it.
    const Source* findSource(const std::string& sourceId) const;
    /// The shared bibliography (lessons/sources.xml), without the modules' own entries.
    const std::vector<Source>& bibliography() const { return bibliography_; }
    /// The person fact by id in any module, or nullptr.
    const Person* findPerson(const std::string& factId) const;

    /// Every fact of the library has a number, 0 … factCount()-1: module after module in
    /// reading order, each module's facts in Module::facts() order. Quizzes keep sets of facts
    /// as arrays of these numbers instead of searching by id.
    std::size_t factCount() const { return factModule_.size(); }
    /// The number of the module's first fact; `module` must be one of modules().
    std::size_t firstFact(const Module& module) const {
        return firstFact_[static_cast<std::size_t>(&module - modules_.data())];
    }
    /// The number of the first fact with this id (the one moduleOfFact() finds), if any.
    std::optional<std::size_t> factNumber(const std::string& factId) const;
    /// The number of the first fact with the same id as fact `number`: itself, unless two
    /// facts share an id (an error the validator reports, which must not make a fact count twice).
    std::size_t firstWithSameId(std::size_t number) const { return sameId_[number]; }
    /// The fact with this number.
    const FactMeta& fact(std::size_t number) const;
    /// The module that holds fact `number`.
    const Module& moduleOf(std::size_t number) const { return modules_[factModule_[number]]; }
    /// The number of the fact the module's authored question `question` (an index into
    /// Module::questions) asks about, as factNumber() finds it; `module` must be one of modules().
    std::optional<std::size_t> authoredFact(const Module& module, std::size_t question) const {
        const std::size_t number = authoredFact_[authoredPlace(module, question)];
        return number == noFact ? std::nullopt : std::optional<std::size_t>(number);
    }
    /// True when that question's fact is a claim no generated question asks about
    /// (Claim::generated is false: an imported question bank's).
    bool authoredOnly(const Module& module, std::size_t question) const {
        return authoredOnly_[authoredPlace(module, question)];
    }
    /// The quiz category of fact `number`, as its module's Module::categoryOf() gives it.
    std::optional<Category> categoryOf(std::size_t number) const { return category_[number]; }

    /// The place of `module` in modules(), when it is one of them (the object itself, not a
    /// copy).
    std::optional<std::size_t> placeOf(const Module& module) const {
        const std::less<const Module*> before;
        if (modules_.empty() || before(&module, modules_.data()) ||
            !before(&module, modules_.data() + modules_.size())) {
            return std::nullopt;
        }
        return static_cast<std::size_t>(&module - modules_.data());
    }
    /// The keys of the library's people and terms, for questions.
    const LibraryKeys& keys() const { return keys_; }

private:
    /// Where an item is: its module's place in modules_, and its own place in that module.
    struct Position {
        std::size_t module = 0;
        std::size_t item = 0;
    };
    /// Fills the indexes from modules_ and bibliography_; each keeps an id's first occurrence,
    /// as a search from the start would find it. They hold places, not pointers, so that a copy
    /// of the library can use them as they are.
    void index();
    std::size_t authoredPlace(const Module& module, std::size_t question) const {
        return firstAuthored_[static_cast<std::size_t>(&module - modules_.data())] + question;
    }

    std::vector<Module> modules_;
    SourceText source_;
    std::vector<Source> bibliography_;
    std::vector<Module> translations_;
    Source sourceText_ = Source::sourceText();
    std::unordered_map<std::string, std::size_t> moduleAt_;
    std::unordered_map<std::string, std::size_t> factAt_; ///< id → number of its first fact
    std::vector<std::size_t> firstFact_;                  ///< per module
    std::vector<std::size_t> factModule_;                 ///< per fact number: its module
    std::vector<std::size_t> sameId_;                     ///< per fact number
    std::vector<std::optional<Category>> category_;       ///< per fact number
    static constexpr std::size_t noFact = static_cast<std::size_t>(-1);
    std::vector<std::size_t> firstAuthored_; ///< per module: its first in authoredFact_
    std::vector<std::size_t> authoredFact_;  ///< per authored question: its fact, or noFact
    std::vector<bool> authoredOnly_;         ///< per authored question
    LibraryKeys keys_;
    std::unordered_map<std::string, Position> personAt_;
    std::unordered_map<std::string, std::size_t> bibliographyAt_;
    std::unordered_map<std::string, Position> moduleSourceAt_;
};

} // namespace yaddas::core
