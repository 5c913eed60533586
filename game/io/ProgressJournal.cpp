#include <io/ProgressJournal.hpp>

#include <io/AtomicFile.hpp>
#include <io/ProgressWriter.hpp>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace yaddas::io {
namespace {

core::Error failure(const std::string& what, const std::filesystem::path& path, int error) {
    return core::Error{what + " " + path.string() + ": " + std::strerror(error)};
}

} // namespace

ProgressJournal::ProgressJournal(std::filesystem::path path, std::string learnerId,
                                 std::uint64_t base, bool continuing, std::uintmax_t goodSize,
                                 std::size_t records)
    : path_(std::move(path)), learnerId_(std::move(learnerId)), base_(base),
      continuing_(continuing), size_(continuing ? goodSize : 0),
      records_(continuing ? records : 0) {}

ProgressJournal::ProgressJournal(ProgressJournal&& other) noexcept
    : path_(std::move(other.path_)), learnerId_(std::move(other.learnerId_)), base_(other.base_),
      continuing_(other.continuing_), size_(other.size_), records_(other.records_),
      fd_(std::exchange(other.fd_, -1)) {
    other.records_ = 0;
    other.size_ = 0;
}

ProgressJournal& ProgressJournal::operator=(ProgressJournal&& other) noexcept {
    if (this != &other) {
        closeFile();
        path_ = std::move(other.path_);
        learnerId_ = std::move(other.learnerId_);
        base_ = other.base_;
        continuing_ = other.continuing_;
        size_ = std::exchange(other.size_, 0);
        records_ = std::exchange(other.records_, 0);
        fd_ = std::exchange(other.fd_, -1);
    }
    return *this;
}

ProgressJournal::~ProgressJournal() {
    closeFile();
}

void ProgressJournal::closeFile() {
    if (fd_ >= 0) {
        ::close(fd_);
        fd_ = -1;
    }
}

core::Result<int> ProgressJournal::openForAppend() {
    if (!continuing_) {
        // A stale journal (already folded, another learner's, damaged) is replaced by a new one.
        // unlink removes a planted link itself, never what it points to.
        if (::unlink(path_.c_str()) != 0 && errno != ENOENT) {
            return failure("cannot remove the old journal", path_, errno);
        }
        const std::string header = ProgressWriter::journalHeader(learnerId_, base_);
        auto created = AtomicFile::create(path_, header, nullptr, 0644);
        if (!created) {
            return created.error();
        }
        continuing_ = true;
        size_ = header.size();
        records_ = 0;
    }
    const int fd = ::open(path_.c_str(), O_WRONLY | O_APPEND | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) {
        return failure("cannot open", path_, errno);
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_nlink != 1 ||
        st.st_uid != ::geteuid()) {
        ::close(fd);
        continuing_ = false; // not ours to write: the next try replaces it
        return core::Error{path_.string() + " is not a journal Yaddaş wrote (not a regular file "
                                            "of this user with a single link); it is not "
                                            "written to"};
    }
    return fd;
}

core::Result<std::size_t> ProgressJournal::append(std::string_view lines) {
    if (fd_ >= 0 && !stillThere()) {
        // The folder was moved or the journal removed: what was appended so far is no longer
        // where the file is, so only writing the file whole keeps every change.
        closeFile();
        continuing_ = false;
        size_ = 0;
        records_ = 0;
        return core::Error{path_.string() + " is no longer the journal being written"};
    }
    if (fd_ < 0) {
        auto opened = openForAppend();
        if (!opened) {
            return opened.error();
        }
        fd_ = opened.value();
    }
    // A record cut short by a failed write or a crash is removed before the next one, which
    // must start on a line of its own.
    struct stat st {};
    if (::fstat(fd_, &st) != 0) {
        return failure("cannot write", path_, errno);
    }
    if (static_cast<std::uintmax_t>(st.st_size) != size_ &&
        ::ftruncate(fd_, static_cast<off_t>(size_)) != 0) {
        return failure("cannot write", path_, errno);
    }
    std::string_view rest = lines;
    while (!rest.empty()) {
        const ssize_t n = ::write(fd_, rest.data(), rest.size());
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            return failure("cannot write", path_, errno);
        }
        rest.remove_prefix(static_cast<std::size_t>(n));
    }
    if (::fdatasync(fd_) != 0) {
        return failure("cannot write", path_, errno);
    }
    size_ += lines.size();
    for (char c : lines) {
        records_ += c == '\n' ? 1 : 0;
    }
    return lines.size();
}

bool ProgressJournal::stillThere() const {
    struct stat open {};
    struct stat named {};
    return ::fstat(fd_, &open) == 0 && ::lstat(path_.c_str(), &named) == 0 &&
           open.st_dev == named.st_dev && open.st_ino == named.st_ino;
}

std::filesystem::path ProgressJournal::previousOf(const std::filesystem::path& journal) {
    return std::filesystem::path(journal.string() + ".bak");
}

void ProgressJournal::restart(std::uint64_t base) {
    closeFile();
    if (size_ > 0) {
        // Kept with the file's backup, which it continues: should the new file be damaged, the
        // backup and this journal give it back whole. rename replaces a planted link itself.
        ::rename(path_.c_str(), previousOf(path_).c_str());
    }
    base_ = base;
    continuing_ = false;
    size_ = 0;
    records_ = 0;
}

} // namespace yaddas::io
