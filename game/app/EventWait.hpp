#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace yaddas::app {

/// Sleeps until the window has something to do: poll() on the X connection SFML uses, the
/// file-drop connection and the quit signals' pipe. SFML 2.5 keeps its Display to itself and its
/// waitEvent looks every 10 ms (about 100 wake-ups a second while the learner reads), so the
/// connection is found as the socket to the X server that appeared while the window opened.
/// When it cannot be found, waiting falls back to looking every 10 ms.
class EventWait {
public:
    /// Notes the X sockets open now: construct before SFML opens its connection (before the
    /// first sf::Window).
    EventWait();

    /// Once the window is open: SFML's connection is the X socket that appeared since, except
    /// `ours` (connections of our own, such as the file drop's). Logs once if there is none.
    void findConnection(const std::vector<int>& ours);
    /// True when waiting sleeps on SFML's connection, false when it looks every 10 ms.
    bool found() const { return connection_ >= 0; }

    /// Sleeps until SFML's connection or `otherFd` (-1: none) can be read, a quit signal
    /// arrives or `timeout` passes (none: no limit). Call it only right after pollEvent returned
    /// false: events Xlib already read from the socket are not seen by poll().
    void wait(std::optional<std::chrono::milliseconds> timeout, int otherFd) const;

    /// The file descriptors of this process connected to an X server (a Unix socket under
    /// .X11-unix, or TCP ports 6000-6063), in increasing order.
    static std::vector<int> xSockets();

private:
    std::vector<unsigned long> before_; ///< sockets' inodes: a closed one's number may be reused
    int connection_ = -1;
};

} // namespace yaddas::app
