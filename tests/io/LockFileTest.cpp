#include <io/LockFile.hpp>

#include "TempFolder.hpp"

#include <catch2/catch.hpp>

#include <fstream>

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
