#include <app/EventWait.hpp>

#include <app/QuitSignals.hpp>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <string_view>
#include <utility>

#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>

namespace yaddas::app {
namespace {

/// X servers listen on /tmp/.X11-unix/X<n> (also as an abstract name) and on TCP port 6000 + n.
bool isXServer(const sockaddr_storage& peer, socklen_t length) {
    if (peer.ss_family == AF_UNIX) {
        const auto& unixPeer = reinterpret_cast<const sockaddr_un&>(peer);
        const std::size_t offset = offsetof(sockaddr_un, sun_path);
        if (length <= offset) {
            return false;
        }
        // An abstract name starts with a zero byte and is not terminated.
        const std::string_view path(unixPeer.sun_path, length - offset);
        return path.find("/.X11-unix/X") != std::string_view::npos;
    }
    int port = -1;
    if (peer.ss_family == AF_INET) {
        port = ntohs(reinterpret_cast<const sockaddr_in&>(peer).sin_port);
    } else if (peer.ss_family == AF_INET6) {
        port = ntohs(reinterpret_cast<const sockaddr_in6&>(peer).sin6_port);
    }
    return port >= 6000 && port < 6064;
}

/// The X sockets open now: file descriptor and inode.
std::vector<std::pair<int, unsigned long>> openXSockets() {
    std::vector<std::pair<int, unsigned long>> out;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator("/proc/self/fd", ec)) {
        const std::string name = entry.path().filename().string();
        char* end = nullptr;
        const long fd = std::strtol(name.c_str(), &end, 10);
        if (end == name.c_str() || *end != '\0' || fd < 0 || fd > 1 << 20) {
            continue;
        }
        struct stat info {};
        if (fstat(static_cast<int>(fd), &info) != 0 || !S_ISSOCK(info.st_mode)) {
            continue;
        }
        sockaddr_storage peer{};
        socklen_t length = sizeof peer;
        if (getpeername(static_cast<int>(fd), reinterpret_cast<sockaddr*>(&peer), &length) == 0 &&
            isXServer(peer, length)) {
            out.emplace_back(static_cast<int>(fd), static_cast<unsigned long>(info.st_ino));
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

EventWait::EventWait() {
    for (const auto& [fd, inode] : openXSockets()) {
        before_.push_back(inode);
    }
    std::sort(before_.begin(), before_.end());
}

std::vector<int> EventWait::xSockets() {
    std::vector<int> out;
    for (const auto& [fd, inode] : openXSockets()) {
        out.push_back(fd);
    }
    return out;
}

void EventWait::findConnection(const std::vector<int>& ours) {
    std::vector<int> fresh;
    for (const auto& [fd, inode] : openXSockets()) {
        if (!std::binary_search(before_.begin(), before_.end(), inode) &&
            std::find(ours.begin(), ours.end(), fd) == ours.end()) {
            fresh.push_back(fd);
        }
    }
    if (fresh.size() == 1) {
        connection_ = fresh.front();
        spdlog::debug("waiting for events on the X connection (file descriptor {})", connection_);
        return;
    }
    connection_ = -1;
    spdlog::info("{}: the window looks for events every 10 ms instead of sleeping until one "
                 "comes",
                 fresh.empty() ? "no connection to the X server appeared as the window opened"
                               : std::to_string(fresh.size()) +
                                     " connections to the X server appeared as the window "
                                     "opened, and SFML's cannot be told apart");
}

void EventWait::wait(std::optional<std::chrono::milliseconds> timeout, int otherFd) const {
    if (connection_ < 0) {
        // Without the connection, only looking again soon notices the learner.
        constexpr std::chrono::milliseconds look(10);
        timeout = timeout ? std::min(*timeout, look) : look;
    }
    pollfd fds[3] = {
        {connection_, POLLIN, 0}, {otherFd, POLLIN, 0}, {QuitSignals::wakeFd(), POLLIN, 0}};
    const long long ms = timeout ? std::max<long long>(0, timeout->count()) : -1;
    // A negative descriptor is skipped; a signal ends the wait early (EINTR) or through the pipe.
    ::poll(fds, 3, static_cast<int>(std::min<long long>(ms, 1 << 30)));
}

} // namespace yaddas::app
