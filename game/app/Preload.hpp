#pragma once

#include <chrono>
#include <condition_variable>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>

namespace yaddas::app {

/// Runs the start-up reading (lessons, fonts, a named learner's progress) on a second thread
/// while the main thread opens the display: creating the first OpenGL context loads the
/// graphics driver, which on a software renderer takes most of the start-up time.
class Preload {
public:
    /// Starts `work` at once. It must not touch OpenGL or the window.
    explicit Preload(std::function<void()> work);
    ~Preload();
    Preload(const Preload&) = delete;
    Preload& operator=(const Preload&) = delete;

    /// Blocks until the work is done; rethrows what it threw. Later calls return at once.
    void wait();
    /// Waits at most `most` for the work to end; true once it has (wait() then returns at once).
    bool waitFor(std::chrono::milliseconds most);

private:
    std::exception_ptr failure_; // before thread_: set by the thread
    std::mutex mutex_;
    std::condition_variable ended_;
    bool done_ = false;
    std::thread thread_;
};

} // namespace yaddas::app
