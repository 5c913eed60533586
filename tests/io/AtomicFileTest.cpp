#include <io/AtomicFile.hpp>

#include "TempFolder.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

using yaddas::io::AtomicFile;

namespace {
std::string slurp(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}
} // namespace

TEST_CASE("AtomicFile replaces a file and keeps the previous version", "[io][atomic]") {
    yaddas::test::TempFolder folder;
    const auto file = folder.path() / "a.xml";
    auto first = AtomicFile::write(file, "one");
    REQUIRE(first);
    CHECK(first.value() == 3);
    CHECK(slurp(file) == "one");
    CHECK_FALSE(std::filesystem::exists(AtomicFile::backupOf(file)));

    REQUIRE(AtomicFile::write(file, "two"));
    CHECK(slurp(file) == "two");
    CHECK(slurp(AtomicFile::backupOf(file)) == "one");

    REQUIRE(AtomicFile::write(file, "three"));
    CHECK(slurp(file) == "three");
    CHECK(slurp(AtomicFile::backupOf(file)) == "two");
    // No temporary file is left behind.
    int entries = 0;
    for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(folder.path())) {
        ++entries;
    }
    CHECK(entries == 2);
}

TEST_CASE("AtomicFile can replace a file without leaving a backup", "[io][atomic]") {
    yaddas::test::TempFolder folder;
    const auto file = folder.path() / "report.csv";
    REQUIRE(AtomicFile::write(file, "one", AtomicFile::Backup::None));
    REQUIRE(AtomicFile::write(file, "two", AtomicFile::Backup::None));
    CHECK(slurp(file) == "two");
    CHECK_FALSE(std::filesystem::exists(AtomicFile::backupOf(file)));
}

TEST_CASE("AtomicFile reports a failed write and leaves the old file alone", "[io][atomic]") {
    yaddas::test::TempFolder folder;
    const auto file = folder.path() / "a.xml";
    REQUIRE(AtomicFile::write(file, "kept"));
    auto result = AtomicFile::write(folder.path() / "missing-folder" / "a.xml", "x");
    REQUIRE_FALSE(result);
    CHECK(result.error().message.find("missing-folder") != std::string::npos);
    CHECK(slurp(file) == "kept");
}

TEST_CASE("AtomicFile never writes through links planted under temporary names",
          "[io][atomic][symlink]") {
    yaddas::test::TempFolder folder;
    const auto file = folder.path() / "a.xml";
    const auto decoy = folder.path() / "decoy.txt";
    {
        std::ofstream out(decoy);
        out << "precious";
    }
    // Someone who can write to the folder plants a link for every process id.
    for (int pid = 1; pid <= 32768; ++pid) {
        std::filesystem::create_symlink(decoy,
                                        folder.path() / (".a.xml.tmp-" + std::to_string(pid)));
    }
    std::filesystem::create_symlink(decoy, AtomicFile::backupOf(file));
    REQUIRE(AtomicFile::write(file, "one"));
    REQUIRE(AtomicFile::write(file, "two"));
    CHECK(slurp(decoy) == "precious");
    CHECK(slurp(file) == "two");
    CHECK_FALSE(std::filesystem::is_symlink(AtomicFile::backupOf(file)));
    CHECK(slurp(AtomicFile::backupOf(file)) == "one");
}

TEST_CASE("AtomicFile refuses a target that is a symbolic link and says so",
          "[io][atomic][symlink]") {
    yaddas::test::TempFolder folder;
    const auto file = folder.path() / "report.csv";
    const auto decoy = folder.path() / "decoy.txt";
    {
        std::ofstream out(decoy);
        out << "precious";
    }
    std::filesystem::create_symlink(decoy, file);
    auto written = AtomicFile::write(file, "id,name\n");
    REQUIRE_FALSE(written);
    CHECK(written.error().message ==
          file.string() + " is a symbolic link; Yaddaş does not write through links");
    CHECK(std::filesystem::is_symlink(file));
    CHECK(slurp(decoy) == "precious");
    // Only the link and the decoy: no temporary left behind.
    int entries = 0;
    for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(folder.path())) {
        ++entries;
    }
    CHECK(entries == 2);
}

TEST_CASE("AtomicFile refuses to replace what is not a regular file", "[io][atomic]") {
    yaddas::test::TempFolder folder;
    const auto fifo = folder.path() / "a.xml";
    REQUIRE(::mkfifo(fifo.c_str(), 0644) == 0);
    auto written = AtomicFile::write(fifo, "x");
    REQUIRE_FALSE(written);
    CHECK(written.error().message.find("not a regular file (a FIFO)") != std::string::npos);
    CHECK(std::filesystem::is_fifo(fifo));
}

TEST_CASE("AtomicFile names its temporary files unpredictably", "[io][atomic]") {
    yaddas::test::TempFolder folder;
    const auto file = folder.path() / "a.xml";
    // A folder sitting under the name the old scheme used does not stop a save.
    std::filesystem::create_directories(folder.path() /
                                        (".a.xml.tmp-" + std::to_string(::getpid())));
    REQUIRE(AtomicFile::write(file, "one"));
    CHECK(slurp(file) == "one");
    CHECK(AtomicFile::temporaryPrefix(file) == ".a.xml.tmp-");
}

TEST_CASE("AtomicFile::copy replaces a link with a copy, never writing through it",
          "[io][atomic][symlink]") {
    yaddas::test::TempFolder folder;
    const auto source = folder.path() / "a.xml";
    const auto target = folder.path() / "a.xml.v1";
    const auto decoy = folder.path() / "decoy.txt";
    REQUIRE(AtomicFile::write(source, "old format"));
    {
        std::ofstream out(decoy);
        out << "precious";
    }
    REQUIRE(AtomicFile::copy(source, folder.path() / "b.xml"));
    CHECK(slurp(folder.path() / "b.xml") == "old format");
    std::filesystem::create_symlink(decoy, target);
    auto copied = AtomicFile::copy(source, target);
    REQUIRE_FALSE(copied);
    CHECK(copied.error().message.find("symbolic link") != std::string::npos);
    CHECK(slurp(decoy) == "precious");
}

TEST_CASE("AtomicFile::create makes a new file and never takes a name already there",
          "[io][atomic][symlink]") {
    yaddas::test::TempFolder temp;
    const auto decoy = temp.path() / "decoy.txt";
    { std::ofstream(decoy) << "precious"; }
    const auto planted = temp.path() / "copy.xml";
    std::filesystem::create_symlink(decoy, planted);
    bool taken = false;
    auto refused = AtomicFile::create(planted, "answers", &taken);
    CHECK_FALSE(refused);
    CHECK(taken);
    CHECK(slurp(decoy) == "precious");
    CHECK(std::filesystem::is_symlink(planted));

    const auto fresh = temp.path() / "copy-2.xml";
    auto made = AtomicFile::create(fresh, "answers", &taken, 0600);
    REQUIRE(made);
    CHECK_FALSE(taken);
    CHECK(slurp(fresh) == "answers");
    struct stat info {};
    REQUIRE(::stat(fresh.c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
    // No temporary is left behind either way.
    for (const auto& item : std::filesystem::directory_iterator(temp.path())) {
        CHECK(item.path().filename().string().find(".tmp-") == std::string::npos);
    }
}
