#include <app/speech/SampleBuffer.hpp>

#include <algorithm>
#include <utility>

namespace yaddas::app {

SampleBuffer::SampleBuffer(SpeechOutput::Listener listener, std::size_t fadeOnFlush)
    : listener_(std::move(listener)), fadeOnFlush_(fadeOnFlush) {}

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
    // The next few samples stay, fading to nothing: a waveform cut off mid-way clicks.
    const std::size_t kept = std::min(fadeOnFlush_, samples_.size());
    for (std::size_t i = 0; i < kept; ++i) {
        const double gain = static_cast<double>(kept - i) / static_cast<double>(kept + 1);
        samples_[i] = static_cast<std::int16_t>(static_cast<double>(samples_[i]) * gain);
    }
    taken_ += samples_.size() - kept;
    samples_.resize(kept);
    marks_.clear();
}

bool SampleBuffer::empty() const {
    const std::lock_guard<std::mutex> lock(mutex_);
    return samples_.empty();
}

} // namespace yaddas::app
