#pragma once

#include <cli/Command.hpp>
#include <cli/TerminalStream.hpp>

#include <iosfwd>
#include <string>
#include <vector>

namespace yaddas::cli {

/// `yaddas assign`: makes an assignment file for a class (format: game/io/ASSIGNMENTS.md),
/// after checking its modules and categories against the loaded library.
class AssignCommand : public Command {
public:
    AssignCommand(std::ostream& out, std::ostream& err);
    AssignCommand();

    void attach(CLI::App& parent) override;
    int run(const GlobalOptions& options) override;

private:
    TerminalStream out_;
    TerminalStream err_;
    std::string title_;
    std::string id_;
    std::vector<std::string> modules_;
    std::vector<std::string> categories_;
    long long count_ = 10;
    std::string seed_;
    bool perLearner_ = false;
    long long passMark_ = 60;
    std::string due_;
    long long attempts_ = 1;
    long long timeLimit_ = 0;
    std::string keep_ = "best";
    std::string output_;
    std::string roster_;
};

} // namespace yaddas::cli
