#pragma once

#include <app/Announcer.hpp>
#include <app/AppOptions.hpp>
#include <app/Benchmark.hpp>
#include <app/Context.hpp>
#include <app/EventWait.hpp>
#include <app/FileDrop.hpp>
#include <app/Fonts.hpp>
#include <app/Learners.hpp>
#include <app/LoadingScreen.hpp>
#include <app/Painter.hpp>
#include <app/Preload.hpp>
#include <app/ScriptPlayer.hpp>
#include <app/StateStack.hpp>
#include <app/speech/Speech.hpp>

#include <cli/GlobalOptions.hpp>
#include <core/Diagnostic.hpp>
#include <core/Library.hpp>

#include <SFML/Graphics/RenderWindow.hpp>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <random>
#include <string>

namespace yaddas::app {

/// The window: loads the lessons, then runs the screens until the learner closes it. With a
/// script it replays input and writes screenshots and text dumps; with --benchmark it measures
/// itself.
class Application {
public:
    explicit Application(cli::GlobalOptions options, AppOptions appOptions = {});
    /// Returns the process exit code.
    int run();

    /// A sentence for the learner about modules that could not be loaded, or "".
    static std::string loadProblemNotice(const core::Diagnostics& diagnostics);

private:
    void createWindow(bool fullscreen);
    void onResize(unsigned width, unsigned height);
    void applySettings();
    /// Speech follows the settings: on or off, the language's voice, the rate.
    void applySpeech();
    /// F2, F3 and Escape while reading aloud; true when the key was one of them.
    bool speechKey(const sf::Event& event);
    void render();
    void dispatch(const sf::Event& event);
    int runBenchmark();
    /// `yaddas FILE`: keeps the assignment in <data>/assignments/, or says in the banner why not.
    void openAssignmentArgument();
    /// `--learner NAME`: the learner's module map, or the welcome screen saying why not.
    void openLearnerArgument();
    /// The command-line argument, a dropped file: keeps the assignment and selects it.
    void openAssignment(const std::filesystem::path& file);
    /// Handles what the drop target received; opens a dropped file (then true).
    bool pollFileDrop();
    /// On the preload thread: finds the fonts, reads the lessons, opens --learner.
    void preload();
    /// The window's frames until the preload is done; whether the window was closed meanwhile.
    LoadingScreen::Outcome showLoading();
    /// The window's close button, Escape on the first screen: quits, or first shows the dialog
    /// about answers that could not be saved.
    void requestQuit();
    /// Switches the interface and the lessons to the learner's language (else the system's)
    /// when it is not the one shown; true if it changed.
    bool applyLanguage();
    /// At exit without a person to ask (a signal, a script's end): saves, else writes a copy
    /// elsewhere and says where (log and standard error).
    void saveBeforeExit(const std::string& why);
    /// Removes the banner about a failed save once the answers are saved.
    void clearSavedNotice();
    /// Handles the window's events and file drops that arrived; true if there were any.
    bool handleArrived();
    /// A clock on screen (an assignment's time limit) is due to be redrawn.
    bool tickDue() const;
    /// How long the loop may sleep before it has something to do by itself (a clock to redraw,
    /// a save to try again); none: until the learner does something.
    std::optional<std::chrono::milliseconds> idleFor() const;

    cli::GlobalOptions options_;
    AppOptions appOptions_;
    core::Library library_;      ///< every module as loaded, translations kept aside
    core::Library shown_;        ///< the same in the learner's language: what the screens read
    std::string systemLanguage_; ///< the language at start (LANGUAGE, LC_MESSAGES…)
    core::Diagnostics loadProblems_;
    Fonts fonts_;
    Learners learners_;
    std::mt19937_64 rng_;
    Theme theme_;
    Metrics metrics_;
    Settings settings_;
    Navigation nav_;
    std::string notice_;
    sf::Vector2f size_;
    std::string learnerError_; ///< why --learner could not be opened
    Benchmark benchmark_;
    Speech speech_;
    Announcer announcer_;
    std::string speechLearner_;           ///< the learner whose settings speech last followed
    std::atomic<bool> fontsReady_{false}; ///< set by the preload once fonts_ is loaded
    std::atomic<bool> closedWhileLoading_{false}; ///< the preload then opens no learner
    /// Set once the loading frame (with its text) is on the screen: the preload waits for it
    /// before reading the lessons and the learner.
    std::mutex frameMutex_;
    std::condition_variable frameShownChanged_;
    bool frameShown_ = false;
    void markFrameShown();
    EventWait eventWait_; // before window_: notes the X connections there are before SFML's
    // Declared here: starts after everything it fills is constructed, and before window_, whose
    // construction creates the first OpenGL context (loading the graphics driver).
    Preload preload_;
    sf::RenderWindow window_;
    Painter painter_;
    std::unique_ptr<Context> context_;
    std::unique_ptr<StateStack> stack_;
    std::unique_ptr<FileDrop> fileDrop_; // after window_: gone before the window is

    std::unique_ptr<ScriptPlayer> script_;
    int exitCode_ = 0;
    bool fullscreen_ = false;
    bool quitNow_ = false;            ///< the window closes at the end of this pass
    bool exitHandled_ = false;        ///< unsaved answers at exit were seen to (copy or choice)
    std::int64_t nextRetryCheck_ = 0; ///< when the loop next looks at unsaved answers
    std::chrono::steady_clock::time_point nextTick_; ///< when a clock on screen is redrawn
};

} // namespace yaddas::app
