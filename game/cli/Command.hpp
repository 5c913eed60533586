#pragma once

#include <cli/GlobalOptions.hpp>

#include <string>

namespace CLI {
class App;
}

namespace yaddas::cli {

/// One command-line verb: it declares its own options and runs when chosen.
class Command {
public:
    virtual ~Command() = default;
    /// Adds the verb as a subcommand of `parent`, with its options.
    virtual void attach(CLI::App& parent) = 0;
    /// Runs the verb; the return value is the process exit code.
    virtual int run(const GlobalOptions& options) = 0;
    /// True when the command line chose this verb.
    bool chosen() const;

protected:
    CLI::App* subcommand_ = nullptr;
};

} // namespace yaddas::cli
