#include <cli/TerminalStream.hpp>

#include <catch2/catch.hpp>

#include <sstream>

using yaddas::cli::TerminalStream;

TEST_CASE("A terminal stream escapes everything written through it", "[cli][terminal]") {
    std::ostringstream target;
    {
        TerminalStream out(target);
        out << "title: " << std::string("\x1b]0;pwned\x07") << ' ' << 42 << '\n';
        CHECK(target.str() == "title: \\x1b]0;pwned\\x07 42\n");
        // A C1 control whose two bytes arrive in two writes is still seen whole.
        out << '\xC2';
        CHECK(target.str() == "title: \\x1b]0;pwned\\x07 42\n");
        out << '\x9B' << "ə";
        CHECK(target.str() == "title: \\x1b]0;pwned\\x07 42\n\\u009bə");
        // What is held back when the stream ends is written, escaped byte by byte.
        out << '\xE2';
    }
    CHECK(target.str() == "title: \\x1b]0;pwned\\x07 42\n\\u009bə\\xe2");
}
