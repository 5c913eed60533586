#include <cli/ReportCommand.hpp>

#include <core/I18n.hpp>

#include <io/AtomicFile.hpp>
#include <io/ReportSpreadsheet.hpp>
#include <io/ReportWriter.hpp>
#include <io/ResultsReader.hpp>
#include <io/TextFile.hpp>

#include <core/Plural.hpp>
#include <core/Roster.hpp>

#include <CLI/CLI.hpp>

#include <cstdio>
#include <iostream>
#include <sstream>

namespace yaddas::cli {

using core::I18n;
namespace fs = std::filesystem;

ReportCommand::ReportCommand(std::ostream& out, std::ostream& err) : out_(out), err_(err) {}

ReportCommand::ReportCommand() : ReportCommand(std::cout, std::cerr) {}

void ReportCommand::attach(CLI::App& parent) {
    subcommand_ = parent.add_subcommand(
        "report",
        I18n::tr("Class report (CSV, HTML and XLSX) from a folder of learners' results files"));
    subcommand_->add_option("folder", folder_, I18n::tr("Folder of results files"))->required();
    subcommand_->add_option("--roster", roster_,
                            I18n::tr("Class list: one learner a line (id, name, or id,name)"));
    subcommand_->add_option("-o,--output", output_,
                            I18n::tr("Folder to write the report to (default: FOLDER)"));
    subcommand_->add_option(
        "--assignment", assignment_,
        I18n::tr("Assignment id to report on (default: the one most files are of)"));
    subcommand_
        ->add_option("--csv-format", csvFormat_,
                     I18n::tr("CSV for a spreadsheet whose decimal separator is '.' (comma: ',' "
                              "between fields) or ',' (semicolon: ';' between fields, decimal "
                              "comma); default from LC_ALL, LC_NUMERIC or LANG"))
        ->check(CLI::IsMember({"comma", "semicolon"}));
}

int ReportCommand::run(const GlobalOptions&) {
    std::error_code ec;
    if (!fs::is_directory(folder_, ec)) {
        err_ << "yaddas report: " << folder_ << ": " << I18n::tr("not a folder") << '\n';
        return 2;
    }
    std::vector<core::ClassReport::RosterEntry> roster;
    if (!roster_.empty()) {
        auto text = io::TextFile::read(roster_, roster_, 4u * 1024u * 1024u);
        if (!text.text) {
            for (const auto& d : text.diagnostics) {
                err_ << d.format() << '\n';
            }
            return 1;
        }
        // One reader for class lists: the one `yaddas assign --roster` uses.
        const core::Roster::Parsed parsed = core::Roster::parse(*text.text, roster_);
        for (const auto& d : parsed.diagnostics) {
            err_ << d.format() << '\n';
        }
        if (core::hasErrors(parsed.diagnostics)) {
            return 1;
        }
        for (const core::Roster::Entry& e : parsed.entries) {
            roster.push_back({e.id, e.name});
        }
    }
    auto folder = io::ResultsReader::readFolder(folder_, assignment_);
    for (const auto& w : folder.warnings) {
        err_ << w.format() << '\n';
    }
    if (folder.results.empty()) {
        err_ << "yaddas report: "
             << (assignment_.empty() ? I18n::format(I18n::tr("no results files in {1}"), {folder_})
                                     : I18n::format(I18n::tr("no results files of '{1}' in {2}"),
                                                    {assignment_, folder_}))
             << '\n';
        return 1;
    }
    const auto report = core::ClassReport::build(folder.results, roster);
    io::ReportWriter::Options options;
    options.csvFormat = csvFormat_.empty() ? io::ReportWriter::csvFormatFromEnvironment()
                                           : io::ReportWriter::csvFormatFromName(csvFormat_)
                                                 .value_or(io::ReportWriter::CsvFormat::Comma);
    const fs::path outDir = output_.empty() ? fs::path(folder_) : fs::path(output_);
    fs::create_directories(outDir, ec);
    std::string base = report.assignmentId;
    for (char& c : base) {
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
            c = '_';
        }
    }
    const fs::path csv = outDir / (base + "-report.csv");
    const fs::path html = outDir / (base + "-report.html");
    const fs::path xlsx = outDir / (base + "-report.xlsx");
    // Every output is checked first, so that a refused one leaves none half-written.
    for (const fs::path& path : {csv, html, xlsx}) {
        if (auto refused = io::AtomicFile::refusal(path)) {
            err_ << "yaddas report: " << refused->message << '\n';
            return 1;
        }
    }
    // The report folder is often the shared results folder: no .bak copies are left in it.
    for (const auto& [path, content] : {std::pair{csv, io::ReportWriter::csv(report, options)},
                                        std::pair{html, io::ReportWriter::html(report, options)}}) {
        auto written = io::AtomicFile::write(path, content, io::AtomicFile::Backup::None);
        if (!written) {
            // AtomicFile's messages name the file.
            err_ << "yaddas report: " << written.error().message << '\n';
            return 1;
        }
    }
    if (auto written = io::ReportSpreadsheet::write(report, xlsx, options); !written) {
        err_ << "yaddas report: " << written.error().message << '\n';
        return 1;
    }
    using core::Plural;
    char mean[32];
    std::snprintf(mean, sizeof mean, "%.1f", report.meanScore() * 100.0);
    out_ << I18n::format(I18n::tr("Assignment: {1} ({2})"),
                         {report.assignmentTitle, report.assignmentId})
         << '\n'
         << I18n::format(
                I18n::tr("{1}, mean score {2} %, {3} passed (pass mark {4} %)"),
                {Plural::count(static_cast<long long>(report.rows.size()), "learner", "learners"),
                 mean, std::to_string(report.passedCount()), std::to_string(report.passMark)})
         << '\n';
    if (report.unfinishedCount() > 0) {
        out_ << I18n::format(
                    I18n::tr("{1} unfinished (an attempt not handed in; not counted in the mean)"),
                    {std::to_string(report.unfinishedCount())})
             << '\n';
    }
    if (!report.facts.empty() && report.facts.front().wrong > 0) {
        // The question as the class saw it; the fact id alone means nothing to a teacher.
        const auto& f = report.facts.front();
        out_ << I18n::format(I18n::tr("Most missed: {1} ({2}, {3} of {4} not fully right)"),
                             {core::ClassReport::shortText(f.prompt, 60), f.factId,
                              std::to_string(f.wrong), std::to_string(f.asked)})
             << '\n';
    }
    if (report.hasRoster) {
        out_ << I18n::format(I18n::trn("{1} learner on the roster has not submitted",
                                       "{1} learners on the roster have not submitted",
                                       static_cast<long long>(report.missing.size())),
                             {std::to_string(report.missing.size())})
             << '\n'
             << I18n::format(I18n::trn("{1} learner submitted but is not on the roster",
                                       "{1} learners submitted but are not on the roster",
                                       report.notOnRosterCount()),
                             {std::to_string(report.notOnRosterCount())})
             << '\n';
    }
    for (const auto& c : report.clashes) {
        std::string uids;
        for (const auto& u : c.shortUids) {
            uids += (uids.empty() ? "" : ", ") + u;
        }
        const auto n = static_cast<long long>(c.shortUids.size());
        out_ << I18n::format(c.kind == core::ClassReport::Clash::Kind::SameName
                                 ? I18n::trn("Clash: {1} learner named {2} (uids {3})",
                                             "Clash: {1} learners named {2} (uids {3})", n)
                                 : I18n::trn("Clash: {1} learner picked roster id {2} (uids {3})",
                                             "Clash: {1} learners picked roster id {2} (uids {3})",
                                             n),
                             {std::to_string(n), c.what, uids})
             << '\n';
    }
    if (!folder.warnings.empty()) {
        out_ << I18n::format(I18n::trn("{1} file skipped or questioned (see above)",
                                       "{1} files skipped or questioned (see above)",
                                       static_cast<long long>(folder.warnings.size())),
                             {std::to_string(folder.warnings.size())})
             << '\n';
    }
    for (const fs::path& file : {csv, html, xlsx}) {
        out_ << I18n::format(I18n::tr("wrote {1}"), {file.string()}) << '\n';
    }
    return 0;
}

} // namespace yaddas::cli
