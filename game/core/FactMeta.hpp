#pragma once

#include <core/Status.hpp>

#include <string>

namespace yaddas::core {

/// What every fact carries besides its content: identity, provenance and how sure we are.
struct FactMeta {
    std::string id;          ///< stable across versions: progress and assignments refer to it
    int sourceParagraph = 0; ///< 1-based paragraph (non-empty line) of the source text
    std::string excerpt;     ///< the words of the source text the fact comes from, verbatim
    Status status = Status::Confirmed;
    std::string attribution; ///< who states it, for a contested or unverified fact
    std::string context;     ///< what public sources say, for a contested or unverified fact
    std::string contextSource; ///< where the context note comes from (a reference or address)
    int line = 0;            ///< line in the module file, for messages
};

} // namespace yaddas::core
