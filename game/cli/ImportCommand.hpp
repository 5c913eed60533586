#pragma once

#include <cli/Command.hpp>
#include <cli/TerminalStream.hpp>

#include <iosfwd>
#include <string>

namespace yaddas::cli {

/// `yaddas import moodle FILE [-o MODULE.xml]`: turns a Moodle XML question bank into a lesson
/// module (see core::MoodleImport for what is kept), names each question skipped and why, and
/// checks the module as `yaddas validate` does.
class ImportCommand : public Command {
public:
    ImportCommand(std::ostream& out, std::ostream& err);
    ImportCommand();

    void attach(CLI::App& parent) override;
    int run(const GlobalOptions& options) override;

private:
    TerminalStream out_;
    TerminalStream err_;
    std::string format_;
    std::string file_;
    std::string output_;
    std::string id_;
    std::string title_;
    std::string category_;
};

} // namespace yaddas::cli
