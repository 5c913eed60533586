#include <app/speech/SilentOutput.hpp>

#include <chrono>
#include <vector>

namespace yaddas::app {

namespace {
constexpr auto kStep = std::chrono::milliseconds(20);
}

SilentOutput::SilentOutput(int sampleRate, Listener listener)
    : SpeechOutput(listener), buffer_(std::move(listener)),
      chunk_(static_cast<std::size_t>(sampleRate) * kStep.count() / 1000),
      thread_([this] { run(); }) {}

SilentOutput::~SilentOutput() {
    {
        const std::lock_guard<std::mutex> lock(mutex_);
        quit_ = true;
    }
    wake_.notify_all();
    thread_.join();
}

void SilentOutput::push(const std::int16_t* samples, std::size_t count) {
    buffer_.push(samples, count);
    { const std::lock_guard<std::mutex> lock(mutex_); }
    wake_.notify_all();
}

void SilentOutput::mark(const Mark& mark) {
    buffer_.mark(mark);
}

void SilentOutput::flush() {
    buffer_.flush();
}

void SilentOutput::run() {
    std::vector<std::int16_t> scratch(chunk_);
    std::unique_lock<std::mutex> lock(mutex_);
    while (!quit_) {
        wake_.wait(lock, [this] { return quit_ || !buffer_.empty(); });
        // Playing: one step's samples now, the next when these would have been heard.
        auto next = std::chrono::steady_clock::now();
        while (!quit_) {
            lock.unlock();
            const std::size_t n = buffer_.take(scratch.data(), scratch.size());
            lock.lock();
            if (n == 0) {
                break;
            }
            next += kStep;
            wake_.wait_until(lock, next, [this] { return quit_; });
        }
    }
}

} // namespace yaddas::app
