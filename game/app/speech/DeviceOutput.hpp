#pragma once

#include <app/speech/SampleBuffer.hpp>
#include <app/speech/SpeechOutput.hpp>

#include <SFML/Audio/SoundStream.hpp>

#include <atomic>
#include <memory>
#include <vector>

namespace yaddas::app {

/// Plays speech on the sound device through SFML (OpenAL): an sf::SoundStream fed in small
/// chunks from a SampleBuffer. After a short silence the stream ends, so an idle app does not
/// wake SFML's streaming thread a hundred times a second; the next push starts it again.
/// Marks are reached when their chunk is handed to OpenAL, a few tens of milliseconds before
/// it is heard. OpenAL's own mixing thread runs while the device is open (about 85 wake-ups a
/// second): Speech closes the output after a few seconds of silence.
class DeviceOutput : public SpeechOutput, private sf::SoundStream {
public:
    /// The device, or null when there is none; asks OpenAL only when the system shows a sound
    /// server or a playback device, and keeps SFML's complaint off the terminal.
    static std::unique_ptr<DeviceOutput> open(int sampleRate, Listener listener);
    /// A sound server (PulseAudio, PipeWire) or an ALSA playback device is there.
    static bool deviceLikely();

    ~DeviceOutput() override;

    void push(const std::int16_t* samples, std::size_t count) override;
    void mark(const Mark& mark) override;
    void flush() override;
    bool holdsDevice() const override { return true; }

private:
    DeviceOutput(int sampleRate, Listener listener);
    bool onGetData(Chunk& data) override;
    void onSeek(sf::Time timeOffset) override;

    SampleBuffer buffer_;
    std::vector<std::int16_t> chunk_;
    int idleChunks_ = 0;            ///< silent chunks given in a row (streaming thread)
    std::atomic<bool> ended_{true}; ///< the stream has stopped or is stopping
};

} // namespace yaddas::app
