#pragma once

#include <filesystem>

namespace yaddas::cli {

/// Warnings and errors to the console (everything with --verbose), info and above to a rotating
/// log file in the user data folder. A folder that cannot be written only loses the file log.
void setupLogging(const std::filesystem::path& dataDir, bool verbose);

} // namespace yaddas::cli
