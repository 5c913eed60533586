#include <io/ReportWriter.hpp>

#include <core/I18n.hpp>
#include <core/Plural.hpp>
#include <core/UtcTime.hpp>
#include <io/HtmlText.hpp>
#include <io/Language.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <set>

namespace yaddas::io {
namespace {

using core::I18n;

std::string fixed(double v, int decimals) {
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, v);
    return buffer;
}

std::string percent(double score) {
    return fixed(score * 100.0, 1);
}

using core::Plural;
using Row = core::ClassReport::Row;

long offsetAt(const ReportWriter::Options& options, std::int64_t seconds) {
    return options.utcOffset ? options.utcOffset(seconds) : ReportWriter::systemUtcOffset(seconds);
}

std::string submittedText(const Row& r, const ReportWriter::Options& options) {
    return r.submitted > 0 ? ReportWriter::localTime(r.submitted, offsetAt(options, r.submitted))
                           : "";
}

/// A table header cell of the HTML report, in the interface's language.
std::string th(const char* text) {
    return "<th>" + ReportWriter::htmlEscape(text) + "</th>";
}

std::string thn(const char* text) {
    return "<th class=\"n\">" + ReportWriter::htmlEscape(text) + "</th>";
}

/// The HTML `lang` of the report: the language its words are in.
std::string htmlLang() {
    const std::string& language = Language::current();
    return language == "az" || language == "ru" ? language : std::string("en");
}

/// A mark that survives black-and-white printing, with the answer.
const char* markOf(core::Outcome outcome) {
    switch (outcome) {
    case core::Outcome::Right:
        return "✓";
    case core::Outcome::Partial:
        return "½";
    default:
        return "✕";
    }
}

const char* classOf(core::Outcome outcome) {
    switch (outcome) {
    case core::Outcome::Right:
        return "r";
    case core::Outcome::Partial:
        return "p";
    default:
        return "w";
    }
}

std::string questionLabel(std::size_t i) {
    // TRANSLATORS: a question's short label in the report: Q1, Q2, …
    return I18n::format(I18n::tr("Q{1}"), {std::to_string(i + 1)});
}

/// The learner as the report names her: "Aysel Məmmədova" (with the short uid in the uid
/// column; a name is never changed).
std::string nameOf(const Row& r) {
    return r.learnerName.empty() ? r.learnerId : r.learnerName;
}

} // namespace

std::string ReportWriter::csvField(const std::string& value) {
    // A spreadsheet starts a cell at the start of the field and, when it splits on ';' (the
    // default where ',' is the decimal comma), after every ';' and line break: in that view our
    // quotes are not at a field's start and do not hold. Each such place whose first character
    // after spaces and tabs is = + - @ gets an apostrophe (OWASP's advice), as does a field
    // starting with a tab or line break.
    std::string v;
    v.reserve(value.size() + 2);
    for (std::size_t i = 0; i <= value.size(); ++i) {
        const bool start =
            i == 0 || value[i - 1] == ';' || value[i - 1] == '\r' || value[i - 1] == '\n';
        if (start && i < value.size()) {
            const std::size_t first = value.find_first_not_of(" \t", i);
            const char c = first == std::string::npos ? '\0' : value[first];
            if (c == '=' || c == '+' || c == '-' || c == '@' ||
                (i == 0 && (value[0] == '\t' || value[0] == '\r' || value[0] == '\n'))) {
                v += '\'';
            }
        }
        if (i < value.size()) {
            v += value[i];
        }
    }
    if (v.find_first_of(",;\"\r\n") == std::string::npos) {
        return v;
    }
    std::string out = "\"";
    for (const char c : v) {
        out += c;
        if (c == '"') {
            out += '"';
        }
    }
    return out + "\"";
}

std::string ReportWriter::htmlEscape(const std::string& text) {
    return HtmlText::escape(text, HtmlText::Quotes::DoubleAndSingle);
}

std::string ReportWriter::localTime(std::int64_t seconds, long utcOffsetSeconds) {
    const std::string utc = core::UtcTime::format(seconds + utcOffsetSeconds);
    const long magnitude = utcOffsetSeconds < 0 ? -utcOffsetSeconds : utcOffsetSeconds;
    char zone[48];
    if (magnitude % 3600 == 0) {
        std::snprintf(zone, sizeof zone, "%c%02ld", utcOffsetSeconds < 0 ? '-' : '+',
                      magnitude / 3600);
    } else {
        std::snprintf(zone, sizeof zone, "%c%02ld%02ld", utcOffsetSeconds < 0 ? '-' : '+',
                      magnitude / 3600, magnitude % 3600 / 60);
    }
    if (utc.size() < 16) {
        return utc;
    }
    return utc.substr(0, 10) + " " + utc.substr(11, 5) + " " + zone;
}

long ReportWriter::systemUtcOffset(std::int64_t seconds) {
    const std::time_t t = static_cast<std::time_t>(seconds);
    std::tm local{};
    if (::localtime_r(&t, &local) == nullptr) {
        return 0;
    }
    return local.tm_gmtoff;
}

ReportWriter::CsvFormat ReportWriter::csvFormatForLocale(std::string_view locale) {
    const std::size_t end = locale.find_first_of("_.@");
    const std::string_view language = locale.substr(0, end);
    std::string_view country;
    if (end != std::string_view::npos && locale[end] == '_') {
        country = locale.substr(end + 1, locale.find_first_of(".@", end + 1) - end - 1);
    }
    // Where ',' is the decimal separator (CLDR); a few countries of these languages use '.'.
    static const std::set<std::string_view> decimalComma{
        "az", "be", "bg", "bs", "ca", "cs", "da", "de", "el", "es", "et", "eu", "fi", "fr", "gl",
        "hr", "hu", "hy", "id", "is", "it", "ka", "kk", "ky", "lt", "lv", "mk", "nb", "nl", "nn",
        "no", "pl", "pt", "ro", "ru", "sk", "sl", "sq", "sr", "sv", "tr", "uk", "uz", "vi"};
    static const std::set<std::string_view> decimalPointCountries{"CH", "LI", "MX",
                                                                  "GT", "DO", "PR"};
    if (decimalComma.count(language) > 0 && decimalPointCountries.count(country) == 0) {
        return CsvFormat::Semicolon;
    }
    return CsvFormat::Comma;
}

ReportWriter::CsvFormat ReportWriter::csvFormatFromEnvironment() {
    for (const char* name : {"LC_ALL", "LC_NUMERIC", "LANG"}) {
        const char* value = std::getenv(name);
        if (value != nullptr && *value != '\0') {
            return csvFormatForLocale(value);
        }
    }
    return CsvFormat::Comma;
}

std::optional<ReportWriter::CsvFormat> ReportWriter::csvFormatFromName(std::string_view name) {
    if (name == "comma") {
        return CsvFormat::Comma;
    }
    if (name == "semicolon") {
        return CsvFormat::Semicolon;
    }
    return std::nullopt;
}

std::string ReportWriter::number(double value, int decimals, CsvFormat format) {
    std::string s = fixed(value, decimals);
    if (format == CsvFormat::Semicolon) {
        std::replace(s.begin(), s.end(), '.', ',');
    }
    return s;
}

std::string ReportWriter::status(const Row& row) {
    if (row.attempts == 0) {
        return "";
    }
    return row.unfinished ? I18n::tr("unfinished") : I18n::tr("handed in");
}

std::string ReportWriter::csv(const core::ClassReport& report, const Options& options) {
    const CsvFormat format = options.csvFormat;
    const char separator = format == CsvFormat::Semicolon ? ';' : ',';
    std::string out = "\xEF\xBB\xBF";
    out.reserve(4096 + report.rows.size() * (200 + report.questions.size() * 24));
    // Fields arrive written: text through csvField, numbers we format ourselves as they are
    // (with the format's decimal separator), so that a spreadsheet reads them as numbers.
    auto row = [&](const std::vector<std::string>& fields) {
        for (std::size_t i = 0; i < fields.size(); ++i) {
            if (i > 0) {
                out += separator;
            }
            out += fields[i];
        }
        out += "\r\n";
    };
    std::vector<std::string> header;
    // The column headers, lower case as a spreadsheet's first row; "learner" is the singular
    // of the counted noun, one message with it.
    for (const char* name :
         {I18n::trn("learner", "learners", 1), I18n::tr("learner id"), I18n::tr("uid"),
          I18n::tr("roster id"), I18n::tr("attempts"), I18n::tr("answered"), I18n::tr("right"),
          I18n::tr("score %"), I18n::tr("passed"), I18n::tr("minutes"), I18n::tr("submitted"),
          I18n::tr("status")}) {
        header.push_back(csvField(name));
    }
    for (const auto& c : report.categories) {
        header.push_back(csvField((c.empty() ? std::string(I18n::tr("other")) : c) + " %"));
    }
    for (std::size_t i = 0; i < report.questions.size(); ++i) {
        header.push_back(csvField(questionLabel(i) + " " + report.questions[i].shortText));
    }
    row(header);
    for (const auto& r : report.rows) {
        std::vector<std::string> f{csvField(nameOf(r)),
                                   csvField(r.learnerId),
                                   csvField(r.shortUid),
                                   csvField(r.rosterId),
                                   std::to_string(r.attempts),
                                   std::to_string(r.answered),
                                   std::to_string(r.right),
                                   number(r.score * 100.0, 1, format),
                                   r.passed ? I18n::tr("yes") : I18n::tr("no"),
                                   number(r.minutes, 1, format),
                                   csvField(submittedText(r, options)),
                                   csvField(status(r))};
        for (const auto& c : r.byCategory) {
            f.push_back(c.asked > 0 ? number(c.mean() * 100.0, 1, format) : "");
        }
        for (const auto& cell : r.cells) {
            f.push_back(cell.asked ? csvField(std::string(markOf(cell.outcome)) + " " + cell.given)
                                   : "");
        }
        row(f);
    }
    for (const auto& m : report.missing) {
        std::vector<std::string> f{csvField(m.name),
                                   "",
                                   "",
                                   csvField(m.id),
                                   "0",
                                   "",
                                   "",
                                   "",
                                   "",
                                   "",
                                   "",
                                   csvField(I18n::tr("not submitted"))};
        f.resize(f.size() + report.categories.size() + report.questions.size());
        row(f);
    }
    return out;
}

std::string ReportWriter::html(const core::ClassReport& report, const Options& options) {
    const std::string title =
        report.assignmentTitle.empty() ? report.assignmentId : report.assignmentTitle;
    const auto handedIn = static_cast<long long>(report.rows.size()) - report.unfinishedCount();
    std::string o;
    o.reserve(8192 + report.rows.size() * (400 + report.questions.size() * 80));
    o += "<!DOCTYPE html>\n<html lang=\"" + htmlLang() +
         "\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
         "style-src 'unsafe-inline'\">\n<title>" +
         htmlEscape(I18n::format(I18n::tr("Class report: {1}"), {title})) +
         "</title>\n<style>\n"
         "body{font-family:'DejaVu Sans','Noto Sans',sans-serif;background:#F4EFE6;color:#2A2825;"
         "max-width:78rem;margin:2rem auto;padding:0 1rem;line-height:1.45}\n"
         "h1,h2{font-weight:600}h2{margin-top:2rem}.muted{color:#5E5A54}\n"
         "table{border-collapse:collapse;width:100%;background:#EAE3D6;margin:.5rem 0}"
         "th,td{text-align:left;padding:.3rem .45rem;border-bottom:1px solid #d3cabb;"
         "vertical-align:top}th{background:#DDD3C3}"
         "td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}"
         "td.t,code{white-space:nowrap}\n"
         "tr.open td{font-style:italic;color:#5E5A54}tr.class td{font-weight:600}\n"
         ".scroll{overflow-x:auto}table.grid{font-size:.85rem}"
         "table.grid th{min-width:7rem;max-width:11rem;font-weight:normal}"
         "table.grid th b{display:block}"
         "td.r{background:#D5E4D2}td.p{background:#EFE2B8}td.w{background:#EBCFC8}\n"
         ".tag{font-size:.8rem;border:1px solid #8C3B2E;color:#8C3B2E;border-radius:.2rem;"
         "padding:0 .25rem;margin-left:.3rem;white-space:nowrap}"
         "code{font-size:.9em}\nsvg{max-width:100%;height:auto}"
         "svg text{font-size:13px;fill:#2A2825}\n"
         ".bar{fill:#1F5F66}.bar.miss{fill:#8C3B2E}\n"
         "@media print{body{background:#fff;max-width:none;margin:0;padding:0;font-size:9pt}"
         "table{background:none;page-break-inside:auto}th{background:#eee}"
         "th,td{border-bottom:1px solid #999;padding:.15rem .3rem}"
         "tr{page-break-inside:avoid}thead{display:table-header-group}"
         "h2{page-break-after:avoid}.scroll{overflow:visible}table.grid{font-size:7pt}"
         "table.grid th{min-width:0}td.r,td.p,td.w{background:none}"
         "svg{page-break-inside:avoid}}\n@page{margin:12mm}\n"
         "</style>\n</head>\n<body>\n";
    o += "<h1>" + htmlEscape(I18n::format(I18n::tr("Class report: {1}"), {title})) + "</h1>\n";
    o += "<p class=\"muted\">" +
         htmlEscape(I18n::format(I18n::tr("Assignment {1}"), {report.assignmentId})) +
         " &middot; " +
         htmlEscape(I18n::format(I18n::tr("pass mark {1} %"), {std::to_string(report.passMark)})) +
         " &middot; " +
         htmlEscape(report.keep == core::Assignment::Keep::Best
                        ? I18n::tr("the best handed-in attempt of each learner counts")
                        : I18n::tr("the last handed-in attempt of each learner counts")) +
         " &middot; " + htmlEscape(I18n::tr("times are local, with the offset from UTC.")) +
         "</p>\n";

    o += "<h2>" + htmlEscape(I18n::tr("Summary")) + "</h2>\n<p>" +
         htmlEscape(
             I18n::format(I18n::trn("{1} learner: {2} handed in", "{1} learners: {2} handed in",
                                    static_cast<long long>(report.rows.size())),
                          {std::to_string(report.rows.size()), std::to_string(handedIn)}));
    if (report.unfinishedCount() > 0) {
        o += ", " + htmlEscape(I18n::format(I18n::tr("{1} unfinished"),
                                            {std::to_string(report.unfinishedCount())}));
    }
    o += ". " + htmlEscape(I18n::format(
                    I18n::tr("Mean score {1} %; {2} passed."),
                    {percent(report.meanScore()), std::to_string(report.passedCount())}));
    if (report.hasRoster) {
        o += " " +
             htmlEscape(I18n::format(I18n::trn("{1} learner on the roster has not submitted;",
                                               "{1} learners on the roster have not submitted;",
                                               static_cast<long long>(report.missing.size())),
                                     {std::to_string(report.missing.size())})) +
             " " +
             htmlEscape(I18n::format(I18n::trn("{1} learner not on the roster.",
                                               "{1} learners not on the roster.",
                                               report.notOnRosterCount()),
                                     {std::to_string(report.notOnRosterCount())}));
    }
    if (!report.clashes.empty()) {
        o += " " + htmlEscape(I18n::format(I18n::trn("{1} clash to check (below).",
                                                     "{1} clashes to check (below).",
                                                     static_cast<long long>(report.clashes.size())),
                                           {std::to_string(report.clashes.size())}));
    }
    o += "</p>\n";

    // Learners.
    o += "<h2>" + htmlEscape(I18n::tr("Learners")) +
         "</h2>\n<div class=\"scroll\"><table>\n<thead><tr>" + th(I18n::tr("Learner")) +
         th(I18n::tr("Uid")) + th(I18n::tr("Roster id")) + thn(I18n::tr("Attempts")) +
         thn(I18n::tr("Answered")) + thn(I18n::tr("Right")) + thn(I18n::tr("Score")) +
         th(I18n::tr("Passed")) + thn(I18n::tr("Minutes")) + th(I18n::tr("Submitted")) +
         th(I18n::tr("Status")) + "</tr></thead>\n<tbody>\n";
    for (const auto& r : report.rows) {
        o += std::string(r.unfinished ? "<tr class=\"open\">" : "<tr>") + "<td>" +
             htmlEscape(nameOf(r)) +
             (report.hasRoster && !r.onRoster
                  ? "<span class=\"tag\">" + htmlEscape(I18n::tr("not on the roster")) + "</span>"
                  : std::string()) +
             "</td><td><code>" + htmlEscape(r.shortUid) + "</code></td><td>" +
             htmlEscape(r.rosterId) + "</td><td class=\"n\">" + std::to_string(r.attempts) +
             "</td><td class=\"n\">" + std::to_string(r.answered) + "</td><td class=\"n\">" +
             std::to_string(r.right) + "</td><td class=\"n\">" + percent(r.score) + " %</td><td>" +
             (r.unfinished ? std::string("–")
              : r.passed   ? "✓ " + htmlEscape(I18n::tr("yes"))
                           : "✕ " + htmlEscape(I18n::tr("no"))) +
             "</td><td class=\"n\">" + fixed(r.minutes, 1) + "</td><td class=\"t\">" +
             htmlEscape(submittedText(r, options)) + "</td><td>" + htmlEscape(status(r)) +
             "</td></tr>\n";
    }
    o += "</tbody></table></div>\n";

    // Score distribution: one bar per tenth of the score.
    int top = 1;
    for (int n : report.histogram) {
        top = std::max(top, n);
    }
    o += "<h2>" + htmlEscape(I18n::tr("Score distribution")) + "</h2>\n<p class=\"muted\">" +
         htmlEscape(I18n::tr("Handed-in attempts only.")) +
         "</p>\n<svg role=\"img\" aria-label=\"" + htmlEscape(I18n::tr("Learners per score band")) +
         "\" width=\"620\" height=\"220\" viewBox=\"0 0 620 220\">\n";
    for (std::size_t i = 0; i < report.histogram.size(); ++i) {
        const int n = report.histogram[i];
        const double h = 160.0 * n / top;
        const double x = 20.0 + static_cast<double>(i) * 60.0;
        o += "<rect class=\"bar\" x=\"" + fixed(x, 0) + "\" y=\"" + fixed(180.0 - h, 1) +
             "\" width=\"48\" height=\"" + fixed(h, 1) + "\"><title>" +
             Plural::count(n, "learner", "learners") + "</title></rect>";
        o += "<text x=\"" + fixed(x + 24, 0) + "\" y=\"" + fixed(175.0 - h, 1) +
             "\" text-anchor=\"middle\">" + std::to_string(n) + "</text>";
        o += "<text x=\"" + fixed(x + 24, 0) + "\" y=\"200\" text-anchor=\"middle\">" +
             std::to_string(i * 10) + (i == 9 ? "–100" : "–" + std::to_string(i * 10 + 9)) +
             "</text>\n";
    }
    o += "</svg>\n";

    // Per question: mean score, labelled with the question so that a printout keeps it.
    o += "<h2>" + htmlEscape(I18n::tr("Per question")) + "</h2>\n";
    if (report.questions.empty()) {
        o += "<p>" + htmlEscape(I18n::tr("No answers yet.")) + "</p>\n";
    } else {
        const std::size_t shown = std::min<std::size_t>(report.questions.size(), 60);
        const int height = static_cast<int>(shown) * 22 + 10;
        o += "<svg role=\"img\" aria-label=\"" + htmlEscape(I18n::tr("Mean score per question")) +
             "\" width=\"760\" height=\"" + std::to_string(height) + "\" viewBox=\"0 0 760 " +
             std::to_string(height) + "\">\n";
        for (std::size_t i = 0; i < shown; ++i) {
            const auto& q = report.questions[i];
            const double y = 5.0 + static_cast<double>(i) * 22.0;
            o += "<text x=\"0\" y=\"" + fixed(y + 13, 0) + "\">" + questionLabel(i) + " " +
                 htmlEscape(core::ClassReport::shortText(q.prompt, 44)) +
                 "</text><rect class=\"bar" + (q.mean < 0.5 ? " miss" : "") + "\" x=\"380\" y=\"" +
                 fixed(y, 0) + "\" width=\"" + fixed(300.0 * q.mean, 1) +
                 "\" height=\"16\"><title>" + htmlEscape(q.prompt) + "</title></rect><text x=\"" +
                 fixed(386.0 + 300.0 * q.mean, 1) + "\" y=\"" + fixed(y + 13, 0) + "\">" +
                 percent(q.mean) + " %</text>\n";
        }
        o += "</svg>\n";
        if (shown < report.questions.size()) {
            o += "<p class=\"muted\">" +
                 htmlEscape(I18n::format(
                     I18n::trn("The first {1} of {2} question.", "The first {1} of {2} questions.",
                               static_cast<long long>(report.questions.size())),
                     {std::to_string(shown), std::to_string(report.questions.size())})) +
                 "</p>\n";
        }
    }

    // Results per category.
    if (!report.categories.empty()) {
        o += "<h2>" + htmlEscape(I18n::tr("Results per category")) +
             "</h2>\n<div class=\"scroll\"><table>\n<thead><tr>" + th(I18n::tr("Learner"));
        for (const auto& c : report.categories) {
            o += "<th class=\"n\">" + htmlEscape(c.empty() ? std::string(I18n::tr("other")) : c) +
                 "</th>";
        }
        o += "</tr></thead>\n<tbody>\n";
        auto cells = [&](const std::vector<core::ClassReport::CategoryScore>& scores) {
            std::string s;
            for (const auto& c : scores) {
                s += "<td class=\"n\">" +
                     (c.asked > 0
                          ? percent(c.mean()) + " % <span class=\"muted\">(" +
                                std::to_string(c.right) + "/" + std::to_string(c.asked) + ")</span>"
                          : std::string()) +
                     "</td>";
            }
            return s;
        };
        for (const auto& r : report.rows) {
            o += std::string(r.unfinished ? "<tr class=\"open\">" : "<tr>") + "<td>" +
                 htmlEscape(nameOf(r)) + "</td>" + cells(r.byCategory) + "</tr>\n";
        }
        o += "<tr class=\"class\"><td>" + htmlEscape(I18n::tr("Class")) + "</td>" +
             cells(report.classByCategory) + "</tr>\n";
        o += "</tbody></table></div>\n";
    }

    // Learner × question.
    if (!report.questions.empty()) {
        o += "<h2>" + htmlEscape(I18n::tr("Learner × question")) + "</h2>\n<p class=\"muted\">" +
             htmlEscape(I18n::tr("Each learner's answer in the attempt that counts: ✓ right, ½ "
                                 "partly right, ✕ wrong.")) +
             "</p>\n<div class=\"scroll\"><table class=\"grid\">\n<thead><tr>" +
             th(I18n::tr("Learner"));
        for (std::size_t i = 0; i < report.questions.size(); ++i) {
            o += "<th title=\"" + htmlEscape(report.questions[i].prompt) + "\"><b>" +
                 questionLabel(i) + "</b>" + htmlEscape(report.questions[i].shortText) + "</th>";
        }
        o += "</tr></thead>\n<tbody>\n";
        for (const auto& r : report.rows) {
            o += std::string(r.unfinished ? "<tr class=\"open\">" : "<tr>") + "<td>" +
                 htmlEscape(nameOf(r)) +
                 (r.shortUid.empty() ? "" : " <code>" + htmlEscape(r.shortUid) + "</code>") +
                 "</td>";
            for (const auto& cell : r.cells) {
                if (!cell.asked) {
                    o += "<td></td>";
                    continue;
                }
                o += std::string("<td class=\"") + classOf(cell.outcome) + "\">" +
                     markOf(cell.outcome) + " " +
                     htmlEscape(core::ClassReport::shortText(cell.given, 30)) + "</td>";
            }
            o += "</tr>\n";
        }
        o += "</tbody></table></div>\n";
    }

    // Which wrong answers were chosen.
    o += "<h2>" + htmlEscape(I18n::tr("Wrong answers chosen")) + "</h2>\n";
    bool anyWrong = false;
    for (std::size_t i = 0; i < report.questions.size(); ++i) {
        const auto& q = report.questions[i];
        if (q.wrongAnswers.empty()) {
            continue;
        }
        if (!anyWrong) {
            o += "<table>\n<thead><tr>" + th(I18n::tr("Question")) + th(I18n::tr("Right answer")) +
                 th(I18n::tr("Wrong answer given")) + thn(I18n::tr("Learners")) +
                 "</tr></thead>\n<tbody>\n";
            anyWrong = true;
        }
        for (std::size_t k = 0; k < q.wrongAnswers.size(); ++k) {
            const auto& w = q.wrongAnswers[k];
            o += "<tr>";
            if (k == 0) {
                const std::string span = std::to_string(q.wrongAnswers.size());
                o += "<td rowspan=\"" + span + "\">" + questionLabel(i) + " " +
                     htmlEscape(q.prompt) + "</td><td rowspan=\"" + span + "\">" +
                     htmlEscape(q.right) + "</td>";
            }
            o += "<td>" +
                 htmlEscape(w.given.empty() ? std::string(I18n::tr("(no answer)")) : w.given) +
                 "</td><td class=\"n\">" + std::to_string(w.count) + "</td></tr>\n";
        }
    }
    o += anyWrong ? std::string("</tbody></table>\n")
                  : "<p>" + htmlEscape(I18n::tr("No wrong answers.")) + "</p>\n";

    o += "<h2>" + htmlEscape(I18n::tr("Most missed facts")) + "</h2>\n<table>\n<thead><tr>" +
         th(I18n::tr("Fact")) + th(I18n::tr("Question")) + thn(I18n::tr("Not fully right")) +
         thn(I18n::tr("Asked")) + "</tr></thead>\n<tbody>\n";
    int listed = 0;
    for (const auto& f : report.facts) {
        if (f.wrong == 0 || listed == 10) {
            continue;
        }
        ++listed;
        o += "<tr><td>" + htmlEscape(f.factId) + "</td><td>" + htmlEscape(f.prompt) +
             "</td><td class=\"n\">" + std::to_string(f.wrong) + "</td><td class=\"n\">" +
             std::to_string(f.asked) + "</td></tr>\n";
    }
    o += "</tbody></table>\n";

    if (!report.clashes.empty()) {
        o += "<h2>" + htmlEscape(I18n::tr("Clashes to check")) + "</h2>\n<ul>\n";
        for (const auto& c : report.clashes) {
            std::string uids;
            for (const auto& u : c.shortUids) {
                uids += (uids.empty() ? "" : ", ") + ("<code>" + htmlEscape(u) + "</code>");
            }
            if (c.kind == core::ClassReport::Clash::Kind::SameName) {
                // The names and uids are escaped already; the message has no markup.
                o += "<li>" +
                     I18n::format(I18n::trn("{1} learner named {2} (uids {3}): different "
                                            "profiles, shown as separate rows.",
                                            "{1} learners named {2} (uids {3}): different "
                                            "profiles, shown as separate rows.",
                                            static_cast<long long>(c.shortUids.size())),
                                  {std::to_string(c.shortUids.size()), htmlEscape(c.what), uids}) +
                     "</li>\n";
            } else {
                o += "<li>" +
                     I18n::format(I18n::trn("{1} learner picked roster id {2} (uids {3}).",
                                            "{1} learners picked roster id {2} (uids {3}).",
                                            static_cast<long long>(c.shortUids.size())),
                                  {std::to_string(c.shortUids.size()), htmlEscape(c.what), uids}) +
                     "</li>\n";
            }
        }
        o += "</ul>\n";
    }
    if (report.hasRoster) {
        o += "<h2>" + htmlEscape(I18n::tr("Not on the roster")) + "</h2>\n";
        if (report.notOnRosterCount() == 0) {
            o +=
                "<p>" + htmlEscape(I18n::tr("Everyone who submitted is on the roster.")) + "</p>\n";
        } else {
            o += "<ul>\n";
            for (const auto& r : report.rows) {
                if (!r.onRoster) {
                    o +=
                        "<li>" + htmlEscape(nameOf(r)) +
                        (r.shortUid.empty() ? "" : " <code>" + htmlEscape(r.shortUid) + "</code>") +
                        "</li>\n";
                }
            }
            o += "</ul>\n";
        }
        o += "<h2>" + htmlEscape(I18n::tr("Not submitted")) + "</h2>\n";
        if (report.missing.empty()) {
            o += "<p>" + htmlEscape(I18n::tr("Everyone on the roster has submitted.")) + "</p>\n";
        } else {
            o += "<ul>\n";
            for (const auto& m : report.missing) {
                o += "<li>" + htmlEscape(m.name.empty() ? m.id : m.name) +
                     (m.name.empty() || m.id.empty() ? "" : " (" + htmlEscape(m.id) + ")") +
                     "</li>\n";
            }
            o += "</ul>\n";
        }
    }
    o += "</body>\n</html>\n";
    return o;
}

} // namespace yaddas::io
