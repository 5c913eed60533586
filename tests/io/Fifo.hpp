#pragma once

#include <chrono>
#include <condition_variable>
#include <fcntl.h>
#include <filesystem>
#include <mutex>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace yaddas::test {

/// A named pipe for tests of code that must never wait on one. Should the code under test open
/// it and block, a watchdog opens the other end after `patience` and closes it again, so the
/// test fails (it checks elapsed()) instead of hanging.
class Fifo {
public:
    explicit Fifo(std::filesystem::path path,
                  std::chrono::milliseconds patience = std::chrono::seconds(5))
        : path_(std::move(path)), made_(::mkfifo(path_.c_str(), 0644) == 0),
          start_(std::chrono::steady_clock::now()), watchdog_([this, patience] {
              std::unique_lock<std::mutex> lock(mutex_);
              auto wait = patience;
              // Again and again: the code under test may open the FIFO more than once.
              while (!cv_.wait_for(lock, wait, [this] { return done_; })) {
                  // O_RDWR never blocks on a FIFO; closing it gives a blocked reader
                  // end-of-file.
                  const int fd = ::open(path_.c_str(), O_RDWR | O_NONBLOCK | O_CLOEXEC);
                  if (fd >= 0) {
                      std::this_thread::sleep_for(std::chrono::milliseconds(20));
                      ::close(fd);
                  }
                  wait = std::chrono::milliseconds(100);
              }
          }) {}
    ~Fifo() {
        {
            std::lock_guard<std::mutex> lock(mutex_);
            done_ = true;
        }
        cv_.notify_all();
        watchdog_.join();
    }
    Fifo(const Fifo&) = delete;
    Fifo& operator=(const Fifo&) = delete;

    bool made() const { return made_; }
    const std::filesystem::path& path() const { return path_; }
    /// Time since the FIFO was made: far below the patience when nothing waited on it.
    double elapsed() const {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    }

private:
    std::filesystem::path path_;
    bool made_;
    std::chrono::steady_clock::time_point start_;
    std::mutex mutex_;
    std::condition_variable cv_;
    bool done_ = false;
    std::thread watchdog_;
};

} // namespace yaddas::test
