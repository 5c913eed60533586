#pragma once

#include <cli/Command.hpp>
#include <cli/TerminalStream.hpp>

#include <cstdint>
#include <functional>
#include <iosfwd>
#include <string>

namespace yaddas::cli {

/// `yaddas progress [--learner NAME]`: a readable summary of one learner's progress, or of
/// every learner on this computer. Reads the files only, so it works while the app is open.
class ProgressCommand : public Command {
public:
    ProgressCommand();
    /// For tests: where to print, and the time to count due reviews and streaks from.
    ProgressCommand(std::ostream& out, std::ostream& err, std::function<std::int64_t()> clock);

    void attach(CLI::App& parent) override;
    int run(const GlobalOptions& options) override;

private:
    TerminalStream out_;
    TerminalStream err_;
    std::function<std::int64_t()> clock_;
    std::string learner_;
};

} // namespace yaddas::cli
