#include <app/speech/SampleBuffer.hpp>

#include <algorithm>
#include <utility>

namespace yaddas::app {

SampleBuffer::SampleBuffer(SpeechOutput::Listener listener) : listener_(std::move(listener)) {}

void SampleBuffer::push(const std::int16_t* samples, std::size_t count) {
    const std::lock_guard<std::mutex> lock(mutex_);
    samples_.insert(samples_.end(), samples, samples + count);
}

void SampleBuffer::mark(const SpeechOutput::Mark& mark) {
    const std::lock_guard<std::mutex> lock(mutex_);
    marks_.push_back(Placed{taken_ + samples_.size(), mark});
    reportReached();
}

std::size_t SampleBuffer::take(std::int16_t* out, std::size_t max) {
    const std::lock_guard<std::mutex> lock(mutex_);
    const std::size_t n = std::min(max, samples_.size());
    const auto end = samples_.begin() + static_cast<std::ptrdiff_t>(n);
    std::copy(samples_.begin(), end, out);
    samples_.erase(samples_.begin(), end);
    taken_ += n;
    reportReached();
    return n;
}

void SampleBuffer::reportReached() {
    // A start is reached when its first sample is taken; an end when its last one is (or at
    // once, when it follows no sample still waiting).
    while (!marks_.empty()) {
        const Placed& p = marks_.front();
        const bool reached = p.mark.start ? p.position < taken_ : p.position <= taken_;
        if (!reached) {
            break;
        }
        const SpeechOutput::Mark mark = p.mark;
        marks_.pop_front();
        if (listener_) {
            listener_(mark);
        }
    }
}

void SampleBuffer::flush() {
    const std::lock_guard<std::mutex> lock(mutex_);
    taken_ += samples_.size();
    samples_.clear();
    marks_.clear();
}

bool SampleBuffer::empty() const {
    const std::lock_guard<std::mutex> lock(mutex_);
    return samples_.empty();
}

} // namespace yaddas::app
