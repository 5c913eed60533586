#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>

namespace yaddas::app {

/// Where synthesised speech goes (the sound device, a WAV file, nowhere at the pace of playing).
/// Samples are 16-bit mono at the synthesiser's rate. Marks sit between samples: an utterance's
/// start before its first sample, its end after its last; the output reports each mark when the
/// samples before it have been taken for playing, so the listener hears that utterance now.
class SpeechOutput {
public:
    struct Mark {
        std::uint64_t utterance = 0;
        bool start = true; ///< else its end
    };
    /// Called from the thread that plays, in order, once per mark reached; never for a mark that
    /// flush() dropped.
    using Listener = std::function<void(const Mark&)>;

    explicit SpeechOutput(Listener listener) : listener_(std::move(listener)) {}
    virtual ~SpeechOutput() = default;
    SpeechOutput(const SpeechOutput&) = delete;
    SpeechOutput& operator=(const SpeechOutput&) = delete;

    /// Appends samples after everything pushed before (the synthesising thread only).
    virtual void push(const std::int16_t* samples, std::size_t count) = 0;
    /// Appends a mark after the samples pushed so far.
    virtual void mark(const Mark& mark) = 0;
    /// Forgets the samples and marks not taken for playing yet (an interruption).
    virtual void flush() = 0;
    /// Keeps a sound device open, which costs wake-ups even in silence: closed when idle.
    virtual bool holdsDevice() const { return false; }

protected:
    void reached(const Mark& mark) const {
        if (listener_) {
            listener_(mark);
        }
    }

private:
    Listener listener_;
};

} // namespace yaddas::app
