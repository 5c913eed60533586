#include <io/TextFile.hpp>

#include "Fifo.hpp"
#include "TempFolder.hpp"

#include <catch2/catch.hpp>

#include <fstream>

using yaddas::io::TextFile;

TEST_CASE("TextFile reads a UTF-8 file without its byte order mark", "[io][textfile]") {
    yaddas::test::TempFolder folder;
    const auto file = folder.path() / "a.xml";
    {
        std::ofstream out(file, std::ios::binary);
        out << "\xEF\xBB\xBF<module/>\n";
    }
    auto read = TextFile::read(file, "a.xml");
    REQUIRE(read.text);
    CHECK(*read.text == "<module/>\n");
    CHECK(read.diagnostics.empty());
}

TEST_CASE("TextFile refuses a FIFO at once, naming what it is", "[io][textfile][fifo]") {
    yaddas::test::TempFolder folder;
    yaddas::test::Fifo fifo(folder.path() / "lesson.xml");
    REQUIRE(fifo.made());
    auto read = TextFile::read(fifo.path(), "lesson.xml");
    CHECK_FALSE(read.text);
    REQUIRE(read.diagnostics.size() == 1);
    CHECK(read.diagnostics[0].format() == "lesson.xml: not a regular file (a FIFO)");
    CHECK(fifo.elapsed() < 2.0);
}

TEST_CASE("TextFile refuses a device instead of reading it without end", "[io][textfile]") {
    auto read = TextFile::read("/dev/zero", "/dev/zero");
    CHECK_FALSE(read.text);
    REQUIRE(read.diagnostics.size() == 1);
    CHECK(read.diagnostics[0].message == "not a regular file (a character device)");
}

TEST_CASE("TextFile refuses a file over the limit before reading it", "[io][textfile]") {
    yaddas::test::TempFolder folder;
    const auto file = folder.path() / "big.xml";
    { std::ofstream out(file, std::ios::binary); }
    std::filesystem::resize_file(file, 2048 * 1024);
    auto read = TextFile::read(file, "big.xml", 1024 * 1024);
    CHECK_FALSE(read.text);
    REQUIRE(read.diagnostics.size() == 1);
    CHECK(read.diagnostics[0].message == "the file is 2048 KiB; files over 1024 KiB are refused");
    CHECK(TextFile::read(folder.path() / "none.xml", "none.xml").diagnostics.at(0).message ==
          "no such file");
}
