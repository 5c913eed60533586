#include <cli/ReportCommand.hpp>

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
namespace fs = std::filesystem;

ReportCommand::ReportCommand(std::ostream& out, std::ostream& err) : out_(out), err_(err) {}

ReportCommand::ReportCommand() : ReportCommand(std::cout, std::cerr) {}

void ReportCommand::attach(CLI::App& parent) {
    subcommand_ = parent.add_subcommand(
        "report", "Class report (CSV, HTML and XLSX) from a folder of learners' results files");
    subcommand_->add_option("folder", folder_, "Folder of results files")->required();
    subcommand_->add_option("--roster", roster_,
                            "Class list: one learner a line (id, name, or id,name)");
    subcommand_->add_option("-o,--output", output_,
                            "Folder to write the report to (default: "
                            "FOLDER)");
    subcommand_->add_option("--assignment", assignment_,
                            "Assignment id to report on (default: the one most files are of)");
    subcommand_
        ->add_option("--csv-format", csvFormat_,
                     "CSV for a spreadsheet whose decimal separator is '.' (comma: ',' between "
                     "fields) or ',' (semicolon: ';' between fields, decimal comma); default "
                     "from LC_ALL, LC_NUMERIC or LANG")
        ->check(CLI::IsMember({"comma", "semicolon"}));
}

int ReportCommand::run(const GlobalOptions&) {
    std::error_code ec;
    if (!fs::is_directory(folder_, ec)) {
        err_ << "yaddas report: " << folder_ << ": not a folder\n";
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
        err_ << "yaddas report: no results files" +
                    (assignment_.empty() ? std::string() : " of '" + assignment_ + "'") + " in " +
                    folder_ + "\n";
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
    out_ << "Assignment: " << report.assignmentTitle << " (" << report.assignmentId << ")\n"
         << Plural::count(static_cast<long long>(report.rows.size()), "learner", "learners")
         << ", mean score " << mean << " %, " << report.passedCount() << " passed (pass mark "
         << report.passMark << " %)\n";
    if (report.unfinishedCount() > 0) {
        out_ << report.unfinishedCount()
             << " unfinished (an attempt not handed in; not counted in the mean)\n";
    }
    if (!report.facts.empty() && report.facts.front().wrong > 0) {
        // The question as the class saw it; the fact id alone means nothing to a teacher.
        const auto& f = report.facts.front();
        out_ << "Most missed: " << core::ClassReport::shortText(f.prompt, 60) << " (" << f.factId
             << ", " << f.wrong << " of " << f.asked << " not fully right)\n";
    }
    if (report.hasRoster) {
        out_ << Plural::count(static_cast<long long>(report.missing.size()), "learner", "learners")
             << " on the roster " << (report.missing.size() == 1 ? "has" : "have")
             << " not submitted\n"
             << Plural::count(report.notOnRosterCount(), "learner", "learners") << " submitted but "
             << (report.notOnRosterCount() == 1 ? "is" : "are") << " not on the roster\n";
    }
    for (const auto& c : report.clashes) {
        std::string uids;
        for (const auto& u : c.shortUids) {
            uids += (uids.empty() ? "" : ", ") + u;
        }
        out_ << (c.kind == core::ClassReport::Clash::Kind::SameName
                     ? "Clash: " + std::to_string(c.shortUids.size()) + " learners named " + c.what
                     : "Clash: " + std::to_string(c.shortUids.size()) +
                           " learners picked roster id " + c.what)
             << " (uids " << uids << ")\n";
    }
    if (!folder.warnings.empty()) {
        out_ << Plural::count(static_cast<long long>(folder.warnings.size()), "file", "files")
             << " skipped or questioned (see above)\n";
    }
    out_ << "wrote " << csv.string() << "\nwrote " << html.string() << "\nwrote " << xlsx.string()
         << '\n';
    return 0;
}

} // namespace yaddas::cli
