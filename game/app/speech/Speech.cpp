#include <app/speech/Speech.hpp>

#include <fstream>
#include <mutex>
#include <utility>

namespace yaddas::app {

// A stand-in until synthesis lands: it writes the log and says nothing aloud.
struct Speech::Impl {
    Options options;
    bool enabled = false;
    Voice voice;
    std::vector<core::ForeignName> names;
    std::ofstream log;
    std::string notice;
    std::string lastTag;
};

Speech::Speech(Options options) : impl_(std::make_unique<Impl>()) {
    impl_->options = std::move(options);
    if (!impl_->options.logFile.empty()) {
        impl_->log.open(impl_->options.logFile, std::ios::out | std::ios::trunc);
    }
}

Speech::~Speech() = default;

void Speech::setEnabled(bool on) {
    impl_->enabled = on;
}
bool Speech::enabled() const {
    return impl_->enabled;
}
void Speech::setVoice(const Voice& voice) {
    impl_->voice = voice;
}
const Voice& Speech::voice() const {
    return impl_->voice;
}
void Speech::setNames(std::vector<core::ForeignName> names) {
    impl_->names = std::move(names);
}

void Speech::say(const std::string& text, const std::string& tag) {
    queue(text, tag);
}

void Speech::queue(const std::string& text, const std::string& tag) {
    if (!impl_->enabled || !impl_->log.is_open()) {
        return;
    }
    impl_->lastTag = tag;
    const core::SpokenText spoken(impl_->voice.language, impl_->names);
    impl_->log << impl_->voice.language << ": " << spoken.forLog(text) << '\n' << std::flush;
}

void Speech::stop() {}
bool Speech::speaking() const {
    return false;
}
std::string Speech::playingTag() const {
    return impl_->lastTag;
}
std::string Speech::takeNotice() {
    return std::exchange(impl_->notice, {});
}
bool Speech::waitIdle(std::chrono::milliseconds /*timeout*/) {
    return true;
}

} // namespace yaddas::app
