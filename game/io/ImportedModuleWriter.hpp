#pragma once

#include <core/Module.hpp>

#include <string>

namespace yaddas::io {

/// Writes a module made by an import (core::MoodleImport) as a lesson module file
/// (lessons/README.md): its sections' plain paragraphs, objectives, claim facts and authored
/// questions. Other fact kinds and marked-up prose are not written: an import makes none.
class ImportedModuleWriter {
public:
    static std::string toXml(const core::Module& module);
};

} // namespace yaddas::io
