#pragma once

#include <core/Module.hpp>
#include <core/SourceText.hpp>

#include <string>
#include <vector>

namespace yaddas::core {

/// Every loaded module, in reading order, with the source text they were derived from.
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

private:
    std::vector<Module> modules_;
    SourceText source_;
    std::vector<Source> bibliography_;
    std::vector<Module> translations_;
    Source sourceText_ = Source::sourceText();
};

} // namespace yaddas::core
