#include <io/LockFile.hpp>

#include "Fifo.hpp"
#include "TempFolder.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <string>
#include <unistd.h>

using yaddas::io::LockFile;

TEST_CASE("A lock is held by one owner at a time", "[io][lock]") {
    yaddas::test::TempFolder folder;
    const auto path = folder.path() / "x.lock";
    auto first = LockFile::acquire(path);
    REQUIRE(first);
    CHECK(first.value().held());

    auto second = LockFile::acquire(path);
    REQUIRE_FALSE(second);
    CHECK(second.error().message.find("already open") != std::string::npos);
    CHECK(second.error().message.find(std::to_string(::getpid())) != std::string::npos);

    first.value().release();
    CHECK_FALSE(first.value().held());
    auto third = LockFile::acquire(path);
    CHECK(third);
}

TEST_CASE("A stale lock file left by a dead process is taken over", "[io][lock]") {
    yaddas::test::TempFolder folder;
    const auto path = folder.path() / "x.lock";
    {
        std::ofstream out(path);
        out << "999999\n"; // a process that crashed: its file remains, its lock does not
    }
    auto lock = LockFile::acquire(path);
    CHECK(lock);
}

TEST_CASE("Moving a lock moves ownership", "[io][lock]") {
    yaddas::test::TempFolder folder;
    const auto path = folder.path() / "x.lock";
    auto lock = LockFile::acquire(path);
    REQUIRE(lock);
    LockFile moved = std::move(lock).value();
    CHECK(moved.held());
    CHECK_FALSE(LockFile::acquire(path));
}

namespace {
std::string slurp(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}
} // namespace

TEST_CASE("A lock file that is a symbolic link is refused and its target left alone",
          "[io][lock][symlink]") {
    yaddas::test::TempFolder folder;
    const auto path = folder.path() / "x.lock";
    const auto decoy = folder.path() / "decoy.txt";
    {
        std::ofstream out(decoy);
        out << "the teacher's marks\n";
    }
    std::filesystem::create_symlink(decoy, path);
    auto lock = LockFile::acquire(path);
    REQUIRE_FALSE(lock);
    CHECK(lock.error().message.find(path.string() + " is a symbolic link") != std::string::npos);
    CHECK(slurp(decoy) == "the teacher's marks\n");
}

TEST_CASE("A lock file with a second name is refused and left alone", "[io][lock][symlink]") {
    yaddas::test::TempFolder folder;
    const auto path = folder.path() / "x.lock";
    const auto decoy = folder.path() / "decoy.txt";
    {
        std::ofstream out(decoy);
        out << "the teacher's marks\n";
    }
    std::filesystem::create_hard_link(decoy, path);
    auto lock = LockFile::acquire(path);
    REQUIRE_FALSE(lock);
    CHECK(lock.error().message.find(path.string()) != std::string::npos);
    CHECK(slurp(decoy) == "the teacher's marks\n");
}

TEST_CASE("A lock file is never truncated", "[io][lock]") {
    yaddas::test::TempFolder folder;
    const auto path = folder.path() / "x.lock";
    const std::string old = "999999\nleft by an older version, longer than a process id\n";
    {
        std::ofstream out(path);
        out << old;
    }
    {
        auto lock = LockFile::acquire(path);
        REQUIRE(lock);
        CHECK(std::filesystem::file_size(path) == old.size());
        auto second = LockFile::acquire(path);
        REQUIRE_FALSE(second);
        CHECK(second.error().message.find("(process " + std::to_string(::getpid()) + ")") !=
              std::string::npos);
    }
    CHECK(std::filesystem::file_size(path) == old.size());
}

TEST_CASE("A FIFO under a lock file's name is refused at once", "[io][lock]") {
    yaddas::test::TempFolder folder;
    yaddas::test::Fifo fifo(folder.path() / "x.lock");
    REQUIRE(fifo.made());
    auto lock = LockFile::acquire(fifo.path());
    REQUIRE_FALSE(lock);
    CHECK(lock.error().message.find("not a regular file") != std::string::npos);
    CHECK(fifo.elapsed() < 2.0);
}
