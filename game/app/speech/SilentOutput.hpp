#pragma once

#include <app/speech/SampleBuffer.hpp>
#include <app/speech/SpeechOutput.hpp>

#include <condition_variable>
#include <mutex>
#include <thread>

namespace yaddas::app {

/// No sound device: the samples are taken at the pace they would be played, so what is being
/// said, the log and the end of speech follow the same timing as with a device. Sleeps while
/// there is nothing to play.
class SilentOutput : public SpeechOutput {
public:
    SilentOutput(int sampleRate, Listener listener);
    ~SilentOutput() override;

    void push(const std::int16_t* samples, std::size_t count) override;
    void mark(const Mark& mark) override;
    void flush() override;

private:
    void run();

    SampleBuffer buffer_;
    std::size_t chunk_; ///< samples taken at each step
    std::mutex mutex_;
    std::condition_variable wake_;
    bool quit_ = false;
    std::thread thread_;
};

} // namespace yaddas::app
