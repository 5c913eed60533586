#include <io/LockFile.hpp>

#include <io/RegularFile.hpp>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <sys/file.h>
#include <sys/stat.h>
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

namespace {

// The owner's pid, written fixed-width over the start of the file: the file is never truncated,
// so a lock file that is not ours (a planted hard link) could lose at most these bytes, and such
// files are refused before anything is written anyway.
constexpr std::size_t pidWidth = 12;

std::string paddedPid(const std::string& digits) {
    std::string out = digits;
    out.resize(pidWidth - 1, ' ');
    return out + "\n";
}

} // namespace

core::Result<LockFile> LockFile::acquire(const std::filesystem::path& path, bool* busy) {
    if (busy != nullptr) {
        *busy = false;
    }
    // O_NOFOLLOW: a lock file that is a symbolic link is refused, never opened, so its target is
    // left alone. O_NONBLOCK: a FIFO planted under the name cannot make open wait.
    const int fd =
        ::open(path.c_str(), O_RDWR | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0644);
    if (fd < 0) {
        const int error = errno;
        if (error == ELOOP) {
            return core::Error{"The lock file " + path.string() +
                               " is a symbolic link; Yaddaş does not write through links. "
                               "Remove it, then try again."};
        }
        return core::Error{"cannot open the lock file " + path.string() + ": " +
                           std::strerror(error)};
    }
    // Refused before a byte is written: a lock file that is not ours could be someone's file.
    struct stat info {};
    std::string why;
    if (::fstat(fd, &info) != 0) {
        why = std::string("cannot be examined: ") + std::strerror(errno);
    } else if (!S_ISREG(info.st_mode)) {
        why = "is not a regular file (" + RegularFile::kindOf(info.st_mode) + ")";
    } else if (info.st_nlink != 1) {
        why = "has another name (a hard link)";
    } else if (info.st_uid != ::geteuid()) {
        why = "belongs to another user";
    }
    if (!why.empty()) {
        ::close(fd);
        return core::Error{"The lock file " + path.string() + " " + why +
                           "; Yaddaş does not write to it. Remove it, then try again."};
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
        std::string owner;
        for (ssize_t i = 0; i < n && buffer[i] >= '0' && buffer[i] <= '9'; ++i) {
            owner += buffer[i];
        }
        return core::Error{"This learner is already open in another copy of Yaddaş" +
                           (owner.empty() ? std::string() : " (process " + owner + ")") +
                           ". Please close it there first, then try again."};
    }
    const std::string pid = paddedPid(std::to_string(::getpid()));
    [[maybe_unused]] const ssize_t written = ::pwrite(fd, pid.data(), pid.size(), 0);
    LockFile lock;
    lock.fd_ = fd;
    lock.path_ = path;
    return lock;
}

void LockFile::release() {
    if (fd_ < 0) {
        return;
    }
    const std::string blank = paddedPid("");
    [[maybe_unused]] const ssize_t written = ::pwrite(fd_, blank.data(), blank.size(), 0);
    ::flock(fd_, LOCK_UN);
    ::close(fd_);
    fd_ = -1;
}

} // namespace yaddas::io
