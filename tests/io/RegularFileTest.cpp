#include <io/RegularFile.hpp>

#include "Fifo.hpp"
#include "TempFolder.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <unistd.h>

using yaddas::io::RegularFile;

TEST_CASE("RegularFile reads a whole file or only its head", "[io][regularfile]") {
    yaddas::test::TempFolder folder;
    const auto file = folder.path() / "a.txt";
    {
        std::ofstream out(file, std::ios::binary);
        out << "0123456789";
    }
    auto whole = RegularFile::read(file, 10);
    REQUIRE(whole.ok());
    CHECK(whole.bytes == "0123456789");
    auto tooLarge = RegularFile::read(file, 9);
    CHECK(tooLarge.status == RegularFile::Status::TooLarge);
    CHECK(tooLarge.size == 10);
    auto head = RegularFile::readHead(file, 4);
    REQUIRE(head.ok());
    CHECK(head.bytes == "0123");
    CHECK(RegularFile::read(folder.path() / "none", 10).status == RegularFile::Status::Missing);
}

TEST_CASE("RegularFile never waits on a FIFO and names what it skipped", "[io][regularfile]") {
    yaddas::test::TempFolder folder;
    yaddas::test::Fifo fifo(folder.path() / "ada.xml");
    REQUIRE(fifo.made());
    auto read = RegularFile::readHead(fifo.path(), 4096);
    CHECK(read.status == RegularFile::Status::NotRegular);
    CHECK(read.message() == "not a regular file (a FIFO)");
    auto skipped = RegularFile::skipped(fifo.path());
    REQUIRE(skipped);
    CHECK(skipped->format() ==
          fifo.path().string() + ": warning: skipped: not a regular file (a FIFO)");
    CHECK(fifo.elapsed() < 2.0);

    CHECK(RegularFile::notRegular(folder.path()) == std::optional<std::string>("a folder"));
    CHECK(RegularFile::notRegular("/dev/null") == std::optional<std::string>("a character device"));
    CHECK_FALSE(RegularFile::notRegular(folder.path() / "none"));
    CHECK(RegularFile::read("/dev/zero", 1024).message() ==
          "not a regular file (a character device)");
}

TEST_CASE("A large file is read whole into memory of its own", "[io][regularfile]") {
    const auto path = std::filesystem::temp_directory_path() /
                      ("yaddas-large-" + std::to_string(::getpid()) + ".xml");
    std::string text;
    for (int k = 0; text.size() < 3 * 1024 * 1024; ++k) {
        text += "<a t=\"" + std::to_string(k) + "\"/>\n";
    }
    {
        std::ofstream out(path, std::ios::binary);
        out << text;
    }
    const auto large = yaddas::io::RegularFile::readLarge(path, 16 * 1024 * 1024);
    REQUIRE(large.ok());
    CHECK(large.bytes.empty());
    CHECK(large.text() == text);
    CHECK(yaddas::io::RegularFile::readLarge(path, 1024).status ==
          yaddas::io::RegularFile::Status::TooLarge);
    const auto small = yaddas::io::RegularFile::read(path, 16 * 1024 * 1024);
    CHECK(small.text() == text);
    std::filesystem::remove(path);
}
