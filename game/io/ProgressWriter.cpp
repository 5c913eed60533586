#include <io/ProgressWriter.hpp>

#include <io/AtomicFile.hpp>
#include <io/ProgressReader.hpp>

#include <tinyxml2.h>

#include <charconv>
#include <string>

namespace yaddas::io {
namespace {

// Shortest text that reads back as the same double, so a round trip changes nothing.
std::string number(double value) {
    char buffer[32];
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    return ec == std::errc() ? std::string(buffer, end) : std::string("0");
}

class Printer {
public:
    void open(const char* name) { printer_.OpenElement(name, false); }
    void close() { printer_.CloseElement(false); }
    void text(const char* name, const std::string& value) {
        printer_.PushAttribute(name, value.c_str());
    }
    void integer(const char* name, std::int64_t value) {
        printer_.PushAttribute(name, static_cast<int64_t>(value));
    }
    void real(const char* name, double value) {
        printer_.PushAttribute(name, number(value).c_str());
    }
    void flag(const char* name, bool value) {
        printer_.PushAttribute(name, value ? "true" : "false");
    }
    void header() { printer_.PushHeader(false, true); }
    std::string result() const {
        return std::string(printer_.CStr(), static_cast<std::size_t>(printer_.CStrSize() - 1));
    }

private:
    tinyxml2::XMLPrinter printer_{nullptr, false};
};

} // namespace

std::string ProgressWriter::toXml(const core::Learner& learner) {
    Printer p;
    p.header();
    p.open("learner");
    p.integer("schema", ProgressReader::schemaVersion);
    p.text("id", learner.profile().id);
    p.text("name", learner.profile().displayName);
    p.integer("created", learner.profile().created);

    const core::LearnerSettings& settings = learner.settings();
    p.open("settings");
    p.integer("textSize", settings.textSizePercent);
    p.text("theme", std::string(core::toString(settings.theme)));
    p.flag("fullScreen", settings.fullScreen);
    p.close();

    p.open("sessions");
    for (const auto& session : learner.sessions()) {
        p.open("session");
        p.integer("id", session.id);
        p.integer("start", session.start);
        p.integer("end", session.end);
        p.close();
    }
    p.close();

    p.open("reading");
    for (const auto& reading : learner.reading()) {
        p.open("module");
        p.text("id", reading.moduleId);
        p.text("section", reading.section);
        p.real("fraction", reading.fraction);
        p.integer("at", reading.at);
        p.close();
    }
    p.close();

    p.open("quizzes");
    for (const auto& quiz : learner.quizzes()) {
        p.open("quiz");
        p.integer("at", quiz.at);
        p.integer("session", quiz.session);
        p.text("kind", quiz.kind);
        p.text("module", quiz.moduleId);
        p.integer("questions", quiz.questions);
        p.integer("right", quiz.right);
        p.integer("partial", quiz.partial);
        p.real("seconds", quiz.seconds);
        p.close();
    }
    p.close();

    p.open("memory");
    for (const auto& [factId, state] : learner.memory()) {
        p.open("fact");
        p.text("id", factId);
        p.text("phase", std::string(core::toString(state.phase)));
        p.real("stability", state.stability);
        p.real("difficulty", state.difficulty);
        p.integer("step", state.step);
        p.integer("last", state.lastReview);
        p.integer("due", state.due);
        p.integer("days", state.scheduledDays);
        p.integer("reps", state.reps);
        p.integer("lapses", state.lapses);
        p.close();
    }
    p.close();

    // One compact element per answer, attributes only: the bulk of the file.
    p.open("answers");
    for (const auto& a : learner.answers()) {
        p.open("a");
        p.integer("t", a.at);
        p.integer("n", a.session);
        p.text("q", a.questionKind);
        p.text("f", a.factId);
        p.text("m", a.moduleId);
        p.text("o", std::string(core::toString(a.outcome)));
        p.real("x", a.fraction);
        p.real("s", a.seconds);
        p.text("v", a.given);
        p.close();
    }
    p.close();

    p.close();
    return p.result();
}

core::Result<std::size_t> ProgressWriter::save(const core::Learner& learner,
                                               const std::filesystem::path& path) {
    return AtomicFile::write(path, toXml(learner));
}

} // namespace yaddas::io
