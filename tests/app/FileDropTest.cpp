#include <app/FileDrop.hpp>

#include <catch2/catch.hpp>

using yaddas::app::FileDrop;

TEST_CASE("FileDrop takes the first file URI of a uri-list, percent-decoded") {
    CHECK(FileDrop::firstFilePath("file:///home/ada/assignment.xml\r\n") ==
          std::filesystem::path("/home/ada/assignment.xml"));
    CHECK(FileDrop::firstFilePath("file:///tmp/T%C9%99yin%20et.xml") ==
          std::filesystem::path("/tmp/T\xC9\x99yin et.xml"));
    CHECK(FileDrop::firstFilePath("file://localhost/srv/a.xml\r\nfile:///srv/b.xml\r\n") ==
          std::filesystem::path("/srv/a.xml"));
}

TEST_CASE("FileDrop skips comments and other schemes") {
    CHECK(FileDrop::firstFilePath("# from a file manager\r\nhttps://example.org/a.xml\r\n"
                                  "file:///srv/b.xml\r\n") == std::filesystem::path("/srv/b.xml"));
    CHECK_FALSE(FileDrop::firstFilePath("https://example.org/a.xml\r\n").has_value());
    CHECK_FALSE(FileDrop::firstFilePath("").has_value());
    CHECK_FALSE(FileDrop::firstFilePath("file://").has_value());
}

TEST_CASE("FileDrop leaves broken percent escapes as they are and refuses NUL bytes") {
    CHECK(FileDrop::firstFilePath("file:///a%2/b%zz%") == std::filesystem::path("/a%2/b%zz%"));
    CHECK_FALSE(FileDrop::firstFilePath("file:///a%00b").has_value());
}

TEST_CASE("FileDrop without a window stays inactive") {
    FileDrop drop(0);
    CHECK_FALSE(drop.active());
    CHECK_FALSE(drop.poll().has_value());
    CHECK_FALSE(drop.wait(std::chrono::milliseconds(1)));
}
