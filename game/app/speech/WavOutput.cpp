#include <app/speech/WavOutput.hpp>

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

namespace yaddas::app {

namespace {

constexpr std::uint32_t kHeaderBytes = 44;

void put16(std::uint8_t*& p, std::uint32_t v) {
    *p++ = static_cast<std::uint8_t>(v & 0xFFu);
    *p++ = static_cast<std::uint8_t>((v >> 8) & 0xFFu);
}

void put32(std::uint8_t*& p, std::uint32_t v) {
    put16(p, v & 0xFFFFu);
    put16(p, v >> 16);
}

void putTag(std::uint8_t*& p, const char* tag) {
    for (int i = 0; i < 4; ++i) {
        *p++ = static_cast<std::uint8_t>(tag[i]);
    }
}

} // namespace

WavOutput::WavOutput(int sampleRate, Listener listener)
    : SpeechOutput(std::move(listener)), sampleRate_(sampleRate) {}

WavOutput::~WavOutput() {
    if (file_ != nullptr) {
        writeHeader();
        std::fclose(file_);
    }
}

bool WavOutput::open(const std::string& path) {
    file_ = std::fopen(path.c_str(), "wb");
    if (file_ == nullptr) {
        return false;
    }
    writeHeader();
    return std::ferror(file_) == 0;
}

void WavOutput::writeHeader() {
    // RIFF sizes are 32-bit: a file past 4 GiB keeps the largest size it can state.
    const auto data =
        static_cast<std::uint32_t>(std::min<std::uint64_t>(dataBytes_, 0xFFFFFFFFu - kHeaderBytes));
    const auto rate = static_cast<std::uint32_t>(sampleRate_);
    std::array<std::uint8_t, kHeaderBytes> header{};
    std::uint8_t* p = header.data();
    putTag(p, "RIFF");
    put32(p, kHeaderBytes - 8 + data);
    putTag(p, "WAVE");
    putTag(p, "fmt ");
    put32(p, 16);       // the format chunk's size
    put16(p, 1);        // PCM
    put16(p, 1);        // mono
    put32(p, rate);     // samples a second
    put32(p, rate * 2); // bytes a second
    put16(p, 2);        // bytes a frame
    put16(p, 16);       // bits a sample
    putTag(p, "data");
    put32(p, data);
    const long end = std::ftell(file_);
    std::fseek(file_, 0, SEEK_SET);
    std::fwrite(header.data(), 1, header.size(), file_);
    if (end > 0) {
        std::fseek(file_, end, SEEK_SET);
    }
    std::fflush(file_);
}

void WavOutput::push(const std::int16_t* samples, std::size_t count) {
    if (file_ == nullptr) {
        return;
    }
    std::vector<std::uint8_t> bytes(count * 2);
    for (std::size_t i = 0; i < count; ++i) {
        const auto v = static_cast<std::uint16_t>(samples[i]);
        bytes[2 * i] = static_cast<std::uint8_t>(v & 0xFFu);
        bytes[2 * i + 1] = static_cast<std::uint8_t>(v >> 8);
    }
    dataBytes_ += std::fwrite(bytes.data(), 1, bytes.size(), file_);
}

void WavOutput::mark(const Mark& mark) {
    reached(mark);
}

void WavOutput::flush() {
    // Everything written has been "heard" already.
}

} // namespace yaddas::app
