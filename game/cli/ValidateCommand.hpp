#pragma once

#include <cli/Command.hpp>
#include <cli/TerminalStream.hpp>

#include <iosfwd>
#include <string>
#include <vector>

namespace yaddas::cli {

/// `yaddas validate [PATH...]`: checks lesson modules and prints `file:line: what is wrong`
/// for every problem, then a one-line summary; the exit code is 1 on any error, else 0.
///
/// With no PATH it checks every module the app would load (shipped and user lessons). With
/// PATHs (files or folders) it checks those, against the app's lessons: a teacher's module may
/// refer to facts of the shipped ones and must not reuse their ids. `--alone` checks the PATHs
/// only among themselves. `--upgrade FILE…` first rewrites format-1 modules as format 2.
class ValidateCommand : public Command {
public:
    /// Messages and the summary go to `out` (standard output in the app, a buffer in tests).
    explicit ValidateCommand(std::ostream& out);
    ValidateCommand();

    void attach(CLI::App& parent) override;
    int run(const GlobalOptions& options) override;

private:
    TerminalStream out_;
    std::vector<std::string> paths_;
    bool alone_ = false;
    bool upgrade_ = false;

    /// `--upgrade`: rewrites each named format-1 file as format 2; false on any failure.
    bool upgradeFiles();
};

} // namespace yaddas::cli
