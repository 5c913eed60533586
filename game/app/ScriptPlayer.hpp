#pragma once

#include <app/Painter.hpp>
#include <app/Script.hpp>
#include <app/StateStack.hpp>

#include <SFML/Graphics/RenderWindow.hpp>
#include <SFML/System/Vector2.hpp>
#include <SFML/Window/Event.hpp>

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace yaddas::app {

/// Replays a script (`yaddas --script FILE`) into the window, one command a frame: input as
/// events, and screenshots and text dumps of the frames drawn.
class ScriptPlayer {
public:
    /// What the window lends the player.
    struct Window {
        sf::RenderWindow& window;
        Painter& painter; ///< recording: the texts of the last frame, for click-text and dumps
        StateStack& stack;
        std::function<void(const sf::Event&)> dispatch; ///< as a real event
        std::function<void(unsigned, unsigned)> resize; ///< the window's new size
        std::function<sf::Vector2f()> size;             ///< the layout's size, for dumps
        std::filesystem::path speechLog;                ///< what `listen` reads (--speech-log)
    };

    /// `file` names the script in messages; screenshots and dumps go to `outputDir`. A failed
    /// command or an unwritable file sets `exitCode` to 3.
    ScriptPlayer(Script script, std::filesystem::path file, std::filesystem::path outputDir,
                 Window window, int& exitCode);

    /// Runs the next command; false when the script failed or ended.
    bool step();
    /// After a frame is drawn and before it is shown: writes the screenshot or dump asked for.
    void afterDraw();

private:
    bool fail(const Script::Command& c, const std::string& what);
    void mouse(sf::Event::EventType type, int x, int y);
    void click(int x, int y);
    /// The first text drawn with exactly these words, else the first containing them.
    const Painter::Record* findText(const std::string& words) const;
    /// "(Welcome)": the screen on top, for messages.
    std::string onScreen() const;
    bool until(const Script::Command& c);
    /// `listen` and `key-until-heard`: true to go on, false when the script failed; sets
    /// `again` when the same command runs again on the next frame.
    bool listen(const Script::Command& c, bool& again);
    bool keyUntilHeard(const Script::Command& c, bool& again);
    /// The speech log's lines so far.
    std::vector<std::string> heard() const;
    /// Presses and releases a key, with the character it types.
    void press(const Script::Command& c);
    void writeScreenshot(const std::string& name);
    void writeDump(const std::string& name);

    Script script_;
    std::filesystem::path file_;
    std::filesystem::path outputDir_;
    Window w_;
    int& exitCode_;
    std::size_t pos_ = 0;
    int waitFrames_ = 0;
    std::optional<sf::Vector2i> mouseAt_; ///< where the script last put the mouse
    std::string pendingScreenshot_;
    std::string pendingDump_;
    std::optional<std::chrono::steady_clock::time_point> waitFileSince_; ///< wait-file
    std::optional<std::chrono::steady_clock::time_point> listenSince_;   ///< listen, a key's answer
    std::size_t heardUpTo_ = 0; ///< the speech log's lines `listen` has gone past
    int presses_ = 0;           ///< key-until-heard: presses so far
    std::size_t linesSeen_ = 0; ///< key-until-heard: the log's length when last read
    std::chrono::steady_clock::time_point lastLineAt_; ///< when the log last grew
};

} // namespace yaddas::app
