#pragma once

#include <string>
#include <string_view>

namespace yaddas::cli {

/// Text from files made safe to print on a terminal: a title holding ESC [2J would otherwise
/// clear the teacher's screen, and other escape sequences can retitle the window or hide lines.
class TerminalText {
public:
    /// `text` with every C0 control but the line feed, DEL and every C1 control (U+0080 to
    /// U+009F) written as a visible escape (\x1b, \x7f, \u009b), and every byte that is not
    /// part of valid UTF-8 as \xNN (a terminal reading 8-bit controls would run 0x9B as CSI).
    static std::string escape(std::string_view text);
    /// How many bytes at the end of `text` may begin a UTF-8 character still to come: a
    /// stream holds them back until the rest arrives.
    static std::size_t incompleteTail(std::string_view text);
};

} // namespace yaddas::cli
