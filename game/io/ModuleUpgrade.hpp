#pragma once

#include <core/Diagnostic.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace yaddas::io {

/// Rewrites a format-1 lesson module as format 2, keeping its layout and comments, so that a
/// teacher's module gains what format 2 asks of it without being retyped:
/// - a context note's free-text `source="…"` becomes an entry of the module's `<sources>`, cited
///   with `<context ref="…">` (a web page when it holds an address); one that says no source
///   was found, or names the source text, is dropped, as it cites nothing;
/// - a confirmed fact whose context cites a source cites it with `<cite>`; a confirmed fact with
///   no source besides the source text becomes unverified and attributed to the source text, as
///   format 2 would not take it as confirmed without a checkable citation;
/// - a contested fact left with nothing cited besides the source text becomes unverified.
/// Each change is listed, with its line, for the teacher to review.
class ModuleUpgrade {
public:
    struct Result {
        std::optional<std::string> xml;   ///< the format-2 module; empty when it cannot be upgraded
        std::vector<std::string> changes; ///< "line 12: …", one per change
        core::Diagnostics diagnostics;    ///< why it cannot be upgraded
    };

    /// `fileName` is used in messages and to name the new sources.
    static Result upgrade(std::string_view xml, const std::string& fileName);
};

} // namespace yaddas::io
