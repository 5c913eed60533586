#include <cli/Command.hpp>

#include <CLI/CLI.hpp>

namespace yaddas::cli {

bool Command::chosen() const { return subcommand_ != nullptr && subcommand_->parsed(); }

} // namespace yaddas::cli
