#include <io/ReportWriter.hpp>

#include <core/UtcTime.hpp>
#include <io/HtmlText.hpp>

#include <algorithm>
#include <cstdio>

namespace yaddas::io {
namespace {

std::string fixed(double v, int decimals) {
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, v);
    return buffer;
}

std::string percent(double score) {
    return fixed(score * 100.0, 1);
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

std::string ReportWriter::csv(const core::ClassReport& report) {
    std::string out = "\xEF\xBB\xBF";
    // Fields arrive written: text through csvField, numbers we format ourselves as they are, so
    // that a spreadsheet still reads them as numbers.
    auto row = [&](const std::vector<std::string>& fields) {
        for (std::size_t i = 0; i < fields.size(); ++i) {
            out += (i == 0 ? "" : ",") + fields[i];
        }
        out += "\r\n";
    };
    std::vector<std::string> header;
    for (const char* name : {"learner id", "name", "attempts", "score %", "right", "answered",
                             "passed", "submitted (UTC)", "minutes"}) {
        header.push_back(csvField(name));
    }
    row(header);
    for (const auto& r : report.rows) {
        row({csvField(r.learnerId), csvField(r.learnerName), std::to_string(r.attempts),
             percent(r.score), std::to_string(r.right), std::to_string(r.answered),
             r.passed ? "yes" : "no", r.submitted > 0 ? core::UtcTime::format(r.submitted) : "",
             fixed(r.minutes, 1)});
    }
    for (const auto& m : report.missing) {
        row({csvField(m.id), csvField(m.name), "0", "", "", "", "not submitted", "", ""});
    }
    return out;
}

std::string ReportWriter::html(const core::ClassReport& report) {
    const std::string title =
        report.assignmentTitle.empty() ? report.assignmentId : report.assignmentTitle;
    std::string o;
    o.reserve(4096 + report.rows.size() * 200);
    o += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
         "style-src 'unsafe-inline'\">\n<title>Class report: " +
         htmlEscape(title) +
         "</title>\n<style>\n"
         "body{font-family:'DejaVu Sans','Noto Sans',sans-serif;background:#F4EFE6;color:#2A2825;"
         "max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5}\n"
         "h1,h2{font-weight:600}h2{margin-top:2rem}.muted{color:#5E5A54}\n"
         "table{border-collapse:collapse;width:100%;background:#EAE3D6}"
         "th,td{text-align:left;padding:.3rem .6rem;border-bottom:1px solid #d3cabb}"
         "td.n{text-align:right}\nsvg text{font-size:12px;fill:#2A2825}\n"
         ".bar{fill:#1F5F66}.bar.miss{fill:#8C3B2E}\n</style>\n</head>\n<body>\n";
    o += "<h1>Class report: " + htmlEscape(title) + "</h1>\n";
    o += "<p class=\"muted\">Assignment " + htmlEscape(report.assignmentId) +
         " &middot; pass mark " + std::to_string(report.passMark) + " % &middot; the " +
         (report.keep == core::Assignment::Keep::Best ? "best" : "last") +
         " attempt of each learner counts.</p>\n";
    o += "<h2>Summary</h2>\n<p>" + std::to_string(report.rows.size()) +
         " learners submitted; mean score " + percent(report.meanScore()) + " %; " +
         std::to_string(report.passedCount()) + " passed.";
    if (report.hasRoster) {
        o += " " + std::to_string(report.missing.size()) + " on the roster have not submitted.";
    }
    o += "</p>\n";

    // Score distribution: one bar per tenth of the score.
    int top = 1;
    for (int n : report.histogram) {
        top = std::max(top, n);
    }
    o += "<h2>Score distribution</h2>\n<svg role=\"img\" aria-label=\"Learners per score band\" "
         "width=\"620\" height=\"220\" viewBox=\"0 0 620 220\">\n";
    for (std::size_t i = 0; i < report.histogram.size(); ++i) {
        const int n = report.histogram[i];
        const double h = 160.0 * n / top;
        const double x = 20.0 + static_cast<double>(i) * 60.0;
        o += "<rect class=\"bar\" x=\"" + fixed(x, 0) + "\" y=\"" + fixed(180.0 - h, 1) +
             "\" width=\"48\" height=\"" + fixed(h, 1) + "\"><title>" + std::to_string(n) +
             " learners</title></rect>";
        o += "<text x=\"" + fixed(x + 24, 0) + "\" y=\"" + fixed(175.0 - h, 1) +
             "\" text-anchor=\"middle\">" + std::to_string(n) + "</text>";
        o += "<text x=\"" + fixed(x + 24, 0) + "\" y=\"200\" text-anchor=\"middle\">" +
             std::to_string(i * 10) + (i == 9 ? "–100" : "–" + std::to_string(i * 10 + 9)) +
             "</text>\n";
    }
    o += "</svg>\n";

    // Per-question difficulty: mean score per fact, hardest first.
    o += "<h2>Per-question difficulty</h2>\n";
    if (report.facts.empty()) {
        o += "<p>No answers yet.</p>\n";
    } else {
        const std::size_t shown = std::min<std::size_t>(report.facts.size(), 40);
        const int height = static_cast<int>(shown) * 22 + 10;
        o += "<svg role=\"img\" aria-label=\"Mean score per fact\" width=\"620\" height=\"" +
             std::to_string(height) + "\" viewBox=\"0 0 620 " + std::to_string(height) + "\">\n";
        for (std::size_t i = 0; i < shown; ++i) {
            const auto& f = report.facts[i];
            const double y = 5.0 + static_cast<double>(i) * 22.0;
            o += "<text x=\"0\" y=\"" + fixed(y + 14, 0) + "\">" + htmlEscape(f.factId) +
                 "</text><rect class=\"bar\" x=\"220\" y=\"" + fixed(y, 0) + "\" width=\"" +
                 fixed(300.0 * f.mean, 1) + "\" height=\"16\"><title>" + htmlEscape(f.prompt) +
                 "</title></rect><text x=\"" + fixed(226.0 + 300.0 * f.mean, 1) + "\" y=\"" +
                 fixed(y + 14, 0) + "\">" + percent(f.mean) + " %</text>\n";
        }
        o += "</svg>\n";
    }

    o += "<h2>Most missed facts</h2>\n<table>\n<tr><th>Fact</th><th>Question</th>"
         "<th>Not fully right</th><th>Asked</th></tr>\n";
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
    o += "</table>\n";

    o += "<h2>Learners</h2>\n<table>\n<tr><th>Name</th><th>Id</th><th>Attempts</th>"
         "<th>Score</th><th>Passed</th><th>Submitted (UTC)</th></tr>\n";
    for (const auto& r : report.rows) {
        o += "<tr><td>" + htmlEscape(r.learnerName) + "</td><td>" + htmlEscape(r.learnerId) +
             "</td><td class=\"n\">" + std::to_string(r.attempts) + "</td><td class=\"n\">" +
             percent(r.score) + " %</td><td>" + (r.passed ? "✓ yes" : "✕ no") + "</td><td>" +
             (r.submitted > 0 ? core::UtcTime::format(r.submitted) : "") + "</td></tr>\n";
    }
    o += "</table>\n";
    if (report.hasRoster) {
        o += "<h2>Not submitted</h2>\n";
        if (report.missing.empty()) {
            o += "<p>Everyone on the roster has submitted.</p>\n";
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
