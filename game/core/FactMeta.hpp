#pragma once

#include <core/Citation.hpp>
#include <core/Status.hpp>

#include <string>
#include <vector>

namespace yaddas::core {

/// What every fact carries besides its content: identity, provenance and how sure we are.
struct FactMeta {
    std::string id;          ///< stable across versions: progress and assignments refer to it
    int sourceParagraph = 0; ///< 1-based paragraph of the source text; 0: it cites other sources
    std::string excerpt;     ///< the words of the source text the fact comes from, verbatim
    Status status = Status::Confirmed;
    std::string attribution;   ///< who states it, for a contested or unverified fact
    std::string context;       ///< what public sources say, for a contested or unverified fact
    std::string contextSource; ///< format 1: where the context note comes from, as free text
    Citation contextCite;      ///< format 2: the source the context note cites (empty source: none)
    std::vector<Citation> cites; ///< sources besides the source text (format 2 `<cite>`)
    int line = 0;                ///< line in the module file, for messages

    /// Every citation, the source text's paragraph (with the excerpt as its quote) first.
    std::vector<Citation> citations() const;
    /// True when the fact draws on the course's source text.
    bool citesSourceText() const { return sourceParagraph > 0; }
};

} // namespace yaddas::core
