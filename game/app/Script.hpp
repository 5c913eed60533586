#pragma once

#include <core/QuestionKind.hpp>
#include <core/Result.hpp>

#include <SFML/Window/Keyboard.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace yaddas::app {

/// A replayable list of input events for `yaddas --script FILE`, one command a line:
///
///     # a comment
///     key Tab            key Shift+Tab      key 1        key Enter    key Escape
///     type Ada           (types the rest of the line, UTF-8)
///     click 640 400      click-text "Start"   (the centre of the first text drawn with
///                                              exactly these words, else one containing them)
///     move 640 400       (the mouse moves there: hover)
///     wheel -3           (the mouse wheel turns 3 lines where the mouse is: the window's
///                         centre until a command moves it; the sign as SFML's delta: negative
///                         scrolls down, positive up; one event a line, as a wheel's notches)
///     wheel 2 "Sources"  (the mouse moves to the text first, found as click-text finds it)
///     drag 100 200 300 400
///     resize 1024 640    wait-frames 2
///     screenshot NAME    (NAME.png in the screenshot folder)
///     dump NAME          (NAME.txt: the screen's name and every visible text with its box)
///     wait-file NAME     (waits, drawing frames, until NAME exists in the screenshot folder,
///                         at most 120 s: a test's shell changes the disk meanwhile)
///     answer right       (on a quiz question: gives the right answer, or `answer wrong` a
///                         wrong one, then checks it: a test cannot know the shuffled options)
///     until timeline     (on a quiz: answers each question right and goes on, as Enter does,
///                         until the one on screen is a timeline question; any kind name of
///                         core::QuestionKind: single, multiple, truefalse, year, number, name,
///                         timeline, matching, blank. Fails when the quiz ends first)
///     listen "words"     (waits, drawing frames, until a line of the speech log, from the one
///                         the last listen heard on, contains the words, at most 30 s: what a
///                         listener hears; needs --speech-log)
///     key-until-heard Down "words"
///                        (once the speech log has been quiet for a moment, its last line is
///                         what the listener hears now: until it contains the words, presses
///                         the key and waits again; at most 40 presses)
///     close-window       (as if the learner closed the window)
///     quit
struct Script {
    enum class Op {
        Key,
        Type,
        Click,
        ClickText,
        Move,
        Wheel,
        Drag,
        Resize,
        WaitFrames,
        Screenshot,
        Dump,
        WaitFile,
        Answer,
        Until,
        Listen,
        KeyUntilHeard,
        CloseWindow,
        Quit
    };

    struct Command {
        Op op = Op::Quit;
        sf::Keyboard::Key key = sf::Keyboard::Unknown;
        bool shift = false;
        bool control = false;
        bool alt = false;
        std::string text; ///< typed text, the text to click or wheel over, or a file name
        int x = 0, y = 0, x2 = 0, y2 = 0; ///< for `wheel`, x is the lines (signed)
        int line = 0;
        core::QuestionKind kind = core::QuestionKind::SingleChoice; ///< for `until`
    };

    std::vector<Command> commands;

    /// Every malformed line is an error "file:line: what is wrong"; nothing runs then.
    static core::Result<Script> parse(std::string_view text, const std::string& fileName);
    /// Reads and parses a script file: a regular file of at most maxBytes (a FIFO or /dev/zero
    /// is refused, not read without end).
    static core::Result<Script> load(const std::string& file);
    static constexpr std::size_t maxBytes = 1024u * 1024u;
    /// "Tab", "Enter", "Escape", "Space", "Left", "1", "A", "F2", "PageDown" …
    static sf::Keyboard::Key keyFromName(std::string_view name);
};

} // namespace yaddas::app
