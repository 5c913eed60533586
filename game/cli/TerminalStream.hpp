#pragma once

#include <ostream>
#include <streambuf>
#include <string>

namespace yaddas::cli {

/// An output stream that writes through TerminalText::escape to another stream: every verb
/// prints through one of these, so no text from a file reaches the terminal with its control
/// characters, whichever message quotes it.
class TerminalStream : public std::ostream {
public:
    explicit TerminalStream(std::ostream& target);
    ~TerminalStream() override;
    TerminalStream(const TerminalStream&) = delete;
    TerminalStream& operator=(const TerminalStream&) = delete;

private:
    class Buffer : public std::streambuf {
    public:
        explicit Buffer(std::ostream& target) : target_(&target) {}
        /// Writes out what is held back, escaped as it is.
        void drain();

    protected:
        int_type overflow(int_type c) override;
        std::streamsize xsputn(const char* s, std::streamsize n) override;
        int sync() override;

    private:
        void pass();

        std::ostream* target_;
        std::string pending_; ///< the start of a UTF-8 character whose end has not come yet
    };

    Buffer buffer_;
};

} // namespace yaddas::cli
