#pragma once

#include <SFML/Window/WindowHandle.hpp>

#include <chrono>
#include <filesystem>
#include <memory>
#include <optional>
#include <string_view>

namespace yaddas::app {

/// Lets the learner drop an assignment file on the window: an XDND (version 5) drop target.
/// SFML 2.5 has no drop event and its own X connection swallows the protocol's messages, so this
/// keeps a second connection with a small hidden proxy window of its own. Without an X display,
/// or if anything fails, it is simply inactive.
class FileDrop {
public:
    explicit FileDrop(sf::WindowHandle window);
    ~FileDrop();
    FileDrop(const FileDrop&) = delete;
    FileDrop& operator=(const FileDrop&) = delete;

    bool active() const;
    /// Handles whatever arrived, without blocking; the dropped file when a drop completed.
    std::optional<std::filesystem::path> poll();
    /// Sleeps until a message arrives on our connection or `timeout` passes; false if inactive.
    bool wait(std::chrono::milliseconds timeout);
    /// Our X connection's file descriptor, readable when a message arrives (after poll() has
    /// handled what came before); -1 if inactive.
    int connection() const;

    /// The first file:// URI of a text/uri-list, percent-decoded; nullopt when there is none.
    static std::optional<std::filesystem::path> firstFilePath(std::string_view uriList);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace yaddas::app
