#pragma once

#include <cli/Command.hpp>

#include <string>
#include <vector>

namespace yaddas::cli {

/// `yaddas validate [PATH...]`: checks lesson modules and prints file:line messages.
class ValidateCommand : public Command {
public:
    void attach(CLI::App& parent) override;
    int run(const GlobalOptions& options) override;

private:
    std::vector<std::string> paths_;
};

} // namespace yaddas::cli
