#pragma once

#include <core/Citation.hpp>
#include <core/FactMeta.hpp>
#include <core/Library.hpp>
#include <core/Source.hpp>

#include <string>
#include <vector>

namespace yaddas::core {

/// How citations and bibliography entries read, the same in the app, the CLI and exports.
class CitationText {
public:
    /// "Getty and Naumov, The Road to Terror (1999), appendix": author, title, year, locator;
    /// for an encyclopedia entry or a web page "“Great Purge”, Wikipedia, section 2". An unknown
    /// source id is named as it is.
    static std::string line(const Library& library, const Citation& citation);
    /// The citations of a fact on one line, its other sources first and the source text last,
    /// separated by "; ".
    static std::string forFact(const Library& library, const FactMeta& meta);
    /// The full entry of a bibliography: "Author. Title. Publisher, date. URL".
    static std::string entry(const Source& source);
    /// The words a citation quotes (the source text's excerpt, or a cited source's own words), in
    /// quotation marks; empty when it quotes nothing.
    static std::string quote(const Citation& citation);
};

} // namespace yaddas::core
