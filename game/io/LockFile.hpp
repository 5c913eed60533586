#pragma once

#include <core/Result.hpp>

#include <filesystem>

namespace yaddas::io {

/// An exclusive lock on a learner, so that two running copies of the app cannot both write the
/// same progress file. It is an flock(2) on `name.lock`, which holds the owner's process id for
/// messages; the kernel drops the lock when its process dies, so a stale lock file is taken over.
/// A lock file that is a symbolic link, has other hard links, is not a regular file or belongs
/// to another user is refused, and a lock file is never truncated.
class LockFile {
public:
    LockFile() = default;
    LockFile(LockFile&& other) noexcept;
    LockFile& operator=(LockFile&& other) noexcept;
    LockFile(const LockFile&) = delete;
    LockFile& operator=(const LockFile&) = delete;
    ~LockFile();

    /// Takes the lock without waiting; fails with a polite sentence when another process
    /// (or another open in this one) holds it, and then sets `*busy` (when given) to true;
    /// other failures (a folder that cannot be written to) leave it false.
    static core::Result<LockFile> acquire(const std::filesystem::path& path, bool* busy = nullptr);

    bool held() const { return fd_ >= 0; }
    /// Releases the lock (also done by the destructor). The file stays, its pid blanked:
    /// removing it could let two processes lock different files of the same name.
    void release();

private:
    int fd_ = -1;
    std::filesystem::path path_;
};

} // namespace yaddas::io
