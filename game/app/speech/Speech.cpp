#include <app/speech/Speech.hpp>

#include <app/speech/DeviceOutput.hpp>
#include <app/speech/EspeakSynth.hpp>
#include <app/speech/SilentOutput.hpp>
#include <app/speech/SpeechLog.hpp>
#include <app/speech/SpeechOutput.hpp>
#include <app/speech/WavOutput.hpp>
#include <core/I18n.hpp>

#include <spdlog/spdlog.h>

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>

namespace yaddas::app {

namespace {

using Clock = std::chrono::steady_clock;

/// Silence after which the sound device is closed (OpenAL mixes silence while it is open).
constexpr auto kCloseDeviceAfter = std::chrono::seconds(5);

struct Utterance {
    std::uint64_t id = 0;
    std::uint64_t generation = 0; ///< stale once say() or stop() moves the generation on
    std::string text;
    std::string tag;
    Voice voice;
    std::shared_ptr<const std::vector<core::ForeignName>> names;
    Clock::time_point asked;
    bool timed = false; ///< from say(): its latency is measured
};

/// An utterance whose audio is in the output, until its end is played.
struct Sounding {
    std::string tag;
    std::string language;
    std::string logText;
};

bool blank(const std::string& text) {
    return text.find_first_not_of(" \t\r\n") == std::string::npos;
}

} // namespace

// The main thread only queues and reads state under `mutex`; one worker thread owns espeak-ng
// and the output; the output's playing thread reports marks back (reached), which writes the log.
struct Speech::Impl {
    Options options;

    // The main thread's own.
    bool enabled = false;
    Voice voice;
    std::shared_ptr<const std::vector<core::ForeignName>> names =
        std::make_shared<const std::vector<core::ForeignName>>();

    // Shared, under `mutex`.
    mutable std::mutex mutex;
    std::condition_variable wake;
    std::deque<Utterance> waiting;
    bool quit = false;
    bool flushRequested = false;
    bool busy = false; ///< the worker synthesises an utterance of busyGeneration
    std::uint64_t busyGeneration = 0;
    std::map<std::uint64_t, Sounding> sounding;
    std::uint64_t playing = 0; ///< the utterance being heard; 0: none
    std::string playingTag;
    std::string notice;
    std::atomic<bool> noDeviceSaid{false}; ///< the learner was told there is no sound device
    std::chrono::microseconds latency{0};
    std::uint64_t nextId = 1;
    SpeechLog log;
    std::atomic<std::uint64_t> generation{1};

    std::thread worker;

    void start() {
        worker = std::thread([this] { run(); });
    }
    void finish();
    void enqueue(const std::string& text, const std::string& tag, bool interrupt);
    void interrupt(); // with the lock held
    void run();
    std::unique_ptr<SpeechOutput> makeOutput(int sampleRate);
    void speak(EspeakSynth& synth, SpeechOutput& output, const Utterance& u);
    void reached(const SpeechOutput::Mark& mark);
    void addNotice(const std::string& sentence);
    /// Once: tells the learner that nothing will be heard.
    void noDevice();
};

void Speech::Impl::noDevice() {
    if (noDeviceSaid.exchange(true)) {
        return;
    }
    if (log.isOpen()) {
        addNotice(core::I18n::tr("No sound device was found, so nothing is read aloud; the "
                                 "speech log is still written."));
    } else {
        addNotice(core::I18n::tr("No sound device was found, so nothing is read aloud."));
    }
}

void Speech::Impl::addNotice(const std::string& sentence) {
    spdlog::warn("speech: {}", sentence);
    const std::lock_guard<std::mutex> lock(mutex);
    if (notice.find(sentence) != std::string::npos) {
        return;
    }
    notice += notice.empty() ? sentence : " " + sentence;
}

void Speech::Impl::interrupt() {
    ++generation;
    waiting.clear();
    flushRequested = true;
    // What is still in the output is no longer heard, logged or waited for.
    sounding.clear();
    playing = 0;
    playingTag.clear();
    latency = std::chrono::microseconds{0};
}

void Speech::Impl::enqueue(const std::string& text, const std::string& tag, bool interrupting) {
    Utterance u;
    u.text = text;
    u.tag = tag;
    u.voice = voice;
    u.names = names;
    u.asked = Clock::now();
    u.timed = interrupting;
    {
        const std::lock_guard<std::mutex> lock(mutex);
        if (interrupting) {
            interrupt();
        }
        u.id = nextId++;
        u.generation = generation;
        if (!blank(text)) {
            waiting.push_back(std::move(u));
        }
    }
    wake.notify_one();
}

void Speech::Impl::finish() {
    {
        const std::lock_guard<std::mutex> lock(mutex);
        quit = true;
        interrupt();
    }
    wake.notify_one();
    if (worker.joinable()) {
        worker.join();
    }
}

void Speech::Impl::run() {
    // espeak-ng and the output start with the first utterance: a learner who never turns speech
    // on gets no audio device opened and no notice about it.
    std::optional<EspeakSynth> synth;
    std::unique_ptr<SpeechOutput> output;
    for (;;) {
        std::optional<Utterance> u;
        bool flush = false;
        {
            std::unique_lock<std::mutex> lock(mutex);
            const auto ready = [this] { return quit || flushRequested || !waiting.empty(); };
            if (output && output->holdsDevice()) {
                if (!wake.wait_for(lock, kCloseDeviceAfter, ready)) {
                    if (sounding.empty()) {
                        // Silence for a while: the device goes, and opens again to speak.
                        lock.unlock();
                        output.reset();
                    }
                    continue;
                }
            } else {
                wake.wait(lock, ready);
            }
            if (quit) {
                break;
            }
            flush = std::exchange(flushRequested, false);
            if (!waiting.empty()) {
                u = std::move(waiting.front());
                waiting.pop_front();
                busy = true;
                busyGeneration = u->generation;
            }
        }
        if (flush && output) {
            output->flush();
        }
        if (u) {
            if (!synth) {
                synth.emplace();
                if (!synth->ready()) {
                    addNotice(core::I18n::tr("The speech synthesiser (espeak-ng) could not "
                                             "start: nothing is read aloud."));
                }
            }
            if (!output && synth->ready()) {
                output = makeOutput(synth->sampleRate());
            }
            if (output) {
                speak(*synth, *output, *u);
            }
            const std::lock_guard<std::mutex> lock(mutex);
            busy = false;
        }
    }
    // Its playing thread reports to this object: it ends here, before the object does.
    output.reset();
}

std::unique_ptr<SpeechOutput> Speech::Impl::makeOutput(int sampleRate) {
    auto listener = [this](const SpeechOutput::Mark& mark) { reached(mark); };
    if (!options.wavFile.empty()) {
        auto wav = std::make_unique<WavOutput>(sampleRate, listener);
        if (wav->open(options.wavFile)) {
            return wav;
        }
        addNotice(core::I18n::format(core::I18n::tr("The audio file {1} could not be written."),
                                     {options.wavFile}));
    } else if (!options.silent) {
        if (auto device = DeviceOutput::open(sampleRate, listener)) {
            return device;
        }
        noDevice();
    }
    return std::make_unique<SilentOutput>(sampleRate, listener);
}

void Speech::Impl::speak(EspeakSynth& synth, SpeechOutput& output, const Utterance& u) {
    const core::SpokenText spoken(u.voice.language, *u.names);
    const std::string logText = spoken.forLog(u.text);
    bool started = false;
    const EspeakSynth::Chunk chunk = [&](const std::int16_t* samples, std::size_t count) {
        if (generation != u.generation) {
            return false;
        }
        if (!started) {
            {
                const std::lock_guard<std::mutex> lock(mutex);
                if (quit || generation != u.generation) {
                    return false;
                }
                sounding[u.id] = Sounding{u.tag, u.voice.language, logText};
                if (u.timed) {
                    latency = std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() -
                                                                                    u.asked);
                    // A latency of zero reads as "not yet".
                    latency = std::max(latency, std::chrono::microseconds{1});
                }
            }
            started = true;
            output.mark(SpeechOutput::Mark{u.id, true});
        }
        output.push(samples, count);
        return true;
    };
    for (const core::SpokenPart& part : spoken.parts(u.text)) {
        if (blank(part.text)) {
            continue;
        }
        // A part with no voice is skipped; an interruption ends the utterance.
        synth.speak(part.text, part.language, u.voice.variant, u.voice.ratePercent, chunk);
        if (generation != u.generation) {
            return;
        }
    }
    if (started) {
        output.mark(SpeechOutput::Mark{u.id, false});
    }
}

void Speech::Impl::reached(const SpeechOutput::Mark& mark) {
    const std::lock_guard<std::mutex> lock(mutex);
    const auto it = sounding.find(mark.utterance);
    if (it == sounding.end()) {
        return; // interrupted before it was heard
    }
    if (mark.start) {
        playing = mark.utterance;
        playingTag = it->second.tag;
        log.write(it->second.language, it->second.logText);
        return;
    }
    if (playing == mark.utterance) {
        playing = 0;
        playingTag.clear();
    }
    sounding.erase(it);
}

Speech::Speech(Options options) : impl_(std::make_unique<Impl>()) {
    impl_->options = std::move(options);
    if (!impl_->options.logFile.empty() && !impl_->log.open(impl_->options.logFile)) {
        impl_->addNotice(core::I18n::format(
            core::I18n::tr("The speech log {1} could not be written."), {impl_->options.logFile}));
    }
    impl_->start();
}

Speech::~Speech() {
    impl_->finish();
}

void Speech::setEnabled(bool on) {
    if (!on) {
        stop();
    }
    // Said at once, not when the first sentence is synthesised: the banner then comes with the
    // change that turned speech on, not a frame later under the learner's pointer.
    if (on && !impl_->enabled && impl_->options.wavFile.empty() && !impl_->options.silent &&
        !DeviceOutput::deviceLikely()) {
        impl_->noDevice();
    }
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
    impl_->names = std::make_shared<const std::vector<core::ForeignName>>(std::move(names));
}

void Speech::say(const std::string& text, const std::string& tag) {
    if (impl_->enabled) {
        impl_->enqueue(text, tag, true);
    }
}

void Speech::queue(const std::string& text, const std::string& tag) {
    if (impl_->enabled) {
        impl_->enqueue(text, tag, false);
    }
}

void Speech::stop() {
    {
        const std::lock_guard<std::mutex> lock(impl_->mutex);
        impl_->interrupt();
    }
    impl_->wake.notify_one();
}

bool Speech::speaking() const {
    const std::lock_guard<std::mutex> lock(impl_->mutex);
    return !impl_->waiting.empty() || !impl_->sounding.empty() ||
           (impl_->busy && impl_->busyGeneration == impl_->generation);
}

std::string Speech::playingTag() const {
    const std::lock_guard<std::mutex> lock(impl_->mutex);
    return impl_->playingTag;
}

std::string Speech::takeNotice() {
    const std::lock_guard<std::mutex> lock(impl_->mutex);
    return std::exchange(impl_->notice, {});
}

bool Speech::waitIdle(std::chrono::milliseconds timeout) {
    const auto deadline = Clock::now() + timeout;
    while (speaking()) {
        if (Clock::now() >= deadline) {
            return false;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    return true;
}

std::chrono::microseconds Speech::lastLatency() const {
    const std::lock_guard<std::mutex> lock(impl_->mutex);
    return impl_->latency;
}

} // namespace yaddas::app
