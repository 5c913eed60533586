// Times a window program from outside, as a person sees it: from exec to the first pixels drawn
// in its window, and the memory it holds a while after its window mapped. Watches the X server
// (SubstructureNotify on the root) for the program's top-level window to map, then reads the
// window's pixels every millisecond until they are no longer all one colour: from Xvfb's
// framebuffer file when given (Xvfb -fbdir DIR: DIR/Xvfb_screen0), which costs the X server
// nothing, else through the server (MIT-SHM, else XGetImage).
// Usage: yaddas_x_first_paint [--settle MS] [--timeout MS] [--framebuffer FILE] -- COMMAND [ARGS]
// Prints, one a line: "mapped-ms N", "first-change-ms N" (the first image that differs from the
// one at mapping), "first-paint-ms N" (the first with two colours or more), all from exec;
// "rss-kb N" and "private-dirty-kb N" (from /proc/PID/smaps_rollup, --settle ms after mapping,
// 3000 by default); then closes the window as a window manager does (WM_DELETE_WINDOW), kills
// the program if it has not ended 5 s later, and prints "exit-code N" (-1: killed).
// Exit code 0 when every figure was measured.
#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <string>
#include <vector>

#include <X11/XWDFile.h>
#include <X11/Xatom.h>
#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <X11/extensions/XShm.h>
#include <arpa/inet.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/ipc.h>
#include <sys/mman.h>
#include <sys/shm.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

double nowMs() {
    timespec t{};
    clock_gettime(CLOCK_MONOTONIC, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

void sleepMs(double ms) {
    timespec t{};
    t.tv_sec = static_cast<time_t>(ms / 1e3);
    t.tv_nsec = static_cast<long>((ms - static_cast<double>(t.tv_sec) * 1e3) * 1e6);
    while (nanosleep(&t, &t) != 0 && errno == EINTR) {
    }
}

int xErrors = 0;
int countError(Display*, XErrorEvent*) {
    ++xErrors; // a window gone or resized between two reads: the next read tries again
    return 0;
}

/// The window's process, from _NET_WM_PID, or 0 when the program does not set it.
long windowPid(Display* dpy, Window w) {
    const Atom pidAtom = XInternAtom(dpy, "_NET_WM_PID", False);
    Atom type = 0;
    int format = 0;
    unsigned long n = 0, left = 0;
    unsigned char* data = nullptr;
    long pid = 0;
    if (XGetWindowProperty(dpy, w, pidAtom, 0, 1, False, XA_CARDINAL, &type, &format, &n, &left,
                           &data) == Success &&
        data != nullptr) {
        if (format == 32 && n == 1) {
            pid = *reinterpret_cast<long*>(data);
        }
        XFree(data);
    }
    return pid;
}

/// The window's pixels, 32 bits each, read again by refresh(): from the X server's framebuffer
/// file when it has one (Xvfb -fbdir: no request to the server, so the server keeps all its
/// time for the program measured), else through the server (MIT-SHM, else XGetImage).
class Pixels {
public:
    Pixels(Display* dpy, Window w, const std::string& framebufferFile) : dpy_(dpy), w_(w) {
        XWindowAttributes a{};
        XGetWindowAttributes(dpy, w, &a);
        Window child = 0;
        XTranslateCoordinates(dpy, w, DefaultRootWindow(dpy), 0, 0, &x_, &y_, &child);
        // Only what lies on the screen can be read.
        const int right = std::min(x_ + a.width, WidthOfScreen(a.screen));
        const int bottom = std::min(y_ + a.height, HeightOfScreen(a.screen));
        x_ = std::max(x_, 0);
        y_ = std::max(y_, 0);
        width_ = static_cast<unsigned>(std::max(1, right - x_));
        height_ = static_cast<unsigned>(std::max(1, bottom - y_));
        if (!framebufferFile.empty() && mapFramebuffer(framebufferFile)) {
            return;
        }
        if (XShmQueryExtension(dpy) != False) {
            image_ = XShmCreateImage(dpy, a.visual, static_cast<unsigned>(a.depth), ZPixmap,
                                     nullptr, &shm_, width_, height_);
            if (image_ != nullptr && image_->bits_per_pixel == 32) {
                const auto bytes = static_cast<std::size_t>(image_->bytes_per_line) * height_;
                shm_.shmid = shmget(IPC_PRIVATE, bytes, IPC_CREAT | 0600);
                if (shm_.shmid >= 0) {
                    shm_.shmaddr = image_->data = static_cast<char*>(shmat(shm_.shmid, nullptr, 0));
                    shm_.readOnly = False;
                    shared_ = XShmAttach(dpy, &shm_) != False;
                    XSync(dpy, False);
                    shmctl(shm_.shmid, IPC_RMID, nullptr); // gone once both detach
                }
            }
            if (image_ != nullptr && !shared_) {
                image_->data = nullptr;
                XDestroyImage(image_);
                image_ = nullptr;
            }
        }
    }
    ~Pixels() {
        if (mapped_ != nullptr) {
            munmap(mapped_, mappedSize_);
        }
        if (shared_) {
            XShmDetach(dpy_, &shm_);
            image_->data = nullptr;
            XDestroyImage(image_);
            shmdt(shm_.shmaddr);
        } else if (image_ != nullptr) {
            XDestroyImage(image_);
        }
    }
    Pixels(const Pixels&) = delete;
    Pixels& operator=(const Pixels&) = delete;

    const char* how() const {
        return mapped_ != nullptr ? "framebuffer file" : shared_ ? "MIT-SHM" : "XGetImage";
    }
    /// Reads the pixels now; false when they could not be read (the next call tries again).
    bool refresh() {
        if (mapped_ != nullptr) {
            return true; // the file is the screen's memory
        }
        const int errorsBefore = xErrors;
        if (shared_) {
            const bool ok = XShmGetImage(dpy_, w_, image_, 0, 0, AllPlanes) != False;
            return ok && xErrors == errorsBefore;
        }
        if (image_ != nullptr) {
            XDestroyImage(image_);
        }
        image_ = XGetImage(dpy_, w_, 0, 0, width_, height_, AllPlanes, ZPixmap);
        XSync(dpy_, False);
        if (image_ != nullptr && image_->bits_per_pixel != 32) {
            std::fprintf(stderr, "x first paint: only 32-bit pixels are read\n");
            std::exit(1);
        }
        return image_ != nullptr && xErrors == errorsBefore;
    }
    unsigned width() const { return width_; }
    unsigned height() const { return height_; }
    const std::uint32_t* row(unsigned y) const {
        if (mapped_ != nullptr) {
            return reinterpret_cast<const std::uint32_t*>(
                       pixels_ +
                       static_cast<std::size_t>(y + static_cast<unsigned>(y_)) * stride_) +
                   x_;
        }
        return reinterpret_cast<const std::uint32_t*>(
            image_->data +
            static_cast<std::size_t>(y) * static_cast<std::size_t>(image_->bytes_per_line));
    }

private:
    /// Xvfb's screen as an XWD file: a big-endian header, a colour map, then the pixels.
    bool mapFramebuffer(const std::string& file) {
        const int fd = open(file.c_str(), O_RDONLY);
        if (fd < 0) {
            std::fprintf(stderr, "x first paint: %s: %s\n", file.c_str(), std::strerror(errno));
            return false;
        }
        struct stat st {};
        fstat(fd, &st);
        void* m = mmap(nullptr, static_cast<std::size_t>(st.st_size), PROT_READ, MAP_SHARED, fd, 0);
        close(fd);
        if (m == MAP_FAILED) {
            return false;
        }
        XWDFileHeader h{};
        std::memcpy(&h, m, sizeof h);
        auto field = [](CARD32 v) { return ntohl(v); };
        const auto headerSize = field(h.header_size);
        const auto ncolors = field(h.ncolors);
        const auto bpp = field(h.bits_per_pixel);
        stride_ = field(h.bytes_per_line);
        const auto screenHeight = field(h.pixmap_height);
        const std::size_t offset = headerSize + ncolors * sz_XWDColor;
        if (field(h.file_version) != XWD_FILE_VERSION || bpp != 32 ||
            offset + static_cast<std::size_t>(stride_) * screenHeight >
                static_cast<std::size_t>(st.st_size)) {
            std::fprintf(stderr, "x first paint: %s is not a 32-bit XWD framebuffer\n",
                         file.c_str());
            munmap(m, static_cast<std::size_t>(st.st_size));
            return false;
        }
        mapped_ = m;
        mappedSize_ = static_cast<std::size_t>(st.st_size);
        pixels_ = static_cast<const char*>(m) + offset;
        return true;
    }

    Display* dpy_;
    Window w_;
    int x_ = 0;
    int y_ = 0;
    unsigned width_ = 1;
    unsigned height_ = 1;
    XShmSegmentInfo shm_{};
    XImage* image_ = nullptr;
    bool shared_ = false;
    void* mapped_ = nullptr;
    std::size_t mappedSize_ = 0;
    const char* pixels_ = nullptr;
    std::size_t stride_ = 0;
};

constexpr std::uint32_t kRgb = 0xffffffu;

bool uniform(const Pixels& p) {
    const std::uint32_t first = p.row(0)[0] & kRgb;
    for (unsigned y = 0; y < p.height(); ++y) {
        const std::uint32_t* r = p.row(y);
        for (unsigned x = 0; x < p.width(); ++x) {
            if ((r[x] & kRgb) != first) {
                return false;
            }
        }
    }
    return true;
}

void copy(const Pixels& p, std::vector<std::uint32_t>& out) {
    out.resize(static_cast<std::size_t>(p.width()) * p.height());
    for (unsigned y = 0; y < p.height(); ++y) {
        std::memcpy(&out[static_cast<std::size_t>(y) * p.width()], p.row(y),
                    p.width() * sizeof(std::uint32_t));
    }
}

bool same(const Pixels& p, const std::vector<std::uint32_t>& before) {
    for (unsigned y = 0; y < p.height(); ++y) {
        if (std::memcmp(&before[static_cast<std::size_t>(y) * p.width()], p.row(y),
                        p.width() * sizeof(std::uint32_t)) != 0) {
            return false;
        }
    }
    return true;
}

/// "Rss:" and "Private_Dirty:" of /proc/PID/smaps_rollup, in kB; -1 when not found.
std::pair<long, long> memoryKb(long pid) {
    std::ifstream in("/proc/" + std::to_string(pid) + "/smaps_rollup");
    std::string line;
    long rss = -1, dirty = -1;
    while (std::getline(in, line)) {
        if (line.rfind("Rss:", 0) == 0) {
            rss = std::strtol(line.c_str() + 4, nullptr, 10);
        } else if (line.rfind("Private_Dirty:", 0) == 0) {
            dirty = std::strtol(line.c_str() + 14, nullptr, 10);
        }
    }
    return {rss, dirty};
}

void closeWindow(Display* dpy, Window w) {
    XEvent ev{};
    ev.xclient.type = ClientMessage;
    ev.xclient.window = w;
    ev.xclient.message_type = XInternAtom(dpy, "WM_PROTOCOLS", False);
    ev.xclient.format = 32;
    ev.xclient.data.l[0] = static_cast<long>(XInternAtom(dpy, "WM_DELETE_WINDOW", False));
    ev.xclient.data.l[1] = CurrentTime;
    XSendEvent(dpy, w, False, NoEventMask, &ev);
    XSync(dpy, False);
}

/// Ends the program: asked first, killed if it does not end within 5 s. Its exit code, or -1.
int endChild(Display* dpy, Window w, pid_t child) {
    if (w != 0) {
        closeWindow(dpy, w);
    }
    int status = 0;
    for (int i = 0; i < 500; ++i) {
        if (waitpid(child, &status, WNOHANG) == child) {
            return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        }
        sleepMs(10);
    }
    std::fprintf(stderr, "x first paint: the program did not end when its window was closed\n");
    kill(child, SIGKILL);
    waitpid(child, &status, 0);
    return -1;
}

} // namespace

int main(int argc, char** argv) {
    double settleMs = 3000;
    double timeoutMs = 60000;
    std::string framebuffer;
    int first = 1;
    for (; first < argc; ++first) {
        const std::string arg = argv[first];
        if (arg == "--settle" && first + 1 < argc) {
            settleMs = std::atof(argv[++first]);
        } else if (arg == "--framebuffer" && first + 1 < argc) {
            framebuffer = argv[++first];
        } else if (arg == "--timeout" && first + 1 < argc) {
            timeoutMs = std::atof(argv[++first]);
        } else if (arg == "--") {
            ++first;
            break;
        } else {
            break;
        }
    }
    if (first >= argc) {
        std::fprintf(stderr, "usage: yaddas_x_first_paint [--settle MS] [--timeout MS] "
                             "[--framebuffer XVFB-SCREEN-FILE] -- COMMAND [ARGS...]\n");
        return 2;
    }
    Display* dpy = XOpenDisplay(nullptr);
    if (dpy == nullptr) {
        std::fprintf(stderr, "x first paint: no display\n");
        return 1;
    }
    XSetErrorHandler(countError);
    const Window root = DefaultRootWindow(dpy);
    XSelectInput(dpy, root, SubstructureNotifyMask);
    XSync(dpy, False);

    // A pipe closed by a successful exec: what comes through it is exec's error.
    int execPipe[2];
    if (pipe2(execPipe, O_CLOEXEC) != 0) {
        std::perror("x first paint: pipe");
        return 1;
    }
    const double t0 = nowMs();
    const pid_t child = fork();
    if (child < 0) {
        std::perror("x first paint: fork");
        return 1;
    }
    if (child == 0) {
        close(execPipe[0]);
        execvp(argv[first], argv + first);
        const int e = errno;
        (void)!write(execPipe[1], &e, sizeof e);
        _exit(127);
    }
    close(execPipe[1]);
    int execError = 0;
    if (read(execPipe[0], &execError, sizeof execError) == static_cast<ssize_t>(sizeof execError)) {
        std::fprintf(stderr, "x first paint: %s: %s\n", argv[first], std::strerror(execError));
        waitpid(child, nullptr, 0);
        return 1;
    }
    close(execPipe[0]);

    // The program's top-level window, once mapped.
    Window w = 0;
    double mappedAt = 0;
    int status = 0;
    while (w == 0) {
        if (nowMs() - t0 > timeoutMs) {
            std::fprintf(stderr, "x first paint: no window mapped within %.0f ms\n", timeoutMs);
            endChild(dpy, 0, child);
            return 1;
        }
        if (waitpid(child, &status, WNOHANG) == child) {
            std::fprintf(stderr, "x first paint: the program ended before it showed a window\n");
            return 1;
        }
        if (XPending(dpy) == 0) {
            pollfd p{ConnectionNumber(dpy), POLLIN, 0};
            poll(&p, 1, 5);
            continue;
        }
        XEvent ev;
        XNextEvent(dpy, &ev);
        if (ev.type != MapNotify || ev.xmap.event != root || ev.xmap.override_redirect) {
            continue;
        }
        const long pid = windowPid(dpy, ev.xmap.window);
        if (pid != 0 && pid != child) {
            continue; // another program's window
        }
        w = ev.xmap.window;
        mappedAt = nowMs();
    }
    std::printf("mapped-ms %.1f\n", mappedAt - t0);
    std::fflush(stdout);

    double changedAt = 0;
    double paintedAt = 0;
    {
        Pixels pixels(dpy, w, framebuffer);
        XWindowAttributes a{};
        XGetWindowAttributes(dpy, w, &a);
        const int windowWidth = a.width;
        const int windowHeight = a.height;
        std::vector<std::uint32_t> atMap;
        bool haveMap = false;
        while (paintedAt == 0) {
            if (nowMs() - t0 > timeoutMs) {
                std::fprintf(stderr, "x first paint: the window stayed one colour for %.0f ms\n",
                             timeoutMs);
                endChild(dpy, w, child);
                return 1;
            }
            if (waitpid(child, &status, WNOHANG) == child) {
                std::fprintf(stderr, "x first paint: the program ended before it drew\n");
                return 1;
            }
            if (pixels.refresh()) {
                const double at = nowMs(); // the pixels were there by now
                if (!haveMap) {
                    copy(pixels, atMap);
                    haveMap = true;
                    std::fprintf(stderr,
                                 "x first paint: %ux%u pixels (of the window's %dx%d) "
                                 "read by %s\n",
                                 pixels.width(), pixels.height(), windowWidth, windowHeight,
                                 pixels.how());
                } else if (changedAt == 0 && !same(pixels, atMap)) {
                    changedAt = at;
                }
                if (!uniform(pixels)) {
                    paintedAt = at;
                    changedAt = changedAt == 0 ? at : changedAt;
                }
            }
            while (XPending(dpy) != 0) {
                XEvent ev;
                XNextEvent(dpy, &ev); // the root's notifications: not needed any more
            }
            sleepMs(1);
        }
    }
    std::printf("first-change-ms %.1f\nfirst-paint-ms %.1f\n", changedAt - t0, paintedAt - t0);
    std::fflush(stdout);

    const long pid = windowPid(dpy, w) != 0 ? windowPid(dpy, w) : child;
    const double settleUntil = mappedAt + settleMs;
    while (nowMs() < settleUntil) {
        if (waitpid(child, &status, WNOHANG) == child) {
            std::fprintf(stderr, "x first paint: the program ended before the memory was read\n");
            return 1;
        }
        sleepMs(std::min(50.0, settleUntil - nowMs()));
    }
    const auto [rss, dirty] = memoryKb(pid);
    if (rss < 0 || dirty < 0) {
        std::fprintf(stderr, "x first paint: /proc/%ld/smaps_rollup could not be read\n", pid);
        endChild(dpy, w, child);
        return 1;
    }
    std::printf("rss-kb %ld\nprivate-dirty-kb %ld\n", rss, dirty);
    std::fflush(stdout);
    const int code = endChild(dpy, w, child);
    std::printf("exit-code %d\n", code);
    XCloseDisplay(dpy);
    return 0;
}
