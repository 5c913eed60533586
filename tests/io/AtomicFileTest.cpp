#include <io/AtomicFile.hpp>

#include "TempFolder.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

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

TEST_CASE("AtomicFile reports a failed write and leaves the old file alone", "[io][atomic]") {
    yaddas::test::TempFolder folder;
    const auto file = folder.path() / "a.xml";
    REQUIRE(AtomicFile::write(file, "kept"));
    auto result = AtomicFile::write(folder.path() / "missing-folder" / "a.xml", "x");
    REQUIRE_FALSE(result);
    CHECK(result.error().message.find("missing-folder") != std::string::npos);
    CHECK(slurp(file) == "kept");
}
