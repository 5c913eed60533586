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
    Source sourceText_ = Source::sourceText();
};

} // namespace yaddas::core
