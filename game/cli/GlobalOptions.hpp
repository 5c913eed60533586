#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace yaddas::cli {

/// Options that apply to every verb and to the window.
struct GlobalOptions {
    std::vector<std::filesystem::path> lessonDirs; ///< --lessons: replaces the user lessons folder
    std::filesystem::path dataDir;                 ///< --data-dir: replaces the user data folder
    bool verbose = false;                          ///< --verbose: debug output on the console

    /// The user data folder in force (--data-dir or the default).
    std::filesystem::path effectiveDataDir() const;
    /// The lesson folders in force: the shipped lessons, then --lessons or the user's folder.
    std::vector<std::filesystem::path> effectiveLessonPaths() const;
};

} // namespace yaddas::cli
