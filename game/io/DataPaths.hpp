#pragma once

#include <filesystem>

namespace yaddas::io {

/// Where the app's files live: shipped lessons and assets (read-only) and the user's own data.
class DataPaths {
public:
    /// The user data folder: $XDG_DATA_HOME/yaddas, else ~/.local/share/yaddas.
    static std::filesystem::path userData();
    /// Lessons a teacher or learner adds without a rebuild: userData()/lessons.
    static std::filesystem::path userLessons();
    /// The shipped read-only data: $YADDAS_DATA_DIR if set; else ../share/yaddas beside the
    /// executable (an installed copy, wherever it was installed); else the source tree (a build).
    static std::filesystem::path shippedData();
    static std::filesystem::path shippedLessons() { return shippedData() / "lessons"; }
    static std::filesystem::path assets() { return shippedData() / "assets"; }
    /// The source text the lessons are derived from, shipped beside them.
    static std::filesystem::path sourceText() { return shippedLessons() / "source-text.txt"; }
};

} // namespace yaddas::io
