#include <cli/QuestionsCommand.hpp>

#include <CLI/CLI.hpp>

#include <iostream>

namespace yaddas::cli {

void QuestionsCommand::attach(CLI::App& parent) {
    subcommand_ = parent.add_subcommand("questions", "Print a quiz's generated questions as XML");
}

int QuestionsCommand::run(const GlobalOptions&) {
    std::cerr << "yaddas questions: not available yet\n";
    return 1;
}

} // namespace yaddas::cli
