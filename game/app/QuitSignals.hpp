#pragma once

namespace yaddas::app {

/// SIGTERM, SIGINT and SIGHUP (a logout, kill, Ctrl+C in a terminal) ask the window to quit in
/// order, so that unsaved answers are saved or copied first. The handler only notes the signal;
/// the main loop looks at it.
class QuitSignals {
public:
    /// Installs the handlers (once per process).
    static void install();
    /// The signal received, or 0.
    static int received();
    /// Becomes readable when a signal arrives (and stays so), for a loop that sleeps in poll();
    /// -1 before install().
    static int wakeFd();
};

} // namespace yaddas::app
