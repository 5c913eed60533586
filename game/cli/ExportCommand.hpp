#pragma once

#include <cli/Command.hpp>
#include <cli/TerminalStream.hpp>

#include <core/Library.hpp>
#include <core/MoodleQuestion.hpp>

#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

namespace yaddas::cli {

/// `yaddas export moodle [--module ID | --assignment FILE] -o FILE`: writes questions as
/// Moodle XML, one category per module ("$course$/Yaddas/<module title>").
class ExportCommand : public Command {
public:
    ExportCommand(std::ostream& out, std::ostream& err);
    ExportCommand();

    void attach(CLI::App& parent) override;
    int run(const GlobalOptions& options) override;

    /// Every question the quiz engine makes about a module's facts (each kind a fact lends
    /// itself to, authored questions, and the group questions), as Moodle questions.
    static std::vector<core::MoodleQuestion>
    moduleQuestions(const core::Library& library, const core::Module& module, std::uint64_t seed);

private:
    TerminalStream out_;
    TerminalStream err_;
    std::string format_;
    std::string module_;
    std::string assignment_;
    std::string output_;
    std::uint64_t seed_ = 1;
};

} // namespace yaddas::cli
