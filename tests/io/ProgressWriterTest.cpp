#include <core/ProgressLimits.hpp>
#include <io/ProgressReader.hpp>
#include <io/ProgressWriter.hpp>

#include "TempFolder.hpp"

#include <catch2/catch.hpp>

#include <array>
#include <cmath>
#include <limits>
#include <random>
#include <string>
#include <string_view>
#include <vector>

using namespace yaddas;
using core::ProgressLimits;
using io::ProgressReader;

namespace {

/// Random learner states made the way the app makes them: through Learner's own calls, with
/// values at and beyond the limits of the progress file.
class LearnerMaker {
public:
    explicit LearnerMaker(unsigned seed) : rng_(seed) {}

    core::Learner make() {
        core::Learner learner(core::LearnerProfile{
            "learner-" + std::to_string(pick(0, 999)), text(pick(1, 25), false),
            pick(0, static_cast<int>(ProgressLimits::maxCount))});
        std::vector<std::string> facts;
        for (int i = pick(1, 12); i > 0; --i) {
            facts.push_back(id());
        }
        std::vector<std::string> modules = {id(), id(), ""};
        std::int64_t now = time();
        const int steps = pick(0, 60);
        for (int step = 0; step < steps; ++step) {
            now = advance(now);
            switch (pick(0, 9)) {
            case 0:
                learner.beginSession(now);
                break;
            case 1:
                learner.markRead(modules[index(2)], pick(0, 3) == 0 ? "" : id(), real(), now);
                break;
            case 2: {
                core::QuizResult quiz;
                quiz.at = now;
                quiz.kind = pick(0, 1) ? "review" : id();
                quiz.moduleId = modules[index(3)];
                quiz.questions = pick(0, 3) == 0 ? pick(0, 2000000) : pick(0, 40);
                quiz.right = pick(0, 50);
                quiz.partial = pick(0, 10);
                quiz.seconds = seconds(1.0e8);
                learner.recordQuiz(quiz);
                break;
            }
            case 3: {
                core::LearnerSettings settings;
                settings.textSizePercent = pick(50, 300);
                settings.theme = static_cast<core::LearnerSettings::Theme>(pick(0, 2));
                settings.fullScreen = pick(0, 1) == 1;
                learner.setSettings(settings);
                break;
            }
            default: {
                core::AnswerRecord a;
                a.at = now;
                a.questionKind = pick(0, 1) ? "date-choice" : id();
                a.questionId = pick(0, 2) == 0 ? std::string() : id();
                a.factId = facts[index(facts.size())];
                a.moduleId = modules[index(3)];
                a.given = pick(0, 20) == 0 ? text(pick(9000, 12000)) : text(pick(0, 40));
                a.outcome = static_cast<core::Outcome>(pick(0, 2));
                a.fraction = real();
                a.seconds = seconds(300000.0);
                learner.recordAnswer(a, scheduler_);
            }
            }
        }
        return learner;
    }

private:
    int pick(int low, int high) { return std::uniform_int_distribution<int>(low, high)(rng_); }
    std::size_t index(std::size_t size) {
        return std::uniform_int_distribution<std::size_t>(0, size - 1)(rng_);
    }

    /// Ids as lessons may have them, up to the longest the validator lets through.
    std::string id() {
        static const std::string letters = "abcdefghijklmnopqrstuvwxyz0123456789-";
        const int length =
            pick(0, 3) == 0 ? static_cast<int>(ProgressLimits::maxIdLength) : pick(1, 30);
        std::string s;
        for (int i = 0; i < length; ++i) {
            s += letters[static_cast<std::size_t>(pick(1, static_cast<int>(letters.size())) - 1)];
        }
        return s;
    }

    /// Text with XML's special characters, line breaks, controls and non-ASCII letters; names
    /// (as typed, at most 100 bytes) have no controls.
    std::string text(int pieces, bool controls = true) {
        static const std::array<std::string_view, 18> parts = {
            "a",    "Z",  " ", "&", "<", ">", "\"",    "'",    "\n",
            "\r\n", "\t", "ə", "Ş", "☺", "😀", "&amp;", "\x01", std::string_view("\0", 1)};
        std::string s;
        for (int i = 0; i < pieces; ++i) {
            const int last = static_cast<int>(parts.size()) - (controls ? 1 : 3);
            s += parts[static_cast<std::size_t>(pick(0, last))];
        }
        return s;
    }

    /// Any time a clock may give, even before 1970 or after 9999.
    std::int64_t time() {
        switch (pick(0, 5)) {
        case 0:
            return pick(-100000, 100000);
        case 1:
            return ProgressLimits::latestTime - pick(-100000, 100000);
        default:
            return std::uniform_int_distribution<std::int64_t>(0, ProgressLimits::latestTime)(rng_);
        }
    }

    std::int64_t advance(std::int64_t now) {
        switch (pick(0, 9)) {
        case 0:
            return now - pick(0, 100000); // a clock put back
        case 1:
            return now + pick(0, 10000000); // months later
        default:
            return now + pick(0, 3000);
        }
    }

    double real() {
        switch (pick(0, 9)) {
        case 0:
            return std::numeric_limits<double>::quiet_NaN();
        case 1:
            return pick(0, 1) ? -0.5 : 1.5;
        default:
            return std::uniform_real_distribution<double>(0.0, 1.0)(rng_);
        }
    }

    /// Times taken, including a question or quiz left open for days.
    double seconds(double far) {
        switch (pick(0, 9)) {
        case 0:
            return std::uniform_real_distribution<double>(0.0, far)(rng_);
        case 1:
            return pick(0, 1) ? -3.0 : std::numeric_limits<double>::infinity();
        case 2:
            return std::numeric_limits<double>::quiet_NaN();
        default:
            return std::uniform_real_distribution<double>(0.0, 120.0)(rng_);
        }
    }

    std::mt19937 rng_;
    core::FsrsScheduler scheduler_;
};

void checkSame(const core::Learner& a, const core::Learner& b) {
    CHECK(a.profile().id == b.profile().id);
    CHECK(a.profile().displayName == b.profile().displayName);
    CHECK(a.profile().created == b.profile().created);
    CHECK(a.settings() == b.settings());
    REQUIRE(a.answers().size() == b.answers().size());
    for (std::size_t i = 0; i < a.answers().size(); ++i) {
        const auto& x = a.answers()[i];
        const auto& y = b.answers()[i];
        INFO("answer " << i);
        CHECK(x.at == y.at);
        CHECK(x.session == y.session);
        CHECK(x.questionKind == y.questionKind);
        CHECK(x.questionId == y.questionId);
        CHECK(x.factId == y.factId);
        CHECK(x.moduleId == y.moduleId);
        CHECK(x.given == y.given);
        CHECK(x.outcome == y.outcome);
        CHECK(x.fraction == y.fraction);
        CHECK(x.seconds == y.seconds);
    }
    CHECK(a.memory() == b.memory());
    REQUIRE(a.sessions().size() == b.sessions().size());
    for (std::size_t i = 0; i < a.sessions().size(); ++i) {
        CHECK(a.sessions()[i].id == b.sessions()[i].id);
        CHECK(a.sessions()[i].start == b.sessions()[i].start);
        CHECK(a.sessions()[i].end == b.sessions()[i].end);
    }
    REQUIRE(a.reading().size() == b.reading().size());
    for (std::size_t i = 0; i < a.reading().size(); ++i) {
        CHECK(a.reading()[i].moduleId == b.reading()[i].moduleId);
        CHECK(a.reading()[i].section == b.reading()[i].section);
        CHECK(a.reading()[i].fraction == b.reading()[i].fraction);
        CHECK(a.reading()[i].at == b.reading()[i].at);
    }
    REQUIRE(a.quizzes().size() == b.quizzes().size());
    for (std::size_t i = 0; i < a.quizzes().size(); ++i) {
        const auto& x = a.quizzes()[i];
        const auto& y = b.quizzes()[i];
        CHECK(x.at == y.at);
        CHECK(x.session == y.session);
        CHECK(x.kind == y.kind);
        CHECK(x.moduleId == y.moduleId);
        CHECK(x.questions == y.questions);
        CHECK(x.right == y.right);
        CHECK(x.partial == y.partial);
        CHECK(x.seconds == y.seconds);
    }
}

} // namespace

TEST_CASE("Any learner the app can make survives a save and a load unchanged",
          "[io][progress][property]") {
    LearnerMaker maker(20261201);
    for (int round = 0; round < 300; ++round) {
        INFO("round " << round << " (seed 20261201)");
        const core::Learner original = maker.make();
        const std::string xml = io::ProgressWriter::toXml(original);
        const auto read = ProgressReader::parse(xml, "learner.xml");
        REQUIRE(read.status == ProgressReader::Status::Ok);
        std::string problems;
        for (const auto& d : read.diagnostics) {
            problems += d.format() + "\n";
        }
        INFO(problems);
        REQUIRE(read.diagnostics.empty());
        checkSame(original, read.learner);
        REQUIRE(io::ProgressWriter::toXml(read.learner) == xml);
    }
}

TEST_CASE("A saved file loads as it was saved", "[io][progress][property]") {
    test::TempFolder folder;
    const auto file = folder.path() / "learner.xml";
    LearnerMaker maker(7);
    for (int round = 0; round < 10; ++round) {
        const core::Learner original = maker.make();
        REQUIRE(io::ProgressWriter::save(original, file));
        const auto read = ProgressReader::read(file);
        REQUIRE(read.status == ProgressReader::Status::Ok);
        INFO((read.diagnostics.empty() ? "" : read.diagnostics.front().format()));
        REQUIRE(read.diagnostics.empty());
        checkSame(original, read.learner);
    }
}

TEST_CASE("Times and texts beyond the file's limits are clamped when recorded", "[io][progress]") {
    const core::FsrsScheduler scheduler;
    core::Learner learner(core::LearnerProfile{"x", "X", 1});
    core::AnswerRecord a;
    a.at = 1795618800;
    a.questionKind = "date-choice";
    a.factId = "f";
    a.seconds = 154715.5; // a question left open over a weekend
    a.given = std::string(ProgressLimits::maxTextLength - 1, 'a') + "ə" + std::string(1, '\0');
    learner.recordAnswer(a, scheduler);
    const auto& kept = learner.answers().back();
    CHECK(kept.seconds == ProgressLimits::maxAnswerSeconds);
    CHECK(kept.given == std::string(ProgressLimits::maxTextLength - 1, 'a')); // not half an ə
    const auto read = ProgressReader::parse(io::ProgressWriter::toXml(learner), "x.xml");
    CHECK(read.diagnostics.empty());
    REQUIRE(read.learner.answers().size() == 1);
    CHECK(read.learner.answers()[0].seconds == ProgressLimits::maxAnswerSeconds);
}
