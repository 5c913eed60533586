// Asks the app's window to close as a window manager does (a WM_DELETE_WINDOW message), for the
// idle test: real input on SFML's X connection, where a script only feeds events in.
// Usage: yaddas_x_close
#include <cstdio>

#include <X11/Xatom.h>
#include <X11/Xlib.h>

namespace {

/// The first window under `w` (depth first) that takes WM_DELETE_WINDOW, or 0.
Window findClosable(Display* dpy, Window w, Atom deleteWindow) {
    Atom* protocols = nullptr;
    int count = 0;
    bool takes = false;
    if (XGetWMProtocols(dpy, w, &protocols, &count) != 0) {
        for (int i = 0; i < count; ++i) {
            takes = takes || protocols[i] == deleteWindow;
        }
        XFree(protocols);
    }
    if (takes) {
        return w;
    }
    Window root = 0, parent = 0;
    Window* children = nullptr;
    unsigned int n = 0;
    Window found = 0;
    if (XQueryTree(dpy, w, &root, &parent, &children, &n) != 0) {
        for (unsigned int i = 0; i < n && found == 0; ++i) {
            found = findClosable(dpy, children[i], deleteWindow);
        }
    }
    if (children != nullptr) {
        XFree(children);
    }
    return found;
}

} // namespace

int main() {
    Display* dpy = XOpenDisplay(nullptr);
    if (dpy == nullptr) {
        std::fprintf(stderr, "x close: no display\n");
        return 1;
    }
    const Atom protocols = XInternAtom(dpy, "WM_PROTOCOLS", False);
    const Atom deleteWindow = XInternAtom(dpy, "WM_DELETE_WINDOW", False);
    const Window w = findClosable(dpy, DefaultRootWindow(dpy), deleteWindow);
    if (w == 0) {
        std::fprintf(stderr, "x close: no window takes WM_DELETE_WINDOW\n");
        XCloseDisplay(dpy);
        return 1;
    }
    XEvent ev{};
    ev.xclient.type = ClientMessage;
    ev.xclient.window = w;
    ev.xclient.message_type = protocols;
    ev.xclient.format = 32;
    ev.xclient.data.l[0] = static_cast<long>(deleteWindow);
    ev.xclient.data.l[1] = CurrentTime;
    XSendEvent(dpy, w, False, NoEventMask, &ev);
    XSync(dpy, False);
    XCloseDisplay(dpy);
    return 0;
}
