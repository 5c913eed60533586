#include <io/DataPaths.hpp>

#include <cstdlib>
#include <system_error>

namespace yaddas::io {
namespace fs = std::filesystem;

namespace {

fs::path fromEnv(const char* name) {
    const char* value = std::getenv(name);
    return value != nullptr && *value != '\0' ? fs::path(value) : fs::path();
}

bool hasLessons(const fs::path& dir) {
    std::error_code ec;
    return fs::is_directory(dir / "lessons", ec);
}

} // namespace

fs::path DataPaths::userData() {
    if (fs::path xdg = fromEnv("XDG_DATA_HOME"); !xdg.empty() && xdg.is_absolute()) {
        return xdg / "yaddas";
    }
    if (fs::path home = fromEnv("HOME"); !home.empty()) {
        return home / ".local" / "share" / "yaddas";
    }
    // No home at all (a locked-down lab account): keep data beside the working directory.
    return fs::current_path() / ".yaddas";
}

fs::path DataPaths::userLessons() { return userData() / "lessons"; }

fs::path DataPaths::shippedData() {
    if (fs::path env = fromEnv("YADDAS_DATA_DIR"); !env.empty()) {
        return env;
    }
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        const fs::path installed = exe.parent_path().parent_path() / "share" / "yaddas";
        if (hasLessons(installed)) {
            return installed;
        }
    }
    const fs::path sourceTree = YADDAS_SOURCE_DIR;
    if (hasLessons(sourceTree)) {
        return sourceTree;
    }
    return fs::path(YADDAS_INSTALL_DATADIR);
}

} // namespace yaddas::io
