#include <io/AtomicFile.hpp>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

namespace yaddas::io {
namespace {

core::Error failure(const std::string& what, const std::filesystem::path& path, int error) {
    return core::Error{what + " " + path.string() + ": " + std::strerror(error)};
}

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

void syncFolder(const std::filesystem::path& folder) {
    // Makes the rename itself durable; some file systems refuse, which costs only durability.
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

} // namespace

std::filesystem::path AtomicFile::backupOf(const std::filesystem::path& path) {
    return std::filesystem::path(path.string() + ".bak");
}

core::Result<std::size_t> AtomicFile::write(const std::filesystem::path& path,
                                            std::string_view content) {
    const std::filesystem::path folder =
        path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
    const std::filesystem::path temporary =
        folder / ("." + path.filename().string() + ".tmp-" + std::to_string(::getpid()));

    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) {
        return failure("cannot create", temporary, errno);
    }
    if (!writeAll(fd, content) || ::fsync(fd) != 0) {
        const int error = errno;
        ::close(fd);
        ::unlink(temporary.c_str());
        return failure("cannot write", temporary, error);
    }
    if (::close(fd) != 0) {
        const int error = errno;
        ::unlink(temporary.c_str());
        return failure("cannot write", temporary, error);
    }

    // The previous version becomes the backup through a second name, so the file itself
    // never disappears, even for a moment.
    const std::filesystem::path backup = backupOf(path);
    struct stat info {};
    if (::stat(path.c_str(), &info) == 0) {
        ::unlink(backup.c_str());
        if (::link(path.c_str(), backup.c_str()) != 0) {
            std::error_code ignored; // no hard links here: a copy will do
            std::filesystem::copy_file(path, backup,
                                       std::filesystem::copy_options::overwrite_existing, ignored);
        }
    }
    if (::rename(temporary.c_str(), path.c_str()) != 0) {
        const int error = errno;
        ::unlink(temporary.c_str());
        return failure("cannot replace", path, error);
    }
    syncFolder(folder);
    return content.size();
}

} // namespace yaddas::io
