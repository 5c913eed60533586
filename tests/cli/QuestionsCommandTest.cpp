#include <cli/QuestionsCommand.hpp>

#include <CLI/CLI.hpp>
#include <catch2/catch.hpp>
#include <tinyxml2.h>

#include <filesystem>
#include <sstream>

using namespace yaddas;

namespace {

int runQuestions(std::vector<std::string> args, std::string& out, std::string& err) {
    std::ostringstream o;
    std::ostringstream e;
    cli::QuestionsCommand command(o, e);
    CLI::App app;
    command.attach(app);
    args.insert(args.begin(), "questions");
    std::vector<const char*> argv{"yaddas"};
    for (const auto& a : args) {
        argv.push_back(a.c_str());
    }
    app.parse(static_cast<int>(argv.size()), argv.data());
    cli::GlobalOptions options;
    // The shipped lessons stand in for the user folder, so no lessons of this machine mix in.
    options.lessonDirs = {std::filesystem::path(YADDAS_SOURCE_DIR) / "lessons"};
    const int status = command.run(options);
    out = o.str();
    err = e.str();
    return status;
}

} // namespace

TEST_CASE("yaddas questions prints a module's quiz as XML", "[cli][quiz]") {
    std::string out;
    std::string err;
    REQUIRE(runQuestions({"--module", "numbers", "--count", "6", "--seed", "9"}, out, err) == 0);
    tinyxml2::XMLDocument doc;
    REQUIRE(doc.Parse(out.c_str()) == tinyxml2::XML_SUCCESS);
    const auto* root = doc.RootElement();
    CHECK(std::string(root->Name()) == "questions");
    CHECK(root->IntAttribute("count") == 6);
    int n = 0;
    for (const auto* q = root->FirstChildElement("question"); q != nullptr;
         q = q->NextSiblingElement("question")) {
        ++n;
        CHECK(std::string(q->Attribute("module")) == "numbers");
    }
    CHECK(n == 6);

    std::string again;
    REQUIRE(runQuestions({"--module", "numbers", "--count", "6", "--seed", "9"}, again, err) == 0);
    CHECK(again == out); // same seed, same quiz
}

TEST_CASE("yaddas questions filters by category", "[cli][quiz]") {
    std::string out;
    std::string err;
    REQUIRE(runQuestions({"--category", "victims", "--count", "5"}, out, err) == 0);
    tinyxml2::XMLDocument doc;
    REQUIRE(doc.Parse(out.c_str()) == tinyxml2::XML_SUCCESS);
    for (const auto* q = doc.RootElement()->FirstChildElement("question"); q != nullptr;
         q = q->NextSiblingElement("question")) {
        CHECK(std::string(q->Attribute("category")) == "victims");
    }
}

TEST_CASE("yaddas questions refuses an unknown module or category", "[cli][quiz]") {
    std::string out;
    std::string err;
    CHECK(runQuestions({"--module", "no-such-module"}, out, err) == 2);
    CHECK(err.find("no module 'no-such-module'") != std::string::npos);
    CHECK(out.empty());
    CHECK(runQuestions({"--category", "heroes"}, out, err) == 2);
    CHECK(err.find("unknown category 'heroes'") != std::string::npos);
    CHECK(out.empty());
}
