#pragma once

#include <string>

namespace yaddas::app {

/// The speech log: one line per utterance as its audio starts ("en: Option two of four"),
/// written at once, so a test can read it while the app runs.
class SpeechLog {
public:
    SpeechLog() = default;
    ~SpeechLog();
    SpeechLog(const SpeechLog&) = delete;
    SpeechLog& operator=(const SpeechLog&) = delete;

    /// Creates or truncates `path`; false when it cannot be written. Never blocks (a FIFO with
    /// no reader is refused) and never follows into a directory.
    bool open(const std::string& path);
    bool isOpen() const { return fd_ >= 0; }
    /// "LANGUAGE: TEXT", line breaks in the text made spaces.
    void write(const std::string& language, const std::string& text);

private:
    int fd_ = -1;
};

} // namespace yaddas::app
