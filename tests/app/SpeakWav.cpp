// Says one text in one language into a WAV file, as the app would say it, and prints the speech
// log's line. Usage: yaddas_speak_wav LANG OUT.wav TEXT
#include <app/speech/Speech.hpp>

#include <cstdio>
#include <fstream>
#include <string>

int main(int argc, char** argv) {
    if (argc != 4) {
        std::fprintf(stderr, "usage: %s LANG OUT.wav TEXT\n", argv[0]);
        return 2;
    }
    const std::string out = argv[2];
    const std::string log = out + ".log";
    {
        yaddas::app::Speech speech({log, out});
        yaddas::app::Voice voice;
        voice.language = argv[1];
        speech.setVoice(voice);
        speech.setEnabled(true);
        speech.say(argv[3]);
        if (!speech.waitIdle(std::chrono::seconds(60))) {
            std::fprintf(stderr, "speech did not finish within 60 s\n");
            return 1;
        }
        const std::string notice = speech.takeNotice();
        if (!notice.empty()) {
            std::fprintf(stderr, "%s\n", notice.c_str());
            return 1;
        }
    }
    std::ifstream in(log);
    std::string line;
    while (std::getline(in, line)) {
        std::printf("%s\n", line.c_str());
    }
    return 0;
}
