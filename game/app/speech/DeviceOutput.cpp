#include <app/speech/DeviceOutput.hpp>

#include <SFML/System/Err.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <string>
#include <system_error>

namespace yaddas::app {

namespace {

constexpr int kChunkMs = 30;
/// Silence given before the stream ends: enough that speech in quick succession plays on.
constexpr int kIdleChunksBeforeEnd = 10;

bool present(const std::filesystem::path& p) {
    std::error_code ec;
    return std::filesystem::exists(p, ec);
}

} // namespace

bool DeviceOutput::deviceLikely() {
    const char* pulse = std::getenv("PULSE_SERVER");
    if (pulse != nullptr && *pulse != '\0') {
        return true;
    }
    const char* runtime = std::getenv("XDG_RUNTIME_DIR");
    if (runtime != nullptr && *runtime != '\0') {
        const std::filesystem::path dir(runtime);
        if (present(dir / "pulse" / "native") || present(dir / "pipewire-0")) {
            return true;
        }
    }
    // ALSA's playback devices: /dev/snd/pcmC0D0p, …
    std::error_code ec;
    for (std::filesystem::directory_iterator it("/dev/snd", ec), end; !ec && it != end;
         it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.rfind("pcmC", 0) == 0 && !name.empty() && name.back() == 'p') {
            return true;
        }
    }
    return false;
}

std::unique_ptr<DeviceOutput> DeviceOutput::open(int sampleRate, Listener listener) {
    if (!deviceLikely()) {
        return nullptr;
    }
    // SFML opens the device with the first sound source and, when that fails, only says so on
    // sf::err(): catch the message instead of showing it.
    std::ostringstream complaints;
    std::streambuf* const previous = sf::err().rdbuf(complaints.rdbuf());
    std::unique_ptr<DeviceOutput> out(new DeviceOutput(sampleRate, std::move(listener)));
    if (complaints.str().find("Failed to open the audio device") != std::string::npos ||
        complaints.str().find("OpenAL") != std::string::npos) {
        out.reset(); // its sound source complains again as it goes
    }
    sf::err().rdbuf(previous);
    return out;
}

DeviceOutput::DeviceOutput(int sampleRate, Listener listener)
    : SpeechOutput(listener),
      buffer_(std::move(listener), static_cast<std::size_t>(sampleRate / 100)),
      chunk_(static_cast<std::size_t>(sampleRate * kChunkMs / 1000)) {
    initialize(1, static_cast<unsigned int>(sampleRate));
}

DeviceOutput::~DeviceOutput() {
    // SFML's streaming thread calls onGetData: it must end before this object does.
    stop();
}

void DeviceOutput::push(const std::int16_t* samples, std::size_t count) {
    buffer_.push(samples, count);
    if (ended_.exchange(false)) {
        // play() joins a stream that is ending and starts a new one.
        stop();
        play();
    }
}

void DeviceOutput::mark(const Mark& mark) {
    buffer_.mark(mark);
}

void DeviceOutput::flush() {
    buffer_.flush();
}

bool DeviceOutput::onGetData(Chunk& data) {
    std::size_t n = buffer_.take(chunk_.data(), chunk_.size());
    idleChunks_ = n == 0 ? idleChunks_ + 1 : 0;
    // Whole chunks only: the end of speech is padded with silence, and no chunk is so short that
    // OpenAL runs dry before the next one.
    std::fill(chunk_.begin() + static_cast<std::ptrdiff_t>(n), chunk_.end(), std::int16_t{0});
    data.samples = chunk_.data();
    data.sampleCount = chunk_.size();
    if (idleChunks_ >= kIdleChunksBeforeEnd) {
        idleChunks_ = 0;
        ended_ = true;
        // Samples pushed meanwhile: play on, unless push() saw the end and starts a new stream.
        return !buffer_.empty() && ended_.exchange(false);
    }
    return true;
}

void DeviceOutput::onSeek(sf::Time /*timeOffset*/) {
    // Speech has no position to seek to; stop() calls this, and what waits must stay.
}

} // namespace yaddas::app
