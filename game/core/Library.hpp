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
    Library(std::vector<Module> modules, SourceText source);

    const std::vector<Module>& modules() const { return modules_; }
    const SourceText& source() const { return source_; }
    const Module* find(const std::string& moduleId) const;
    /// The module that holds a fact, or nullptr (fact ids are unique across the library).
    const Module* moduleOfFact(const std::string& factId) const;

private:
    std::vector<Module> modules_;
    SourceText source_;
};

} // namespace yaddas::core
