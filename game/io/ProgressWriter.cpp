#include <io/ProgressWriter.hpp>

#include <core/LearnerUid.hpp>
#include <io/AtomicFile.hpp>
#include <io/ProgressReader.hpp>

#include <charconv>
#include <string>
#include <string_view>

namespace yaddas::io {
namespace {

// The file is written by hand rather than through a DOM: a learner with 100,000 answers must
// save in well under a tenth of a second, and the format is simple and fixed.
class Out {
public:
    explicit Out(std::size_t reserve) { text_.reserve(reserve); }

    void line(int depth, std::string_view opening) {
        text_.append(static_cast<std::size_t>(depth) * 2, ' ');
        text_ += opening;
    }
    void raw(std::string_view s) { text_ += s; }
    void text(std::string_view name, std::string_view value) {
        begin(name);
        for (char c : value) {
            switch (c) {
            case '&':
                text_ += "&amp;";
                break;
            case '<':
                text_ += "&lt;";
                break;
            case '>':
                text_ += "&gt;";
                break;
            case '"':
                text_ += "&quot;";
                break;
            case '\n':
                text_ += "&#10;";
                break;
            case '\r':
                text_ += "&#13;";
                break;
            case '\t':
                text_ += "&#9;";
                break;
            default:
                text_ += c;
            }
        }
        text_ += '"';
    }
    void integer(std::string_view name, std::int64_t value) {
        begin(name);
        char buffer[24];
        auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
        text_.append(buffer, end);
        text_ += '"';
    }
    // Shortest text that reads back as the same double, so a round trip changes nothing.
    void real(std::string_view name, double value) {
        begin(name);
        char buffer[32];
        auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
        text_.append(buffer, ec == std::errc() ? end : buffer);
        text_ += '"';
    }
    void flag(std::string_view name, bool value) { text(name, value ? "true" : "false"); }
    /// <name> holding one empty <item …/> per element of `items`, its attributes written by
    /// `attributes(element)`.
    template <class Items, class Attributes>
    void list(std::string_view name, std::string_view item, const Items& items,
              Attributes attributes) {
        tag(1, "<", name, ">\n");
        for (const auto& element : items) {
            tag(2, "<", item, "");
            attributes(element);
            raw("/>\n");
        }
        tag(1, "</", name, ">\n");
    }
    std::string take() { return std::move(text_); }

private:
    void tag(int depth, std::string_view open, std::string_view name, std::string_view close) {
        line(depth, open);
        text_ += name;
        text_ += close;
    }
    void begin(std::string_view name) {
        text_ += ' ';
        text_ += name;
        text_ += "=\"";
    }
    std::string text_;
};

// The attributes of each kind of entry, shared by the progress file and its journal.
void attributes(Out& o, const core::LearnerSettings& settings) {
    o.integer("textSize", settings.textSizePercent);
    o.text("theme", core::toString(settings.theme));
    o.flag("fullScreen", settings.fullScreen);
    if (!settings.language.empty()) {
        o.text("language", settings.language);
    }
    o.flag("speech", settings.speech);
    o.integer("speechRate", settings.speechRatePercent);
    if (!settings.voice.empty()) {
        o.text("voice", settings.voice);
    }
}

void attributes(Out& o, const core::ReadingProgress& reading) {
    o.text("id", reading.moduleId);
    o.text("section", reading.section);
    o.real("fraction", reading.fraction);
    o.integer("at", reading.at);
}

void attributes(Out& o, const core::QuizResult& quiz) {
    o.integer("at", quiz.at);
    o.integer("session", quiz.session);
    o.text("kind", quiz.kind);
    o.text("module", quiz.moduleId);
    o.integer("questions", quiz.questions);
    o.integer("right", quiz.right);
    o.integer("partial", quiz.partial);
    o.real("seconds", quiz.seconds);
}

void attributes(Out& o, const core::AnswerRecord& a) {
    o.integer("t", a.at);
    o.integer("n", a.session);
    o.text("q", a.questionKind);
    o.text("f", a.factId);
    if (!a.questionId.empty()) {
        o.text("i", a.questionId);
    }
    o.text("m", a.moduleId);
    o.text("o", core::toString(a.outcome));
    o.real("x", a.fraction);
    o.real("s", a.seconds);
    o.text("v", a.given);
}

/// One journal record: `<name …/>` and a line feed, which marks it complete.
template <class Entry> std::string record(std::string_view name, const Entry& entry) {
    Out o(160);
    o.raw("<");
    o.raw(name);
    attributes(o, entry);
    o.raw("/>\n");
    return o.take();
}

} // namespace

std::string ProgressWriter::toXml(const core::Learner& learner, std::uint64_t journal) {
    Out o(4096 + learner.answers().size() * 140);
    o.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    o.raw("<learner");
    o.integer("schema", ProgressReader::schemaVersion);
    o.text("id", learner.profile().id);
    o.text("name", learner.profile().displayName);
    o.integer("created", learner.profile().created);
    // A profile made in memory without a uid gets the one the reader would derive for it.
    const std::string& uid = learner.profile().uid;
    o.text("uid", core::LearnerUid::valid(uid)
                      ? uid
                      : core::LearnerUid::derived(learner.profile().id, learner.profile().created));
    if (journal != 0) {
        o.integer("journal", static_cast<std::int64_t>(journal));
    }
    o.raw(">\n");

    o.line(1, "<settings");
    attributes(o, learner.settings());
    o.raw("/>\n");

    o.list("sessions", "session", learner.sessions(), [&o](const auto& session) {
        o.integer("id", session.id);
        o.integer("start", session.start);
        o.integer("end", session.end);
    });
    o.list("reading", "module", learner.reading(),
           [&o](const auto& reading) { attributes(o, reading); });
    o.list("quizzes", "quiz", learner.quizzes(), [&o](const auto& quiz) { attributes(o, quiz); });
    o.list("memory", "fact", learner.memory(), [&o](const auto& entry) {
        const auto& [factId, state] = entry;
        o.text("id", factId);
        o.text("phase", core::toString(state.phase));
        o.real("stability", state.stability);
        o.real("difficulty", state.difficulty);
        o.integer("step", state.step);
        o.integer("last", state.lastReview);
        o.integer("due", state.due);
        o.integer("days", state.scheduledDays);
        o.integer("reps", state.reps);
        o.integer("lapses", state.lapses);
    });
    // One compact element per answer, attributes only: the bulk of the file.
    o.list("answers", "a", learner.answers(), [&o](const auto& a) { attributes(o, a); });
    o.raw("</learner>\n");
    return o.take();
}

std::string ProgressWriter::journalHeader(const std::string& learnerId, std::uint64_t base) {
    Out o(160);
    o.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<journal");
    o.text("learner", learnerId);
    o.integer("base", static_cast<std::int64_t>(base));
    o.raw(">\n");
    return o.take();
}

std::string ProgressWriter::journalRecord(const core::AnswerRecord& answer) {
    return record("a", answer);
}

std::string ProgressWriter::journalRecord(const core::QuizResult& quiz) {
    return record("quiz", quiz);
}

std::string ProgressWriter::journalRecord(const core::ReadingProgress& reading) {
    return record("read", reading);
}

std::string ProgressWriter::journalRecord(const core::LearnerSettings& settings) {
    return record("settings", settings);
}

std::string ProgressWriter::journalBegin(std::int64_t at) {
    Out o(40);
    o.raw("<begin");
    o.integer("at", at);
    o.raw("/>\n");
    return o.take();
}

core::Result<std::size_t> ProgressWriter::save(const core::Learner& learner,
                                               const std::filesystem::path& path,
                                               std::uint64_t journal) {
    return AtomicFile::write(path, toXml(learner, journal));
}

} // namespace yaddas::io
