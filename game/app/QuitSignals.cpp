#include <app/QuitSignals.hpp>

#include <csignal>
#include <initializer_list>

namespace yaddas::app {
namespace {

volatile std::sig_atomic_t receivedSignal = 0;

extern "C" void onQuitSignal(int signal) {
    receivedSignal = signal; // async-signal-safe: nothing else happens here
}

} // namespace

void QuitSignals::install() {
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

} // namespace yaddas::app
