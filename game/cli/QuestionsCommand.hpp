#pragma once

#include <cli/Command.hpp>
#include <cli/TerminalStream.hpp>

#include <cstddef>
#include <cstdint>
#include <iostream>
#include <ostream>
#include <string>
#include <vector>

namespace yaddas::cli {

/// `yaddas questions [--module ID] [--category C] [--count N] [--seed N]`: prints the quiz the
/// generator builds as XML (format: game/cli/README.md), so a teacher can look at it before
/// assigning it. With a module: the quiz after that module; without: an exam over all modules.
/// Unknown module or category: a message and exit code 2. `--lint [--seeds N] [FILE…]` checks
/// every question the lessons (or the FILEs) can give instead, and lists each defect.
class QuestionsCommand : public Command {
public:
    /// The XML goes to `out`; load errors and messages to `err`.
    explicit QuestionsCommand(std::ostream& out = std::cout, std::ostream& err = std::cerr)
        : out_(out), err_(err) {}

    void attach(CLI::App& parent) override;
    int run(const GlobalOptions& options) override;

private:
    TerminalStream out_;
    TerminalStream err_;
    std::string module_;
    std::string category_;
    std::size_t count_ = 10;
    std::uint64_t seed_ = 1;
    bool lint_ = false;
    std::size_t seeds_ = 50;
    std::vector<std::string> files_;

    /// `--lint`: every question of every module (or of the FILEs) over `seeds_` seeds, checked
    /// by core::QuestionLinter; exit 1 when any has a defect.
    int lint(const GlobalOptions& options);
};

} // namespace yaddas::cli
