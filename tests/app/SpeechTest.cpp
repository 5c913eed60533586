#include <app/speech/DeviceOutput.hpp>
#include <app/speech/SampleBuffer.hpp>
#include <app/speech/Speech.hpp>
#include <app/speech/WavOutput.hpp>

#include "../io/Fifo.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <thread>
#include <vector>

namespace fs = std::filesystem;
using namespace yaddas;
using namespace std::chrono_literals;
using app::Speech;

namespace {

/// A folder of its own, removed at the end.
struct Scratch {
    fs::path path;
    Scratch() {
        std::random_device rd;
        path = fs::temp_directory_path() / ("yaddas-speech-" + std::to_string(rd()));
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~Scratch() {
        std::error_code ignored;
        fs::remove_all(path, ignored);
    }
    Scratch(const Scratch&) = delete;
    Scratch& operator=(const Scratch&) = delete;
};

std::vector<std::string> lines(const fs::path& file) {
    std::ifstream in(file);
    std::vector<std::string> out;
    std::string line;
    while (std::getline(in, line)) {
        out.push_back(line);
    }
    return out;
}

std::string bytes(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::uint32_t le32(const std::string& b, std::size_t at) {
    std::uint32_t v = 0;
    for (std::size_t i = 0; i < 4; ++i) {
        v |= static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + i])) << (8 * i);
    }
    return v;
}

const char* const kLong =
    "In the years of the Great Terror, from 1937 to 1938, the troikas of the "
    "NKVD sentenced thousands of people in Azerbaijan, many of them to death, "
    "after trials that lasted minutes.";

} // namespace

TEST_CASE("Speech writes what it says into the WAV file and one log line per utterance",
          "[speech]") {
    Scratch dir;
    const fs::path wav = dir.path / "speech.wav";
    const fs::path log = dir.path / "speech.log";
    {
        Speech speech({log.string(), wav.string()});
        speech.setEnabled(true);
        speech.say("Option 2 of 4, selected");
        speech.queue("Second line\nof the lesson");
        speech.queue("Third");
        REQUIRE(speech.waitIdle(20s));
        CHECK_FALSE(speech.speaking());
        CHECK(speech.takeNotice().empty());
        // Each line is there as soon as it is heard, not only at the end.
        CHECK(lines(log) == std::vector<std::string>{"en: Option two of four, selected",
                                                     "en: Second line of the lesson", "en: Third"});
    }
    const std::string b = bytes(wav);
    REQUIRE(b.size() > 44 + 22050); // more than half a second of 16-bit samples
    CHECK(b.compare(0, 4, "RIFF") == 0);
    CHECK(b.compare(8, 4, "WAVE") == 0);
    CHECK(le32(b, 4) == b.size() - 8);
    CHECK(b.compare(36, 4, "data") == 0);
    CHECK(le32(b, 40) == b.size() - 44);
    CHECK(le32(b, 24) == 22050);
}

TEST_CASE("Speech logs in the voice's language", "[speech]") {
    Scratch dir;
    const fs::path log = dir.path / "speech.log";
    Speech speech({log.string(), (dir.path / "s.wav").string()});
    speech.setEnabled(true);
    app::Voice voice;
    voice.language = "az";
    voice.variant = "f2";
    voice.ratePercent = 150;
    speech.setVoice(voice);
    CHECK(speech.voice() == voice);
    speech.say("Hüseyn Cavid 1937-ci ildə həbs olundu.");
    voice.language = "ru";
    speech.setVoice(voice);
    speech.queue("Баку");
    REQUIRE(speech.waitIdle(20s));
    CHECK(lines(log) ==
          std::vector<std::string>{
              "az: Hüseyn Cavid min doqquz yüz otuz yeddinci ildə həbs olundu.", "ru: Баку"});
}

TEST_CASE("say() drops what was queued: the dropped utterances are never logged", "[speech]") {
    Scratch dir;
    const fs::path log = dir.path / "speech.log";
    Speech speech({log.string(), (dir.path / "s.wav").string()});
    speech.setEnabled(true);
    speech.queue(kLong);
    speech.queue("Dropped one");
    speech.queue("Dropped two");
    speech.say("Said instead", "focus");
    REQUIRE(speech.waitIdle(20s));
    const auto said = lines(log);
    REQUIRE_FALSE(said.empty());
    CHECK(said.back() == "en: Said instead");
    for (const auto& line : said) {
        CHECK(line.find("Dropped") == std::string::npos);
    }
    CHECK(speech.playingTag().empty());
}

TEST_CASE("Speech turned off says nothing", "[speech]") {
    Scratch dir;
    const fs::path wav = dir.path / "speech.wav";
    const fs::path log = dir.path / "speech.log";
    Speech speech({log.string(), wav.string()});
    CHECK_FALSE(speech.enabled()); // off until the learner's settings turn it on
    speech.setEnabled(true);
    speech.setEnabled(false);
    speech.say("Not said");
    speech.queue("Not said either");
    CHECK_FALSE(speech.speaking());
    CHECK(speech.waitIdle(1s));
    CHECK(lines(log).empty());
    CHECK_FALSE(fs::exists(wav));
}

TEST_CASE("Speech at playing pace: the tag of what is heard, then stop() silences it at once",
          "[speech]") {
    Scratch dir;
    const fs::path log = dir.path / "speech.log";
    Speech::Options options;
    options.logFile = log.string();
    options.silent = true;
    Speech speech(options);
    speech.setEnabled(true);
    speech.say(kLong, "lesson-1");
    CHECK(speech.speaking());
    const auto asked = std::chrono::steady_clock::now();
    while (speech.playingTag().empty() && std::chrono::steady_clock::now() - asked < 5s) {
        std::this_thread::sleep_for(5ms);
    }
    CHECK(speech.playingTag() == "lesson-1");
    CHECK(speech.lastLatency().count() > 0);
    // Several seconds of audio: still being heard a little later.
    std::this_thread::sleep_for(300ms);
    CHECK(speech.speaking());
    CHECK(speech.playingTag() == "lesson-1");
    speech.stop();
    CHECK_FALSE(speech.speaking());
    CHECK(speech.playingTag().empty());
    CHECK(lines(log).size() == 1);
    // The next one follows at once.
    speech.say("Next", "next");
    CHECK(speech.waitIdle(10s));
    // The log has the words said: the years and the NKVD as a listener hears them.
    CHECK(lines(log) ==
          std::vector<std::string>{"en: In the years of the Great Terror, from nineteen "
                                   "thirty-seven to nineteen thirty-eight, the troikas of the en "
                                   "kay vee dee sentenced thousands of people in Azerbaijan, many "
                                   "of them to death, after trials that lasted minutes.",
                                   "en: Next"});
    CHECK(speech.takeNotice().empty());
}

TEST_CASE("A speech log that cannot be opened gives a notice, not a crash", "[speech]") {
    Scratch dir;
    SECTION("a missing folder") {
        Speech speech({(dir.path / "no" / "such" / "speech.log").string(), {}});
        const std::string notice = speech.takeNotice();
        CHECK(notice.find("no/such/speech.log") != std::string::npos);
        CHECK(speech.takeNotice().empty()); // once
    }
    SECTION("a folder") {
        Speech speech({dir.path.string(), {}});
        CHECK_FALSE(speech.takeNotice().empty());
    }
    SECTION("a FIFO nobody reads: refused without waiting") {
        test::Fifo fifo(dir.path / "fifo");
        REQUIRE(fifo.made());
        Speech speech({fifo.path().string(), {}});
        CHECK_FALSE(speech.takeNotice().empty());
        CHECK(fifo.elapsed() < 2.0);
    }
}

TEST_CASE("A WAV file that cannot be written gives a notice and speech goes on silently",
          "[speech]") {
    Scratch dir;
    const fs::path log = dir.path / "speech.log";
    Speech speech({log.string(), (dir.path / "no" / "speech.wav").string()});
    speech.setEnabled(true);
    speech.say("Hello");
    CHECK(speech.waitIdle(10s));
    CHECK(speech.takeNotice().find("speech.wav") != std::string::npos);
    CHECK(lines(log) == std::vector<std::string>{"en: Hello"});
}

TEST_CASE("With no sound device, turning speech on says so at once, and only once", "[speech]") {
    if (app::DeviceOutput::deviceLikely()) {
        WARN("this computer has a sound device: nothing to check");
        return;
    }
    Speech speech(Speech::Options{});
    speech.setEnabled(true);
    // Before anything is said: the window lays out the banner with the change itself.
    CHECK(speech.takeNotice().find("No sound device") != std::string::npos);
    speech.say("Hello");
    REQUIRE(speech.waitIdle(20s));
    CHECK(speech.takeNotice().empty());
    speech.setEnabled(false);
    speech.setEnabled(true);
    CHECK(speech.takeNotice().empty());
}

TEST_CASE("Destroying Speech in the middle of an utterance returns promptly", "[speech]") {
    Scratch dir;
    for (const bool silent : {true, false}) {
        Speech::Options options;
        options.silent = silent;
        if (!silent) {
            options.wavFile = (dir.path / "s.wav").string();
        }
        auto speech = std::make_unique<Speech>(options);
        speech->setEnabled(true);
        for (int i = 0; i < 20; ++i) {
            speech->queue(kLong);
        }
        std::this_thread::sleep_for(50ms);
        const auto start = std::chrono::steady_clock::now();
        speech.reset();
        CHECK(std::chrono::steady_clock::now() - start < 1s);
    }
}

TEST_CASE("SampleBuffer reports a start as its first sample is taken, an end after its last",
          "[speech]") {
    std::vector<std::string> reached;
    app::SampleBuffer buffer([&](const app::SpeechOutput::Mark& m) {
        reached.push_back((m.start ? "start " : "end ") + std::to_string(m.utterance));
    });
    const std::vector<std::int16_t> ten(10, 7);
    buffer.mark({1, true});
    buffer.push(ten.data(), ten.size());
    buffer.mark({1, false});
    buffer.mark({2, true});
    buffer.push(ten.data(), ten.size());
    buffer.mark({2, false});
    buffer.mark({3, true});
    buffer.push(ten.data(), ten.size());
    buffer.mark({3, false});
    CHECK(reached.empty());
    std::vector<std::int16_t> out(25);
    CHECK(buffer.take(out.data(), 5) == 5);
    CHECK(reached == std::vector<std::string>{"start 1"});
    CHECK(buffer.take(out.data(), 5) == 5);
    CHECK(reached == std::vector<std::string>{"start 1", "end 1"});
    CHECK(buffer.take(out.data(), 1) == 1);
    CHECK(reached == std::vector<std::string>{"start 1", "end 1", "start 2"});
    // An interruption: what was not taken is never reported.
    buffer.flush();
    CHECK(buffer.empty());
    CHECK(buffer.take(out.data(), 25) == 0);
    CHECK(reached.size() == 3);
    // After a flush, marks line up with the samples pushed next.
    buffer.mark({4, true});
    buffer.push(ten.data(), ten.size());
    buffer.mark({4, false});
    CHECK(buffer.take(out.data(), 25) == 10);
    CHECK(reached == std::vector<std::string>{"start 1", "end 1", "start 2", "start 4", "end 4"});
    // An end with nothing left to play is reached at once.
    buffer.mark({5, false});
    CHECK(reached.back() == "end 5");
}

TEST_CASE("SampleBuffer fades out what it keeps of speech cut short", "[speech]") {
    int reached = 0;
    app::SampleBuffer buffer([&](const app::SpeechOutput::Mark&) { ++reached; }, 4);
    const std::vector<std::int16_t> loud(100, 1000);
    buffer.mark({1, true});
    buffer.push(loud.data(), loud.size());
    buffer.mark({1, false});
    buffer.flush();
    std::vector<std::int16_t> out(100);
    REQUIRE(buffer.take(out.data(), out.size()) == 4);
    CHECK(out[0] == 800);
    CHECK(out[1] == 600);
    CHECK(out[2] == 400);
    CHECK(out[3] == 200);
    CHECK(reached == 0); // the interrupted utterance is not heard
    // What comes next is placed after the fade.
    buffer.mark({2, true});
    buffer.push(loud.data(), 1);
    CHECK(buffer.take(out.data(), out.size()) == 1);
    CHECK(reached == 1);
}

TEST_CASE("WavOutput puts the sizes right on close", "[speech]") {
    Scratch dir;
    const fs::path wav = dir.path / "out.wav";
    int marks = 0;
    {
        app::WavOutput out(16000, [&](const app::SpeechOutput::Mark&) { ++marks; });
        REQUIRE(out.open(wav.string()));
        const std::vector<std::int16_t> samples{1, -1, 256, -32768};
        out.mark({1, true});
        out.push(samples.data(), samples.size());
        out.mark({1, false});
        CHECK(marks == 2); // written is heard
    }
    const std::string b = bytes(wav);
    REQUIRE(b.size() == 44 + 8);
    CHECK(le32(b, 4) == 36 + 8);
    CHECK(le32(b, 24) == 16000);
    CHECK(le32(b, 40) == 8);
    CHECK(b.substr(44) == std::string("\x01\x00\xff\xff\x00\x01\x00\x80", 8));
}
