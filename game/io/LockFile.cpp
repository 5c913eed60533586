#include <io/LockFile.hpp>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <sys/file.h>
#include <unistd.h>
#include <utility>

namespace yaddas::io {

LockFile::LockFile(LockFile&& other) noexcept
    : fd_(std::exchange(other.fd_, -1)), path_(std::move(other.path_)) {}

LockFile& LockFile::operator=(LockFile&& other) noexcept {
    if (this != &other) {
        release();
        fd_ = std::exchange(other.fd_, -1);
        path_ = std::move(other.path_);
    }
    return *this;
}

LockFile::~LockFile() {
    release();
}

core::Result<LockFile> LockFile::acquire(const std::filesystem::path& path, bool* busy) {
    if (busy != nullptr) {
        *busy = false;
    }
    const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) {
        return core::Error{"cannot open the lock file " + path.string() + ": " +
                           std::strerror(errno)};
    }
    // flock belongs to this open file and dies with the process: a lock left by a copy of the
    // app that crashed is free again, whatever the file still says.
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int error = errno;
        char buffer[32] = {};
        const ssize_t n = ::pread(fd, buffer, sizeof buffer - 1, 0);
        ::close(fd);
        if (error != EWOULDBLOCK) {
            return core::Error{"cannot lock " + path.string() + ": " + std::strerror(error)};
        }
        if (busy != nullptr) {
            *busy = true;
        }
        std::string owner = n > 0 ? std::string(buffer, static_cast<std::size_t>(n)) : "";
        while (!owner.empty() && (owner.back() == '\n' || owner.back() == ' ')) {
            owner.pop_back();
        }
        return core::Error{"This learner is already open in another copy of Yaddaş" +
                           (owner.empty() ? std::string() : " (process " + owner + ")") +
                           ". Please close it there first, then try again."};
    }
    const std::string pid = std::to_string(::getpid()) + "\n";
    if (::ftruncate(fd, 0) == 0) {
        [[maybe_unused]] const ssize_t written = ::pwrite(fd, pid.data(), pid.size(), 0);
    }
    LockFile lock;
    lock.fd_ = fd;
    lock.path_ = path;
    return lock;
}

void LockFile::release() {
    if (fd_ < 0) {
        return;
    }
    [[maybe_unused]] const int truncated = ::ftruncate(fd_, 0);
    ::flock(fd_, LOCK_UN);
    ::close(fd_);
    fd_ = -1;
}

} // namespace yaddas::io
