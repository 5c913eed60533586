#include <io/EmergencyCopy.hpp>

#include <io/ProgressStore.hpp>
#include <io/ProgressWriter.hpp>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <string_view>
#include <unistd.h>

namespace yaddas::io {
namespace {

bool writeAll(int fd, std::string_view data) {
    while (!data.empty()) {
        const ssize_t n = ::write(fd, data.data(), data.size());
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            return false;
        }
        data.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

} // namespace

std::vector<std::filesystem::path> EmergencyCopy::defaultFolders() {
    std::vector<std::filesystem::path> folders;
    std::error_code ec;
    if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0') {
        const std::filesystem::path desktop = std::filesystem::path(home) / "Desktop";
        if (std::filesystem::is_directory(desktop, ec)) {
            folders.push_back(desktop);
        }
        folders.emplace_back(home);
    }
    folders.push_back(std::filesystem::temp_directory_path(ec));
    return folders;
}

core::Result<std::filesystem::path>
EmergencyCopy::write(const core::Learner& learner,
                     const std::vector<std::filesystem::path>& folders, std::int64_t now) {
    const std::string xml = ProgressWriter::toXml(learner);
    const std::string id =
        ProgressStore::validId(learner.profile().id) ? learner.profile().id : "learner";
    const std::string base = "yaddas-" + id + "-" + ProgressStore::stamp(now);
    std::string reasons;
    for (const auto& folder : folders) {
        if (folder.empty()) {
            continue;
        }
        for (int n = 1; n <= 100; ++n) {
            const std::filesystem::path file =
                folder / (base + (n == 1 ? std::string() : "-" + std::to_string(n)) + ".xml");
            // O_EXCL and O_NOFOLLOW: a shared folder such as /tmp may hold a file or a link
            // planted under this name; the copy never writes through it.
            const int fd =
                ::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
            if (fd < 0) {
                if (errno == EEXIST) {
                    continue;
                }
                reasons +=
                    (reasons.empty() ? "" : "; ") + file.string() + ": " + std::strerror(errno);
                break;
            }
            const bool written = writeAll(fd, xml) && ::fsync(fd) == 0;
            const int error = errno;
            if (::close(fd) != 0 || !written) {
                ::unlink(file.c_str());
                reasons += (reasons.empty() ? "" : "; ") + file.string() + ": " +
                           std::strerror(written ? errno : error);
                break;
            }
            return file;
        }
    }
    return core::Error{"no copy could be written (" +
                       (reasons.empty() ? std::string("no folder to write to") : reasons) + ")"};
}

} // namespace yaddas::io
