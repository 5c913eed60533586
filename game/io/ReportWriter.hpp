#pragma once

#include <core/ClassReport.hpp>

#include <string>

namespace yaddas::io {

/// Writes a class report as CSV (one row per learner, for a spreadsheet) and as a
/// self-contained HTML page (inline CSS and SVG charts, no scripts, nothing fetched).
class ReportWriter {
public:
    /// UTF-8 with a byte order mark (so spreadsheets detect the encoding), CRLF line ends,
    /// every field quoted as RFC 4180 says and guarded against formula injection.
    static std::string csv(const core::ClassReport& report);
    /// The HTML report: summary, score distribution, per-question difficulty, most missed
    /// facts, and who has not submitted (with a roster). Every learner-provided string is
    /// HTML-escaped.
    static std::string html(const core::ClassReport& report);

    /// One CSV text field. Where a spreadsheet may start a cell (the field's start and, for one
    /// that splits on ';', after each ';' and line break) and the first character after spaces
    /// and tabs is = + - @, a ' is put so the spreadsheet shows text instead of running a
    /// formula; so is a field starting with a tab or line break. A value with a comma,
    /// semicolon, quote or line break is quoted with quotes doubled.
    static std::string csvField(const std::string& value);
    static std::string htmlEscape(const std::string& text);
};

} // namespace yaddas::io
