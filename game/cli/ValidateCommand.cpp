#include <cli/ValidateCommand.hpp>

#include <io/DataPaths.hpp>
#include <io/LibraryLoader.hpp>

#include <CLI/CLI.hpp>

#include <iostream>

namespace yaddas::cli {

void ValidateCommand::attach(CLI::App& parent) {
    subcommand_ = parent.add_subcommand("validate", "Check lesson modules; exit 1 on any error");
    subcommand_->add_option("paths", paths_, "Module files or folders (default: all lessons)");
}

int ValidateCommand::run(const GlobalOptions& options) {
    std::vector<std::filesystem::path> paths(paths_.begin(), paths_.end());
    if (paths.empty()) {
        paths = options.effectiveLessonPaths();
    }
    auto result = io::LibraryLoader::load(paths, io::DataPaths::sourceText());
    for (const auto& d : result.diagnostics) {
        std::cout << d.format() << '\n';
    }
    return core::hasErrors(result.diagnostics) ? 1 : 0;
}

} // namespace yaddas::cli
