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

} // namespace yaddas::app
