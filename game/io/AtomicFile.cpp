#include <io/AtomicFile.hpp>

#include <io/RegularFile.hpp>

#include <cerrno>
#include <chrono>
#include <cstdio> // renameat2
#include <cstring>
#include <fcntl.h>
#include <string>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

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

std::filesystem::path folderOf(const std::filesystem::path& path) {
    return path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
}

// A suffix nobody can guess, so that no one can plant a link under the name in advance.
std::string randomSuffix() {
    static constexpr char letters[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    unsigned char bytes[12] = {};
    if (::getrandom(bytes, sizeof bytes, 0) != static_cast<ssize_t>(sizeof bytes)) {
        // No entropy source: the clock and pid still vary; O_EXCL keeps the open safe anyway.
        auto seed = static_cast<unsigned long long>(
                        std::chrono::steady_clock::now().time_since_epoch().count()) ^
                    (static_cast<unsigned long long>(::getpid()) << 32);
        for (unsigned char& b : bytes) {
            seed = seed * 6364136223846793005ull + 1442695040888963407ull;
            b = static_cast<unsigned char>(seed >> 56);
        }
    }
    std::string suffix;
    for (unsigned char b : bytes) {
        suffix += letters[b % (sizeof letters - 1)];
    }
    return suffix;
}

struct Temporary {
    int fd = -1;
    std::filesystem::path path;
};

// Creates a new file `.name.tmp-XXXXXXXXXXXX` beside `path`: O_EXCL|O_NOFOLLOW, so an existing
// name (a planted link above all) is never opened, only skipped for another random name.
core::Result<Temporary> createTemporary(const std::filesystem::path& path, unsigned mode = 0644) {
    const std::filesystem::path folder = folderOf(path);
    int error = EEXIST;
    for (int attempt = 0; attempt < 100 && error == EEXIST; ++attempt) {
        Temporary t;
        t.path = folder / (AtomicFile::temporaryPrefix(path) + randomSuffix());
        t.fd = ::open(t.path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
                      static_cast<mode_t>(mode));
        if (t.fd >= 0) {
            return t;
        }
        error = errno;
    }
    return failure("cannot create a temporary file in", folder, error);
}

// Writes `content` into a new temporary file beside `path`, durably; returns its name.
core::Result<std::filesystem::path> writeTemporary(const std::filesystem::path& path,
                                                   std::string_view content, unsigned mode = 0644) {
    auto created = createTemporary(path, mode);
    if (!created) {
        return created.error();
    }
    const Temporary t = created.value();
    if (!writeAll(t.fd, content) || ::fsync(t.fd) != 0) {
        const int error = errno;
        ::close(t.fd);
        ::unlink(t.path.c_str());
        return failure("cannot write", t.path, error);
    }
    if (::close(t.fd) != 0) {
        const int error = errno;
        ::unlink(t.path.c_str());
        return failure("cannot write", t.path, error);
    }
    return t.path;
}

// Keeps the current `path` as `backup`. A hard link under a fresh random name, renamed over the
// backup: rename replaces whatever `backup` is (a planted link included) and never follows it.
void keepBackup(const std::filesystem::path& path, const std::filesystem::path& backup) {
    for (int attempt = 0; attempt < 100; ++attempt) {
        const std::filesystem::path link =
            folderOf(path) / (AtomicFile::temporaryPrefix(path) + randomSuffix());
        if (::link(path.c_str(), link.c_str()) == 0) {
            if (::rename(link.c_str(), backup.c_str()) != 0) {
                ::unlink(link.c_str());
            }
            return;
        }
        if (errno != EEXIST) {
            break;
        }
    }
    // No hard links here: a copy will do (a backup is a convenience; failing costs only it).
    auto contents = RegularFile::read(path, static_cast<std::size_t>(-1) / 2);
    if (!contents.ok()) {
        return;
    }
    auto temporary = writeTemporary(path, contents.bytes);
    if (temporary && ::rename(temporary.value().c_str(), backup.c_str()) != 0) {
        ::unlink(temporary.value().c_str());
    }
}

core::Result<std::size_t> replace(const std::filesystem::path& path, std::string_view content,
                                  bool backup) {
    if (auto refused = AtomicFile::refusal(path)) {
        return *refused;
    }
    auto temporary = writeTemporary(path, content);
    if (!temporary) {
        return temporary.error();
    }
    // The previous version becomes the backup through a second name, so the file itself
    // never disappears, even for a moment.
    struct stat info {};
    if (backup && ::lstat(path.c_str(), &info) == 0 && S_ISREG(info.st_mode)) {
        keepBackup(path, AtomicFile::backupOf(path));
    }
    if (::rename(temporary.value().c_str(), path.c_str()) != 0) {
        const int error = errno;
        ::unlink(temporary.value().c_str());
        return failure("cannot replace", path, error);
    }
    syncFolder(folderOf(path));
    return content.size();
}

} // namespace

std::filesystem::path AtomicFile::backupOf(const std::filesystem::path& path) {
    return std::filesystem::path(path.string() + ".bak");
}

std::string AtomicFile::temporaryPrefix(const std::filesystem::path& path) {
    return "." + path.filename().string() + ".tmp-";
}

std::optional<core::Error> AtomicFile::refusal(const std::filesystem::path& path) {
    struct stat info {};
    if (::lstat(path.c_str(), &info) != 0) {
        return std::nullopt; // a new file (or a folder that is missing: reported when creating)
    }
    if (S_ISLNK(info.st_mode)) {
        return core::Error{path.string() +
                           " is a symbolic link; Yaddaş does not write through links"};
    }
    if (!S_ISREG(info.st_mode)) {
        return core::Error{path.string() + " is not a regular file (" +
                           (RegularFile::notRegular(path).value_or("unknown")) +
                           "); Yaddaş replaces only regular files"};
    }
    return std::nullopt;
}

core::Result<std::size_t> AtomicFile::write(const std::filesystem::path& path,
                                            std::string_view content, Backup backup) {
    return replace(path, content, backup == Backup::Keep);
}

core::Result<std::size_t> AtomicFile::copy(const std::filesystem::path& source,
                                           const std::filesystem::path& target) {
    auto contents = RegularFile::read(source, static_cast<std::size_t>(-1) / 2);
    if (!contents.ok()) {
        return core::Error{source.string() + ": " + contents.message()};
    }
    return replace(target, contents.bytes, false);
}

int AtomicFile::renameNoReplace(const std::filesystem::path& from,
                                const std::filesystem::path& to) {
    if (::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE) == 0) {
        return 0;
    }
    int error = errno;
    if (error == EINVAL || error == ENOSYS) {
        // No RENAME_NOREPLACE on this file system: link refuses an existing name too.
        if (::link(from.c_str(), to.c_str()) == 0) {
            ::unlink(from.c_str());
            return 0;
        }
        error = errno;
    }
    return error;
}

core::Result<std::size_t> AtomicFile::create(const std::filesystem::path& path,
                                             std::string_view content, bool* taken, unsigned mode) {
    if (taken != nullptr) {
        *taken = false;
    }
    auto temporary = writeTemporary(path, content, mode);
    if (!temporary) {
        return temporary.error();
    }
    if (const int error = renameNoReplace(temporary.value(), path); error != 0) {
        ::unlink(temporary.value().c_str());
        if (taken != nullptr) {
            *taken = error == EEXIST;
        }
        return failure("cannot create", path, error);
    }
    syncFolder(folderOf(path));
    return content.size();
}

} // namespace yaddas::io
