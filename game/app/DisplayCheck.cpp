#include <app/DisplayCheck.hpp>

#include <chrono>
#include <cstdlib>
#include <thread>

// Xlib last: its macros (None, Status, Bool...) would clash with names in other headers.
#include <X11/Xlib.h>

namespace yaddas::app {

std::string DisplayCheck::problem() {
    const char* name = std::getenv("DISPLAY");
    // A busy X server may refuse a connection now and then (EAGAIN, ECONNRESET): a display
    // that is there is tried a few times before the window is given up.
    for (int attempt = 0; attempt < 5; ++attempt) {
        if (Display* display = XOpenDisplay(nullptr); display != nullptr) {
            // Kept open for the life of the process: an X server refuses connections made in
            // quick succession now and then (EAGAIN), and closing this one just before SFML
            // opens its own made SFML's attempt fail and abort. One idle connection costs
            // nothing.
            static Display* const kept = display;
            (void)kept;
            return {};
        }
        if (name == nullptr || *name == '\0') {
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    const std::string which =
        name == nullptr || *name == '\0'
            ? std::string("no graphical display was found (DISPLAY is "
                          "not set)")
            : "the graphical display " + std::string(name) + " could not be opened";
    return "cannot open the window: " + which +
           ". Start Yaddaş from the desktop, or use a command such as \"yaddas validate\" "
           "(see \"yaddas --help\").";
}

} // namespace yaddas::app
