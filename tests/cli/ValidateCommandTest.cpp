#include <cli/ValidateCommand.hpp>

#include <io/LibraryLoader.hpp>

#include <CLI/CLI.hpp>
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

using namespace yaddas;
namespace fs = std::filesystem;

namespace {

const fs::path fixtures = fs::path(YADDAS_FIXTURES_DIR) / "modules";
const fs::path lessons = fs::path(YADDAS_SOURCE_DIR) / "lessons";

struct Run {
    int code = -1;
    std::string output;
};

/// Runs `yaddas validate ARGS...` with an empty user lessons folder.
Run validate(std::vector<std::string> args, const fs::path& userLessons) {
    std::ostringstream out;
    cli::ValidateCommand command(out);
    CLI::App app;
    command.attach(app);
    args.insert(args.begin(), "validate");
    std::reverse(args.begin(), args.end()); // CLI11 takes a reversed vector
    app.parse(args);
    cli::GlobalOptions options;
    options.lessonDirs = {userLessons};
    Run r;
    r.code = command.run(options);
    r.output = out.str();
    return r;
}

struct TempDir {
    fs::path path =
        fs::temp_directory_path() / ("yaddas-validate-" + std::to_string(std::random_device{}()));
    TempDir() { fs::create_directories(path); }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
};

/// "12 translations: az 6, ru 6, " for the shipped lessons' language folders.
std::string shippedTranslations() {
    std::size_t total = 0;
    std::string each;
    for (const char* language : {"az", "ru"}) {
        std::size_t n = 0;
        std::error_code ec;
        for (fs::directory_iterator it(lessons / language, ec), end; !ec && it != end;
             it.increment(ec)) {
            if (it->path().extension() == ".xml") {
                ++n;
            }
        }
        if (n > 0) {
            each += (each.empty() ? ": " : ", ") + std::string(language) + " " + std::to_string(n);
            total += n;
        }
    }
    if (total == 0) {
        return "";
    }
    return std::to_string(total) + (total == 1 ? " translation" : " translations") + each + ", ";
}

std::size_t shippedCount() {
    std::size_t n = 0;
    for (const auto& e : fs::directory_iterator(lessons)) {
        if (e.path().extension() == ".xml" && e.path().filename() != "sources.xml") {
            ++n;
        }
    }
    return n;
}

/// A module whose card shows `person` and whose one fact has the id `factId`.
std::string moduleText(const std::string& person, const std::string& factId) {
    return R"(<?xml version="1.0" encoding="UTF-8"?>
<module id="teacher" order="90" format="1">
  <title>A teacher's module</title>
  <summary>Refers to a person of the shipped lessons.</summary>
  <section id="s-teacher" title="One person">
    <p>Remember them.</p>
    <card person=")" +
           person + R"("/>
  </section>
  <objectives><point>One name.</point></objectives>
  <facts>
    <term id=")" +
           factId + R"(" source="11" status="confirmed">
      <word>Solovki</word>
      <definition>A prison camp on the Solovetsky Islands.</definition>
      <excerpt>Solovki islands</excerpt>
    </term>
  </facts>
</module>
)";
}

} // namespace

TEST_CASE("validate checks every lesson by default", "[cli][validate]") {
    TempDir user;
    auto r = validate({}, user.path);
    INFO(r.output);
    CHECK(r.code == 0);
    CHECK(r.output ==
          std::to_string(shippedCount()) + " modules, " + shippedTranslations() + "0 errors\n");
}

TEST_CASE("validate prints file:line messages and fails on errors", "[cli][validate]") {
    TempDir user;
    auto r = validate({"--alone", (fixtures / "bad/choices.xml").string()}, user.path);
    INFO(r.output);
    CHECK(r.code == 1);
    CHECK(r.output.find((fixtures / "bad/choices.xml").string() + ":65: ") != std::string::npos);
    CHECK(r.output.find(":72: ") != std::string::npos);
    CHECK(r.output.find("\n1 module, 2 errors, 1 warning\n") != std::string::npos);

    auto missing = validate({(user.path / "nothing.xml").string()}, user.path);
    CHECK(missing.code == 1);
    CHECK(missing.output.find("nothing.xml: no such file or folder") != std::string::npos);
}

TEST_CASE("validate checks a teacher's module against the shipped lessons", "[cli][validate]") {
    auto shipped = io::LibraryLoader::load({lessons}, lessons / "source-text.txt");
    const core::Person* person = nullptr;
    for (const auto& m : shipped.library.modules()) {
        if (!m.people.empty()) {
            person = &m.people.front();
            break;
        }
    }
    REQUIRE(person != nullptr);
    TempDir user;
    TempDir work;
    const fs::path file = work.path / "teacher.xml";

    SECTION("a reference to a shipped fact resolves") {
        std::ofstream(file) << moduleText(person->meta.id, "t-solovki-teacher");
        auto r = validate({file.string()}, user.path);
        INFO(r.output);
        CHECK(r.code == 0);
        CHECK(r.output == "1 module, 0 errors\n");

        // Alone, the same module has nothing to refer to.
        auto alone = validate({"--alone", file.string()}, user.path);
        CHECK(alone.code == 1);
        CHECK(alone.output.find(file.string() + ":7: <card person=\"" + person->meta.id) !=
              std::string::npos);
    }
    SECTION("reusing a shipped fact id is reported against the teacher's file") {
        std::ofstream(file) << moduleText(person->meta.id, person->meta.id);
        auto r = validate({file.string()}, user.path);
        INFO(r.output);
        CHECK(r.code == 1);
        CHECK(r.output.find(file.string() + ":11: fact id '" + person->meta.id +
                            "' is already used by") != std::string::npos);
        // Only the teacher's file is reported on, though it names the shipped one.
        CHECK(r.output.rfind(lessons.string(), 0) == std::string::npos);
        CHECK(r.output.find("\n" + lessons.string()) == std::string::npos);
    }
}
