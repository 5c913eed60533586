#include <app/QuitSignals.hpp>

#include <cerrno>
#include <csignal>
#include <initializer_list>

#include <fcntl.h>
#include <unistd.h>

namespace yaddas::app {
namespace {

volatile std::sig_atomic_t receivedSignal = 0;
int wakePipe[2] = {-1, -1}; // the self-pipe trick: poll() cannot miss a signal between looks

extern "C" void onQuitSignal(int signal) {
    // Async-signal-safe only: note the signal, wake a sleeping loop.
    receivedSignal = signal;
    const int saved = errno;
    if (wakePipe[1] >= 0) {
        const char byte = 1;
        [[maybe_unused]] const ssize_t written = write(wakePipe[1], &byte, 1);
    }
    errno = saved;
}

} // namespace

void QuitSignals::install() {
    if (wakePipe[0] < 0 && pipe2(wakePipe, O_NONBLOCK | O_CLOEXEC) != 0) {
        wakePipe[0] = wakePipe[1] = -1; // the loop still looks at received() when it wakes
    }
    struct sigaction action {};
    action.sa_handler = onQuitSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    for (const int signal : {SIGTERM, SIGINT, SIGHUP}) {
        sigaction(signal, &action, nullptr);
    }
}

int QuitSignals::received() {
    return static_cast<int>(receivedSignal);
}

int QuitSignals::wakeFd() {
    return wakePipe[0];
}

} // namespace yaddas::app
