#pragma once

#include <app/speech/SpeechOutput.hpp>

#include <cstddef>
#include <cstdint>
#include <deque>
#include <mutex>

namespace yaddas::app {

/// The samples and marks waiting to be played, between the thread that synthesises and the
/// thread that plays (DeviceOutput, SilentOutput). Marks are reported to the listener while the
/// buffer is locked, so once flush() returns no mark it dropped can still be reported.
class SampleBuffer {
public:
    /// `fadeOnFlush`: samples kept by flush(), faded out, so speech cut short ends without a
    /// click (the sound device); 0: none.
    explicit SampleBuffer(SpeechOutput::Listener listener, std::size_t fadeOnFlush = 0);

    void push(const std::int16_t* samples, std::size_t count);
    /// A mark after the samples pushed so far; an end mark with nothing left to play is reached
    /// at once.
    void mark(const SpeechOutput::Mark& mark);
    /// Moves up to `max` samples into `out` (taken for playing) and reports the marks reached.
    std::size_t take(std::int16_t* out, std::size_t max);
    void flush();
    bool empty() const;

private:
    struct Placed {
        std::uint64_t position; ///< the index of the sample it precedes
        SpeechOutput::Mark mark;
    };
    void reportReached(); // with the lock held

    SpeechOutput::Listener listener_;
    std::size_t fadeOnFlush_;
    mutable std::mutex mutex_;
    std::deque<std::int16_t> samples_;
    std::deque<Placed> marks_;
    std::uint64_t taken_ = 0; ///< samples taken since the start (and dropped by flush)
};

} // namespace yaddas::app
