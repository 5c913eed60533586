#pragma once

#include <cli/Command.hpp>

namespace yaddas::cli {

/// `yaddas progress`: print a readable summary of a learner's progress.
class ProgressCommand : public Command {
public:
    void attach(CLI::App& parent) override;
    int run(const GlobalOptions& options) override;
};

} // namespace yaddas::cli
