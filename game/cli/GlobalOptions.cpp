#include <cli/GlobalOptions.hpp>

#include <io/DataPaths.hpp>

namespace yaddas::cli {

std::filesystem::path GlobalOptions::effectiveDataDir() const {
    return dataDir.empty() ? io::DataPaths::userData() : dataDir;
}

std::vector<std::filesystem::path> GlobalOptions::effectiveLessonPaths() const {
    std::vector<std::filesystem::path> paths{io::DataPaths::shippedLessons()};
    if (lessonDirs.empty()) {
        paths.push_back(effectiveDataDir() / "lessons");
    } else {
        paths.insert(paths.end(), lessonDirs.begin(), lessonDirs.end());
    }
    return paths;
}

} // namespace yaddas::cli
