#include <cli/TerminalStream.hpp>

#include <cli/TerminalText.hpp>

namespace yaddas::cli {

TerminalStream::TerminalStream(std::ostream& target) : std::ostream(nullptr), buffer_(target) {
    rdbuf(&buffer_);
}

TerminalStream::~TerminalStream() {
    buffer_.drain();
}

void TerminalStream::Buffer::pass() {
    // A character split over two writes is escaped whole, once its last byte has come.
    const std::size_t keep = TerminalText::incompleteTail(pending_);
    const std::string escaped =
        TerminalText::escape(std::string_view(pending_).substr(0, pending_.size() - keep));
    target_->write(escaped.data(), static_cast<std::streamsize>(escaped.size()));
    pending_.erase(0, pending_.size() - keep);
}

void TerminalStream::Buffer::drain() {
    const std::string escaped = TerminalText::escape(pending_);
    target_->write(escaped.data(), static_cast<std::streamsize>(escaped.size()));
    pending_.clear();
}

TerminalStream::Buffer::int_type TerminalStream::Buffer::overflow(int_type c) {
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
        pending_ += traits_type::to_char_type(c);
        pass();
    }
    return traits_type::not_eof(c);
}

std::streamsize TerminalStream::Buffer::xsputn(const char* s, std::streamsize n) {
    pending_.append(s, static_cast<std::size_t>(n));
    pass();
    return n;
}

int TerminalStream::Buffer::sync() {
    drain();
    target_->flush();
    return 0;
}

} // namespace yaddas::cli
