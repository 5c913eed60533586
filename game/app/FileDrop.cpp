#include <app/FileDrop.hpp>

#include <spdlog/spdlog.h>

#include <cstring>
#include <string>

#include <poll.h>

// Xlib last: its macros (None, Status, Bool...) would clash with names in other headers.
#include <X11/Xatom.h>
#include <X11/Xlib.h>

namespace yaddas::app {

namespace {

constexpr long kXdndVersion = 5;

int ignoreError(Display*, XErrorEvent* error) {
    spdlog::debug("file drop: X error {} ignored", static_cast<int>(error->error_code));
    return 0;
}

/// A drag source may vanish mid-drop: Xlib's default handler would end the process on the
/// resulting BadWindow, so while we talk to other windows, errors are only logged.
class QuietErrors {
public:
    explicit QuietErrors(Display* display)
        : display_(display), previous_(XSetErrorHandler(ignoreError)) {}
    ~QuietErrors() {
        XSync(display_, False); // our requests' errors arrive while our handler is set
        XSetErrorHandler(previous_);
    }
    QuietErrors(const QuietErrors&) = delete;
    QuietErrors& operator=(const QuietErrors&) = delete;

private:
    Display* display_;
    int (*previous_)(Display*, XErrorEvent*);
};

int hexValue(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

} // namespace

struct FileDrop::Impl {
    Display* display = nullptr;
    Window target = 0; // the SFML window, as the drag source knows it
    Window proxy = 0;  // ours: receives the protocol's messages
    Atom aware = 0, proxyAtom = 0, enter = 0, position = 0, status = 0, leave = 0, drop = 0,
         finished = 0, selection = 0, typeList = 0, uriList = 0, actionCopy = 0, property = 0;
    Window source = 0; // the window dragging over us, 0 when none
    bool acceptable = false;

    ~Impl() {
        if (display != nullptr) {
            // The SFML window's properties go with it; it may already be gone.
            if (proxy != 0) {
                XDestroyWindow(display, proxy);
            }
            XCloseDisplay(display);
        }
    }

    void send(Window to, Atom type, long l1, long l2, long l3, long l4) {
        XEvent ev;
        std::memset(&ev, 0, sizeof ev);
        ev.xclient.type = ClientMessage;
        ev.xclient.display = display;
        ev.xclient.window = to;
        ev.xclient.message_type = type;
        ev.xclient.format = 32;
        ev.xclient.data.l[0] = static_cast<long>(target);
        ev.xclient.data.l[1] = l1;
        ev.xclient.data.l[2] = l2;
        ev.xclient.data.l[3] = l3;
        ev.xclient.data.l[4] = l4;
        XSendEvent(display, to, False, NoEventMask, &ev);
        XFlush(display);
    }

    bool offersUriList(const XClientMessageEvent& e) {
        if ((e.data.l[1] & 1) == 0) {
            for (int i = 2; i < 5; ++i) {
                if (static_cast<Atom>(e.data.l[i]) == uriList) {
                    return true;
                }
            }
            return false;
        }
        // More than three types: the full list is on the source's XdndTypeList.
        Atom type = 0;
        int format = 0;
        unsigned long count = 0, after = 0;
        unsigned char* data = nullptr;
        bool found = false;
        if (XGetWindowProperty(display, static_cast<Window>(e.data.l[0]), typeList, 0, 64, False,
                               XA_ATOM, &type, &format, &count, &after, &data) == Success &&
            data != nullptr) {
            const auto* atoms = reinterpret_cast<const Atom*>(data);
            for (unsigned long i = 0; i < count; ++i) {
                found = found || atoms[i] == uriList;
            }
        }
        if (data != nullptr) {
            XFree(data);
        }
        return found;
    }

    std::optional<std::filesystem::path> handle(XEvent& ev) {
        if (ev.type == ClientMessage) {
            const XClientMessageEvent& e = ev.xclient;
            const Atom what = e.message_type;
            if (what == enter) {
                source = static_cast<Window>(e.data.l[0]);
                acceptable = ((e.data.l[1] >> 24) & 0xff) >= 1 && offersUriList(e);
            } else if (what == position) {
                source = static_cast<Window>(e.data.l[0]);
                // Accept, ask for no more position updates than needed, and copy.
                send(source, status, acceptable ? 1 : 0, 0, 0,
                     acceptable ? static_cast<long>(actionCopy) : 0);
            } else if (what == leave) {
                source = 0;
                acceptable = false;
            } else if (what == drop) {
                source = static_cast<Window>(e.data.l[0]);
                if (!acceptable) {
                    send(source, finished, 0, 0, 0, 0);
                    source = 0;
                    return std::nullopt;
                }
                XConvertSelection(display, selection, uriList, property, proxy,
                                  static_cast<Time>(e.data.l[2]));
                XFlush(display);
            }
            return std::nullopt;
        }
        if (ev.type == SelectionNotify && ev.xselection.selection == selection && source != 0) {
            std::optional<std::filesystem::path> path;
            if (ev.xselection.property != 0) {
                Atom type = 0;
                int format = 0;
                unsigned long count = 0, after = 0;
                unsigned char* data = nullptr;
                if (XGetWindowProperty(display, proxy, property, 0, 65536, True, AnyPropertyType,
                                       &type, &format, &count, &after, &data) == Success &&
                    data != nullptr && format == 8) {
                    path = FileDrop::firstFilePath(
                        std::string_view(reinterpret_cast<const char*>(data), count));
                }
                if (data != nullptr) {
                    XFree(data);
                }
            }
            send(source, finished, path ? 1 : 0, path ? static_cast<long>(actionCopy) : 0, 0, 0);
            source = 0;
            acceptable = false;
            if (!path) {
                spdlog::debug("file drop: no file:// path in the dropped data");
            }
            return path;
        }
        return std::nullopt;
    }
};

FileDrop::FileDrop(sf::WindowHandle window) {
    auto impl = std::make_unique<Impl>();
    impl->display = XOpenDisplay(nullptr);
    if (impl->display == nullptr) {
        spdlog::debug("file drop: no X display, dropping files is off");
        return;
    }
    Display* d = impl->display;
    QuietErrors quiet(d);
    impl->target = static_cast<Window>(window);
    if (impl->target == 0) {
        spdlog::debug("file drop: no window handle, dropping files is off");
        return;
    }
    auto atom = [d](const char* name) { return XInternAtom(d, name, False); };
    impl->aware = atom("XdndAware");
    impl->proxyAtom = atom("XdndProxy");
    impl->enter = atom("XdndEnter");
    impl->position = atom("XdndPosition");
    impl->status = atom("XdndStatus");
    impl->leave = atom("XdndLeave");
    impl->drop = atom("XdndDrop");
    impl->finished = atom("XdndFinished");
    impl->selection = atom("XdndSelection");
    impl->typeList = atom("XdndTypeList");
    impl->uriList = atom("text/uri-list");
    impl->actionCopy = atom("XdndActionCopy");
    impl->property = atom("YADDAS_DROP");

    XSetWindowAttributes attributes;
    std::memset(&attributes, 0, sizeof attributes);
    impl->proxy = XCreateWindow(d, DefaultRootWindow(d), -10, -10, 1, 1, 0, CopyFromParent,
                                InputOnly, CopyFromParent, 0, &attributes);
    if (impl->proxy == 0) {
        spdlog::debug("file drop: could not create the proxy window, dropping files is off");
        return;
    }
    const long version = kXdndVersion;
    const auto proxyId = static_cast<long>(impl->proxy);
    for (Window w : {impl->target, impl->proxy}) {
        XChangeProperty(d, w, impl->aware, XA_ATOM, 32, PropModeReplace,
                        reinterpret_cast<const unsigned char*>(&version), 1);
        // The proxy rule: the proxy window names itself as proxy too.
        XChangeProperty(d, w, impl->proxyAtom, XA_WINDOW, 32, PropModeReplace,
                        reinterpret_cast<const unsigned char*>(&proxyId), 1);
    }
    XSync(d, False);
    spdlog::debug("file drop: ready (XDND version {})", kXdndVersion);
    impl_ = std::move(impl);
}

FileDrop::~FileDrop() = default;

bool FileDrop::active() const {
    return impl_ != nullptr;
}

std::optional<std::filesystem::path> FileDrop::poll() {
    if (!impl_) {
        return std::nullopt;
    }
    std::optional<std::filesystem::path> dropped;
    // Again after QuietErrors' XSync: messages it read are queued where poll() cannot see them.
    while (XPending(impl_->display) > 0) {
        QuietErrors quiet(impl_->display);
        while (XPending(impl_->display) > 0) {
            XEvent ev;
            XNextEvent(impl_->display, &ev);
            if (auto path = impl_->handle(ev)) {
                dropped = std::move(path);
            }
        }
    }
    return dropped;
}

bool FileDrop::wait(std::chrono::milliseconds timeout) {
    if (!impl_) {
        return false;
    }
    pollfd fd{ConnectionNumber(impl_->display), POLLIN, 0};
    ::poll(&fd, 1, static_cast<int>(timeout.count()));
    return true;
}

int FileDrop::connection() const {
    return impl_ ? ConnectionNumber(impl_->display) : -1;
}

std::optional<std::filesystem::path> FileDrop::firstFilePath(std::string_view uriList) {
    std::size_t start = 0;
    while (start < uriList.size()) {
        std::size_t end = uriList.find('\n', start);
        if (end == std::string_view::npos) {
            end = uriList.size();
        }
        std::string_view line = uriList.substr(start, end - start);
        start = end + 1;
        while (!line.empty() && (line.back() == '\r' || line.back() == '\0')) {
            line.remove_suffix(1);
        }
        constexpr std::string_view scheme = "file://";
        if (line.empty() || line.front() == '#' || line.substr(0, scheme.size()) != scheme) {
            continue;
        }
        line.remove_prefix(scheme.size());
        // file://host/path: the host (usually empty or localhost) ends at the first slash.
        const std::size_t slash = line.find('/');
        if (slash == std::string_view::npos) {
            continue;
        }
        line.remove_prefix(slash);
        std::string decoded;
        for (std::size_t i = 0; i < line.size(); ++i) {
            if (line[i] == '%' && i + 2 < line.size() && hexValue(line[i + 1]) >= 0 &&
                hexValue(line[i + 2]) >= 0) {
                decoded += static_cast<char>(hexValue(line[i + 1]) * 16 + hexValue(line[i + 2]));
                i += 2;
            } else {
                decoded += line[i];
            }
        }
        if (decoded.find('\0') != std::string::npos) {
            continue;
        }
        return std::filesystem::path(decoded);
    }
    return std::nullopt;
}

} // namespace yaddas::app
