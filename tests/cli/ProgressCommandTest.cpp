#include <cli/ProgressCommand.hpp>
#include <io/ProgressStore.hpp>

#include "../io/Fifo.hpp"
#include "../io/TempFolder.hpp"

#include <CLI/CLI.hpp>
#include <catch2/catch.hpp>

#include <sstream>

using namespace yaddas;

namespace {

constexpr std::int64_t now = 1795618800; // 2026-11-25 15:00:00 UTC

int runProgress(const cli::GlobalOptions& options, std::vector<std::string> args, std::string& out,
                std::string& err) {
    std::ostringstream o;
    std::ostringstream e;
    cli::ProgressCommand command(o, e, [] { return now; });
    CLI::App app;
    command.attach(app);
    args.insert(args.begin(), "progress");
    std::vector<const char*> argv{"yaddas"};
    for (const auto& a : args) {
        argv.push_back(a.c_str());
    }
    app.parse(static_cast<int>(argv.size()), argv.data());
    const int status = command.run(options);
    out = o.str();
    err = e.str();
    return status;
}

} // namespace

TEST_CASE("yaddas progress summarises every learner or one", "[cli][progress]") {
    test::TempFolder folder;
    io::ProgressStore store(folder.path(), [] { return now; });
    {
        auto session = store.create("Nigar");
        REQUIRE(session);
        core::AnswerRecord a;
        a.at = now - 600;
        a.factId = "some-fact";
        a.questionKind = "date-choice";
        a.outcome = core::Outcome::Right;
        a.seconds = 12;
        REQUIRE(session.value().recordAnswer(a).saved);
        a.outcome = core::Outcome::Wrong;
        a.at = now - 300;
        REQUIRE(session.value().recordAnswer(a).saved);
    }
    REQUIRE(store.create("Orxan"));

    cli::GlobalOptions options;
    options.dataDir = folder.path();
    std::string out;
    std::string err;
    CHECK(runProgress(options, {}, out, err) == 0);
    CHECK(out.find("Nigar (nigar)") != std::string::npos);
    CHECK(out.find("Orxan (orxan)") != std::string::npos);
    CHECK(out.find("Answers: 2 (1 right, 0 partly right, 1 wrong)") != std::string::npos);
    CHECK(out.find("2026-11-25  2 answers, 50 % right") != std::string::npos);

    CHECK(runProgress(options, {"--learner", "nigar"}, out, err) == 0);
    CHECK(out.find("Orxan") == std::string::npos);

    CHECK(runProgress(options, {"--learner", "Zaur"}, out, err) == 1);
    CHECK(err.find("no learner called \"Zaur\"") != std::string::npos);
}

TEST_CASE("yaddas progress with no learners says so", "[cli][progress]") {
    test::TempFolder folder;
    cli::GlobalOptions options;
    options.dataDir = folder.path();
    std::string out;
    std::string err;
    CHECK(runProgress(options, {}, out, err) == 0);
    CHECK(out.find("No learners yet") != std::string::npos);
}

TEST_CASE("yaddas progress names a FIFO in the learners folder and does not wait on it",
          "[cli][progress][fifo]") {
    test::TempFolder folder;
    io::ProgressStore store(folder.path(), [] { return now; });
    REQUIRE(store.create("Nigar"));
    test::Fifo fifo(store.learnersDir() / "zaur.xml");
    REQUIRE(fifo.made());
    cli::GlobalOptions options;
    options.dataDir = folder.path();
    std::string out;
    std::string err;
    CHECK(runProgress(options, {}, out, err) == 0);
    CHECK(fifo.elapsed() < 2.0);
    CHECK(out.find("Nigar") != std::string::npos);
    CHECK(err.find(fifo.path().string() + ": warning: skipped: not a regular file (a FIFO)") !=
          std::string::npos);
}
