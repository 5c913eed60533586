#include <app/Preload.hpp>

#include <utility>

namespace yaddas::app {

Preload::Preload(std::function<void()> work)
    : thread_([this, work = std::move(work)] {
          try {
              work();
          } catch (...) {
              failure_ = std::current_exception(); // handed to the main thread by wait()
          }
          const std::lock_guard<std::mutex> lock(mutex_);
          done_ = true;
          ended_.notify_all();
      }) {}

Preload::~Preload() {
    if (thread_.joinable()) {
        thread_.join();
    }
}

void Preload::wait() {
    if (thread_.joinable()) {
        thread_.join();
    }
    if (failure_) {
        std::rethrow_exception(std::exchange(failure_, nullptr));
    }
}

bool Preload::waitFor(std::chrono::milliseconds most) {
    std::unique_lock<std::mutex> lock(mutex_);
    return ended_.wait_for(lock, most, [this] { return done_; });
}

} // namespace yaddas::app
