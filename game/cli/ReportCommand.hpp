#pragma once

#include <cli/Command.hpp>
#include <cli/TerminalStream.hpp>

#include <core/ClassReport.hpp>
#include <core/Diagnostic.hpp>

#include <filesystem>
#include <iosfwd>
#include <string>
#include <vector>

namespace yaddas::cli {

/// `yaddas report FOLDER [--roster FILE] [-o OUTDIR] [--csv-format comma|semicolon]`: reads
/// every results file of an assignment in FOLDER and writes ASSIGNMENT-report.csv, .html and
/// .xlsx, then prints a short summary. Malformed and foreign files are skipped with a warning
/// each. The CSV's format follows the locale (LC_ALL, LC_NUMERIC, LANG) unless given.
class ReportCommand : public Command {
public:
    ReportCommand(std::ostream& out, std::ostream& err);
    ReportCommand();

    void attach(CLI::App& parent) override;
    int run(const GlobalOptions& options) override;

private:
    TerminalStream out_;
    TerminalStream err_;
    std::string folder_;
    std::string roster_;
    std::string output_;
    std::string assignment_;
    std::string csvFormat_;
};

} // namespace yaddas::cli
