#pragma once

#include <core/Diagnostic.hpp>
#include <core/Module.hpp>
#include <core/SourceText.hpp>

#include <vector>

namespace yaddas::core {

/// Checks lesson modules for what a well-formed file can still get wrong: ids used twice,
/// references to facts that do not exist, impossible dates, excerpts not in the source text,
/// contested facts without attribution, questions without a right answer. Needs no XML: it works
/// on the model, so modules built in code are checked the same way. Messages name the module's
/// file and the line of the element at fault.
class ModuleValidator {
public:
    /// `source` must outlive the validator. With an empty source text (it could not be read),
    /// paragraph numbers and excerpts are not checked.
    explicit ModuleValidator(const SourceText& source) : source_(&source) {}

    /// Everything that can be checked within one module.
    Diagnostics check(const Module& module) const;

    /// What needs every module at once: module, fact and question ids unique across them all,
    /// and every reference (prose marks, glossary terms, cards, questions) naming a fact of one
    /// of them. Each message is filed under the module at fault (the later one for a duplicate).
    /// Format 2 adds: source ids unique across `bibliography` and the modules' own sources, and
    /// every citation naming one of them; a warning when two people share a name in any
    /// spelling (a person is defined once and referred to by id).
    Diagnostics checkTogether(const std::vector<const Module*>& modules,
                              const std::vector<Source>& bibliography = {}) const;

    /// A translation (a module whose language is not English) against its English module: the
    /// same sections, facts and questions by id, and the same things that are not words: dates,
    /// numbers, statuses, source paragraphs, citations, verbatim excerpts, which answers are
    /// right. Messages are filed under the translation's file and lines.
    Diagnostics checkTranslation(const Module& english, const Module& translation) const;

private:
    const SourceText* source_;
};

} // namespace yaddas::core
