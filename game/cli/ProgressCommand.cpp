#include <cli/ProgressCommand.hpp>

#include <CLI/CLI.hpp>

#include <iostream>

namespace yaddas::cli {

void ProgressCommand::attach(CLI::App& parent) {
    subcommand_ = parent.add_subcommand("progress", "Print a readable summary of a learner's progress");
}

int ProgressCommand::run(const GlobalOptions&) {
    std::cerr << "yaddas progress: not available yet\n";
    return 1;
}

} // namespace yaddas::cli
