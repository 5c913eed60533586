#include <io/RegularFile.hpp>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace yaddas::io {

std::string RegularFile::kindOf(unsigned mode) {
    if (S_ISDIR(mode)) {
        return "a folder";
    }
    if (S_ISFIFO(mode)) {
        return "a FIFO";
    }
    if (S_ISSOCK(mode)) {
        return "a socket";
    }
    if (S_ISCHR(mode)) {
        return "a character device";
    }
    if (S_ISBLK(mode)) {
        return "a block device";
    }
    if (S_ISLNK(mode)) {
        return "a symbolic link";
    }
    return "not a file";
}

namespace {

/// Anonymous memory for a large file's bytes, in huge pages when transparent huge pages are
/// offered on request (Debian's default).
std::shared_ptr<char> largeBuffer(std::size_t size) {
    void* memory =
        ::mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (memory == MAP_FAILED) {
        return nullptr;
    }
    ::madvise(memory, size, MADV_HUGEPAGE); // a hint: refused, it costs only speed
    return std::shared_ptr<char>(static_cast<char*>(memory),
                                 [size](char* p) { ::munmap(p, size); });
}

/// Reads at most `limit` bytes from `fd` into `into`; the count read, or -1 (errno set).
ssize_t readAll(int fd, char* into, std::size_t limit) {
    std::size_t got = 0;
    while (got < limit) {
        const ssize_t n = ::read(fd, into + got, limit - got);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            return -1;
        }
        if (n == 0) {
            break;
        }
        got += static_cast<std::size_t>(n);
    }
    return static_cast<ssize_t>(got);
}

RegularFile::Contents load(const std::filesystem::path& file, std::size_t maxBytes, bool head,
                           bool large = false) {
    RegularFile::Contents c;
    c.maxBytes = maxBytes;
    // A first look without opening: opening a device can have effects of its own.
    struct stat before {};
    if (::stat(file.c_str(), &before) != 0) {
        const int error = errno;
        c.status = error == ENOENT ? RegularFile::Status::Missing : RegularFile::Status::Unreadable;
        c.error = error;
        c.detail = std::strerror(error);
        return c;
    }
    if (!S_ISREG(before.st_mode)) {
        c.status = RegularFile::Status::NotRegular;
        c.detail = RegularFile::kindOf(before.st_mode);
        return c;
    }
    // O_NONBLOCK: if the name was swapped for a FIFO meanwhile, open returns at once and fstat
    // below refuses it.
    const int fd = ::open(file.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        const int error = errno;
        c.status = error == ENOENT ? RegularFile::Status::Missing : RegularFile::Status::Unreadable;
        c.error = error;
        c.detail = std::strerror(error);
        return c;
    }
    struct stat info {};
    if (::fstat(fd, &info) != 0) {
        c.detail = std::strerror(errno);
        ::close(fd);
        return c;
    }
    if (!S_ISREG(info.st_mode)) {
        c.status = RegularFile::Status::NotRegular;
        c.detail = RegularFile::kindOf(info.st_mode);
        ::close(fd);
        return c;
    }
    c.size = static_cast<std::uintmax_t>(info.st_size);
    if (!head && c.size > maxBytes) {
        c.status = RegularFile::Status::TooLarge;
        ::close(fd);
        return c;
    }
    // Read only what fstat promised (and one byte more, to notice growth): never without bound.
    const std::size_t expected = head && c.size > maxBytes ? maxBytes : c.size;
    std::string bytes;
    std::shared_ptr<char> buffer = large ? largeBuffer(expected + 1) : nullptr;
    char* into = buffer.get();
    if (into == nullptr) {
        bytes.resize(expected + 1);
        into = bytes.data();
    }
    const ssize_t read = readAll(fd, into, expected + 1);
    if (read < 0) {
        c.detail = std::strerror(errno);
        ::close(fd);
        return c;
    }
    ::close(fd);
    const auto got = static_cast<std::size_t>(read);
    if (got > expected && !head) {
        c.status = RegularFile::Status::Changed;
        return c;
    }
    if (buffer) {
        c.large = std::move(buffer);
        c.largeSize = got;
    } else {
        bytes.resize(got > expected ? expected : got);
        c.bytes = std::move(bytes);
    }
    c.status = RegularFile::Status::Ok;
    return c;
}

} // namespace

std::string RegularFile::Contents::message() const {
    switch (status) {
    case Status::Ok:
        return {};
    case Status::Missing:
        return "no such file";
    case Status::NotRegular:
        return "not a regular file (" + detail + ")";
    case Status::TooLarge:
        return "the file is " + std::to_string(size / 1024) + " KiB; files over " +
               std::to_string(maxBytes / 1024) + " KiB are refused";
    case Status::Unreadable:
        return "cannot read the file: " + detail;
    case Status::Changed:
        return "the file changed while it was being read";
    }
    return {};
}

RegularFile::Contents RegularFile::read(const std::filesystem::path& file, std::size_t maxBytes) {
    return load(file, maxBytes, false);
}

RegularFile::Contents RegularFile::readLarge(const std::filesystem::path& file,
                                             std::size_t maxBytes) {
    return load(file, maxBytes, false, true);
}

RegularFile::Contents RegularFile::readHead(const std::filesystem::path& file,
                                            std::size_t maxBytes) {
    return load(file, maxBytes, true);
}

std::optional<std::string> RegularFile::notRegular(const std::filesystem::path& file) {
    struct stat info {};
    if (::stat(file.c_str(), &info) == 0) {
        return S_ISREG(info.st_mode) ? std::nullopt
                                     : std::optional<std::string>(kindOf(info.st_mode));
    }
    if (::lstat(file.c_str(), &info) == 0 && S_ISLNK(info.st_mode)) {
        return std::string("a symbolic link to nothing readable");
    }
    return std::nullopt;
}

std::optional<core::Diagnostic> RegularFile::skipped(const std::filesystem::path& file) {
    auto kind = notRegular(file);
    if (!kind) {
        return std::nullopt;
    }
    return core::Diagnostic{file.string(), 0, "skipped: not a regular file (" + *kind + ")",
                            core::Diagnostic::Severity::Warning};
}

} // namespace yaddas::io
