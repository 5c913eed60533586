// A drag source for the window test of dropping a file (XDND version 5): finds the window that
// accepts drops, follows its XdndProxy, drags FILE over it, drops it, hands over the file's URI
// and waits for XdndFinished. Exits 0 only when the drop was accepted and finished.
// Usage: yaddas_xdnd_source FILE [TIMEOUT_SECONDS]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>

#include <X11/Xatom.h>
#include <X11/Xlib.h>

namespace {

Display* dpy = nullptr;

Atom atom(const char* name) {
    return XInternAtom(dpy, name, False);
}

bool windowProperty(Window w, Atom property, Atom type, unsigned long& value) {
    Atom actual = 0;
    int format = 0;
    unsigned long count = 0, after = 0;
    unsigned char* data = nullptr;
    const bool ok = XGetWindowProperty(dpy, w, property, 0, 1, False, type, &actual, &format,
                                       &count, &after, &data) == Success &&
                    data != nullptr && count == 1 && format == 32;
    if (ok) {
        value = static_cast<unsigned long>(*reinterpret_cast<long*>(data));
    }
    if (data != nullptr) {
        XFree(data);
    }
    return ok;
}

/// The first window under `w` (depth first) with XdndAware, or 0.
Window findAware(Window w, Atom aware) {
    unsigned long version = 0;
    if (windowProperty(w, aware, XA_ATOM, version)) {
        return w;
    }
    Window root = 0, parent = 0;
    Window* children = nullptr;
    unsigned int count = 0;
    Window found = 0;
    if (XQueryTree(dpy, w, &root, &parent, &children, &count) != 0) {
        for (unsigned int i = 0; i < count && found == 0; ++i) {
            found = findAware(children[i], aware);
        }
    }
    if (children != nullptr) {
        XFree(children);
    }
    return found;
}

int ignoreErrors(Display*, XErrorEvent*) {
    return 0;
} // windows come and go while we look

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s FILE [TIMEOUT_SECONDS]\n", argv[0]);
        return 2;
    }
    const std::string uri = std::string("file://") + argv[1] + "\r\n";
    const int timeoutSeconds = argc > 2 ? std::atoi(argv[2]) : 60;
    dpy = XOpenDisplay(nullptr);
    if (dpy == nullptr) {
        std::fprintf(stderr, "xdnd source: no display\n");
        return 1;
    }
    XSetErrorHandler(ignoreErrors);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeoutSeconds);
    const Atom aware = atom("XdndAware"), proxyAtom = atom("XdndProxy"), enter = atom("XdndEnter"),
               position = atom("XdndPosition"), status = atom("XdndStatus"),
               drop = atom("XdndDrop"), finished = atom("XdndFinished"),
               selection = atom("XdndSelection"), uriList = atom("text/uri-list"),
               copy = atom("XdndActionCopy");

    Window target = 0;
    while ((target = findAware(DefaultRootWindow(dpy), aware)) == 0) {
        if (std::chrono::steady_clock::now() > deadline) {
            std::fprintf(stderr, "xdnd source: no window accepts drops\n");
            return 1;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    unsigned long version = 0;
    windowProperty(target, aware, XA_ATOM, version);
    Window to = target;
    unsigned long proxy = 0;
    if (windowProperty(target, proxyAtom, XA_WINDOW, proxy)) {
        // The proxy rule: only a proxy that names itself is to be used.
        unsigned long itself = 0;
        if (!windowProperty(static_cast<Window>(proxy), proxyAtom, XA_WINDOW, itself) ||
            itself != proxy) {
            std::fprintf(stderr, "xdnd source: XdndProxy does not name itself\n");
            return 1;
        }
        to = static_cast<Window>(proxy);
    }
    std::printf("xdnd source: window 0x%lx, version %lu, proxy 0x%lx\n", target, version, to);

    const Window self = XCreateSimpleWindow(dpy, DefaultRootWindow(dpy), 0, 0, 1, 1, 0, 0, 0);
    XSetSelectionOwner(dpy, selection, self, CurrentTime);

    auto send = [&](Atom type, long l1, long l2, long l3, long l4) {
        XEvent ev;
        std::memset(&ev, 0, sizeof ev);
        ev.xclient.type = ClientMessage;
        ev.xclient.window = target;
        ev.xclient.message_type = type;
        ev.xclient.format = 32;
        ev.xclient.data.l[0] = static_cast<long>(self);
        ev.xclient.data.l[1] = l1;
        ev.xclient.data.l[2] = l2;
        ev.xclient.data.l[3] = l3;
        ev.xclient.data.l[4] = l4;
        XSendEvent(dpy, to, False, NoEventMask, &ev);
        XFlush(dpy);
    };
    send(enter, 5L << 24, static_cast<long>(uriList), 0, 0);
    send(position, 0, (20L << 16) | 20L, CurrentTime, static_cast<long>(copy));

    bool dropped = false;
    while (std::chrono::steady_clock::now() < deadline) {
        if (XPending(dpy) == 0) {
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
            continue;
        }
        XEvent ev;
        XNextEvent(dpy, &ev);
        if (ev.type == ClientMessage && ev.xclient.message_type == status) {
            if ((ev.xclient.data.l[1] & 1) == 0) {
                std::fprintf(stderr, "xdnd source: the window refused the drop\n");
                return 1;
            }
            if (!dropped) {
                std::printf("xdnd source: accepted, dropping %s\n", argv[1]);
                send(drop, 0, CurrentTime, 0, 0);
                dropped = true;
            }
        } else if (ev.type == SelectionRequest) {
            const XSelectionRequestEvent& req = ev.xselectionrequest;
            XEvent reply;
            std::memset(&reply, 0, sizeof reply);
            reply.xselection.type = SelectionNotify;
            reply.xselection.requestor = req.requestor;
            reply.xselection.selection = req.selection;
            reply.xselection.target = req.target;
            reply.xselection.time = req.time;
            reply.xselection.property = 0;
            if (req.target == uriList && req.property != 0) {
                XChangeProperty(dpy, req.requestor, req.property, uriList, 8, PropModeReplace,
                                reinterpret_cast<const unsigned char*>(uri.data()),
                                static_cast<int>(uri.size()));
                reply.xselection.property = req.property;
            }
            XSendEvent(dpy, req.requestor, False, NoEventMask, &reply);
            XFlush(dpy);
        } else if (ev.type == ClientMessage && ev.xclient.message_type == finished) {
            if ((ev.xclient.data.l[1] & 1) == 0) {
                std::fprintf(stderr, "xdnd source: the drop finished unsuccessfully\n");
                return 1;
            }
            std::printf("xdnd source: drop finished\n");
            XCloseDisplay(dpy);
            return 0;
        }
    }
    std::fprintf(stderr, "xdnd source: timed out (dropped: %s)\n", dropped ? "yes" : "no");
    return 1;
}
