#include <cli/ReportCommand.hpp>

#include <io/AtomicFile.hpp>
#include <io/ReportWriter.hpp>
#include <io/ResultsReader.hpp>
#include <io/TextFile.hpp>

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
        "report", "Class report (CSV and HTML) from a folder of learners' results files");
    subcommand_->add_option("folder", folder_, "Folder of results files")->required();
    subcommand_->add_option("--roster", roster_,
                            "Class list: one learner a line (id, name, or id,name)");
    subcommand_->add_option("-o,--output", output_,
                            "Folder to write the report to (default: "
                            "FOLDER)");
    subcommand_->add_option("--assignment", assignment_,
                            "Assignment id to report on (default: the one most files are of)");
}

std::vector<core::ClassReport::RosterEntry> ReportCommand::readRoster(const std::string& text) {
    std::vector<core::ClassReport::RosterEntry> out;
    std::istringstream in(text);
    std::string line;
    auto trim = [](std::string s) {
        const auto b = s.find_first_not_of(" \t\r\"");
        const auto e = s.find_last_not_of(" \t\r\"");
        return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
    };
    while (std::getline(in, line)) {
        line = trim(line);
        if (line.empty() || line[0] == '#') {
            continue;
        }
        core::ClassReport::RosterEntry e;
        if (const auto comma = line.find(','); comma != std::string::npos) {
            e.id = trim(line.substr(0, comma));
            e.name = trim(line.substr(comma + 1));
        } else {
            e.name = line;
        }
        out.push_back(std::move(e));
    }
    return out;
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
        roster = readRoster(*text.text);
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
    // Both outputs are checked first, so that a refused one leaves neither half-written.
    for (const fs::path& path : {csv, html}) {
        if (auto refused = io::AtomicFile::refusal(path)) {
            err_ << "yaddas report: " << refused->message << '\n';
            return 1;
        }
    }
    for (const auto& [path, content] : {std::pair{csv, io::ReportWriter::csv(report)},
                                        std::pair{html, io::ReportWriter::html(report)}}) {
        auto written = io::AtomicFile::write(path, content);
        if (!written) {
            // AtomicFile's messages name the file.
            err_ << "yaddas report: " << written.error().message << '\n';
            return 1;
        }
    }
    char mean[32];
    std::snprintf(mean, sizeof mean, "%.1f", report.meanScore() * 100.0);
    out_ << "Assignment: " << report.assignmentTitle << " (" << report.assignmentId << ")\n"
         << report.rows.size() << " learners, mean score " << mean << " %, " << report.passedCount()
         << " passed (pass mark " << report.passMark << " %)\n";
    if (!report.facts.empty() && report.facts.front().wrong > 0) {
        out_ << "Most missed: " << report.facts.front().factId << '\n';
    }
    if (report.hasRoster) {
        out_ << report.missing.size() << " on the roster have not submitted\n";
    }
    if (!folder.warnings.empty()) {
        out_ << folder.warnings.size() << " files skipped or questioned (see above)\n";
    }
    out_ << "wrote " << csv.string() << "\nwrote " << html.string() << '\n';
    return 0;
}

} // namespace yaddas::cli
