#pragma once

#include <cli/Command.hpp>

namespace yaddas::cli {

/// `yaddas questions`: print a quiz's generated questions as XML.
class QuestionsCommand : public Command {
public:
    void attach(CLI::App& parent) override;
    int run(const GlobalOptions& options) override;
};

} // namespace yaddas::cli
