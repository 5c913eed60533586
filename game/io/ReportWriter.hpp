#pragma once

#include <core/ClassReport.hpp>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace yaddas::io {

/// Writes a class report as CSV (one row per learner, for a spreadsheet) and as a
/// self-contained HTML page (inline CSS and SVG charts, no scripts, nothing fetched).
class ReportWriter {
public:
    /// How a CSV separates fields and writes decimals. A spreadsheet in a decimal-comma locale
    /// (az_AZ, de_DE, ru_RU, …) splits on ';' and reads "16.7" as a date or text, so there the
    /// CSV uses ';' and "16,7"; elsewhere ',' and "16.7".
    enum class CsvFormat { Comma, Semicolon };

    struct Options {
        CsvFormat csvFormat = CsvFormat::Comma;
        /// The UTC offset in seconds at a moment, for times shown in local time; empty: the
        /// machine's time zone.
        std::function<long(std::int64_t)> utcOffset;
    };

    /// UTF-8 with a byte order mark (so spreadsheets detect the encoding), CRLF line ends,
    /// every field quoted as RFC 4180 says and guarded against formula injection. One row per
    /// learner: the summary columns, the score per category, then the answer to each question.
    static std::string csv(const core::ClassReport& report, const Options& options);
    static std::string csv(const core::ClassReport& report) { return csv(report, Options{}); }
    /// The HTML report: summary, learners, score distribution, per-question chart, results per
    /// category, learner × question table, wrong answers chosen, most missed facts, clashes,
    /// who is not on the roster and who has not submitted. Every learner-provided string is
    /// HTML-escaped; a print stylesheet keeps the tables readable on paper.
    static std::string html(const core::ClassReport& report, const Options& options);
    static std::string html(const core::ClassReport& report) { return html(report, Options{}); }

    /// The CSV format suiting a locale name as in LC_ALL / LC_NUMERIC / LANG ("de_DE.UTF-8"):
    /// Semicolon where the decimal separator is a comma.
    static CsvFormat csvFormatForLocale(std::string_view locale);
    /// The CSV format for this process's environment: the first of LC_ALL, LC_NUMERIC, LANG
    /// that is set.
    static CsvFormat csvFormatFromEnvironment();
    static std::optional<CsvFormat> csvFormatFromName(std::string_view name);

    /// "2026-11-25 14:05 +04": minutes, and the offset with minutes only when not whole hours.
    static std::string localTime(std::int64_t seconds, long utcOffsetSeconds);
    /// The machine's UTC offset at `seconds`.
    static long systemUtcOffset(std::int64_t seconds);
    /// A number with `decimals` places and the format's decimal separator.
    static std::string number(double value, int decimals, CsvFormat format);
    /// "handed in", "unfinished", or "" for a learner with no attempt.
    static std::string status(const core::ClassReport::Row& row);

    /// One CSV text field. Where a spreadsheet may start a cell (the field's start and, for one
    /// that splits on ';', after each ';' and line break) and the first character after spaces
    /// and tabs is = + - @, a ' is put so the spreadsheet shows text instead of running a
    /// formula; so is a field starting with a tab or line break. A value with a comma,
    /// semicolon, quote or line break is quoted with quotes doubled.
    static std::string csvField(const std::string& value);
    static std::string htmlEscape(const std::string& text);
};

} // namespace yaddas::io
