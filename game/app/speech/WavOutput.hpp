#pragma once

#include <app/speech/SpeechOutput.hpp>

#include <cstdint>
#include <cstdio>
#include <string>

namespace yaddas::app {

/// Appends all speech to a WAV file (16-bit mono PCM) instead of playing it: each sample counts
/// as heard once written, so an utterance ends as soon as it is synthesised (tests). The sizes in
/// the header are put right on close.
class WavOutput : public SpeechOutput {
public:
    WavOutput(int sampleRate, Listener listener);
    ~WavOutput() override;

    /// Creates (or truncates) `path` and writes the header; false when it cannot.
    bool open(const std::string& path);

    void push(const std::int16_t* samples, std::size_t count) override;
    void mark(const Mark& mark) override;
    void flush() override;

private:
    void writeHeader();

    int sampleRate_;
    std::FILE* file_ = nullptr;
    std::uint64_t dataBytes_ = 0;
};

} // namespace yaddas::app
