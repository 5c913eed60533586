#include <app/Application.hpp>

#include <app/AssignmentFlow.hpp>
#include <app/QuitSignals.hpp>
#include <app/screens/AssignmentScreen.hpp>
#include <app/screens/FilePickerScreen.hpp>
#include <app/screens/MemoryScreen.hpp>
#include <app/screens/ModuleMapScreen.hpp>
#include <app/screens/ProgressScreen.hpp>
#include <app/screens/QuizScreen.hpp>
#include <app/screens/ReaderScreen.hpp>
#include <app/screens/ResultsScreen.hpp>
#include <app/screens/SettingsScreen.hpp>
#include <app/screens/SourcesScreen.hpp>
#include <app/screens/UnsavedScreen.hpp>
#include <app/screens/WelcomeScreen.hpp>
#include <app/widgets/Chrome.hpp>

#include <io/DataPaths.hpp>
#include <io/EmergencyCopy.hpp>
#include <io/LearnerSession.hpp>
#include <io/LibraryLoader.hpp>
#include <io/ProgressStore.hpp>
#include <io/ProgressWriter.hpp>

#include <SFML/Graphics/Image.hpp>
#include <SFML/Graphics/Texture.hpp>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <sstream>
#include <string_view>
#include <thread>
#include <vector>

namespace yaddas::app {
namespace fs = std::filesystem;

namespace {

// Smaller than this, the reading column and the bottom row no longer fit side by side.
constexpr unsigned kMinWidth = 1024;
constexpr unsigned kMinHeight = 640;

long long nowNs() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

long peakResidentKb() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmHWM:", 0) == 0) {
            return std::strtol(line.c_str() + 6, nullptr, 10);
        }
    }
    return -1;
}

/// The shared objects mapped now (the program and what it links, when called at start-up).
std::vector<std::string> mappedObjects() {
    std::ifstream maps("/proc/self/maps");
    std::vector<std::string> out;
    std::string line;
    while (std::getline(maps, line)) {
        const std::size_t slash = line.find('/');
        if (slash != std::string::npos && line.find(".so", slash) != std::string::npos) {
            out.push_back(line.substr(slash));
        }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

/// Resident memory now, in kB: all of it, and the part in the graphics driver's mappings:
/// the shared objects that were not mapped at start-up (the OpenGL implementation loads its
/// driver, Mesa's software renderer with libLLVM here, and the driver's own libraries) and the
/// X server's shared-memory image of the window.
std::pair<long, long> residentSplitKb(const std::vector<std::string>& linked) {
    std::ifstream maps("/proc/self/smaps");
    std::string line;
    long all = 0;
    long driver = 0;
    bool inDriver = false;
    while (std::getline(maps, line)) {
        if (!line.empty() && std::isxdigit(static_cast<unsigned char>(line[0])) &&
            line.find('-') < line.find(' ')) {
            const std::size_t slash = line.find('/');
            const std::string file = slash == std::string::npos ? "" : line.substr(slash);
            inDriver = file.rfind("/SYSV", 0) == 0 ||
                       (file.find(".so") != std::string::npos &&
                        !std::binary_search(linked.begin(), linked.end(), file));
        } else if (line.rfind("Rss:", 0) == 0) {
            const long kb = std::strtol(line.c_str() + 4, nullptr, 10);
            all += kb;
            driver += inDriver ? kb : 0;
        }
    }
    return {all, driver};
}

} // namespace

Application::Application(cli::GlobalOptions options, AppOptions appOptions)
    : options_(std::move(options)), appOptions_(std::move(appOptions)),
      learners_(options_.effectiveDataDir()), rng_(std::random_device{}()),
      theme_(Theme::make(ThemeKind::Light)),
      linkedObjects_(appOptions_.benchmark ? mappedObjects() : std::vector<std::string>()),
      preload_([this] { preload(); }), painter_(window_) {
    mark("graphics driver loaded");
}

void Application::preload() {
    auto loaded =
        io::LibraryLoader::load(options_.effectiveLessonPaths(), io::DataPaths::sourceText());
    for (const auto& d : loaded.diagnostics) {
        spdlog::warn("{}", d.format());
    }
    library_ = std::move(loaded.library);
    loadProblems_ = std::move(loaded.diagnostics);
    notice_ = loadProblemNotice(loadProblems_);
    mark("lessons loaded");
    if (fonts_.load()) {
        mark("fonts found");
    }
    if (!appOptions_.learner.empty()) {
        learnerError_ = learners_.select(appOptions_.learner);
        if (learners_.hasCurrent()) {
            learners_.statistics(library_); // kept for the module map's first frame
        }
        mark("learner opened");
    }
}

std::string Application::loadProblemNotice(const core::Diagnostics& diagnostics) {
    std::vector<std::string> files;
    std::string first;
    for (const auto& d : diagnostics) {
        if (d.severity != core::Diagnostic::Severity::Error) {
            continue;
        }
        const std::string name = fs::path(d.file).filename().string();
        if (std::find(files.begin(), files.end(), name) == files.end()) {
            files.push_back(name);
        }
        if (first.empty()) {
            first = d.format();
        }
    }
    if (files.empty()) {
        return {};
    }
    std::string list;
    for (std::size_t i = 0; i < files.size() && i < 3; ++i) {
        list += (i ? ", " : "") + files[i];
    }
    if (files.size() > 3) {
        list += " and " + std::to_string(files.size() - 3) + " more";
    }
    return (files.size() == 1
                ? "One lesson file could not be opened ("
                : std::to_string(files.size()) + " lesson files could not be opened (") +
           list + "); the other lessons work. Show this to your teacher: " + first +
           " (“yaddas validate” lists every problem).";
}

void Application::createWindow(bool fullscreen) {
    const std::string name = "Yaddaş";
    const sf::String title = sf::String::fromUtf8(name.begin(), name.end());
    sf::ContextSettings gl;
    gl.antialiasingLevel = 0;
    if (fullscreen) {
        window_.create(sf::VideoMode::getDesktopMode(), title, sf::Style::Fullscreen, gl);
    } else {
        window_.create(sf::VideoMode(appOptions_.width, appOptions_.height), title,
                       sf::Style::Default, gl);
    }
    fullscreen_ = fullscreen;
    window_.setKeyRepeatEnabled(true);
    // The taskbar and window-switcher icon; the window works without it.
    sf::Image icon;
    const fs::path iconFile = io::DataPaths::assets() / "icon.png";
    if (icon.loadFromFile(iconFile.string())) {
        window_.setIcon(icon.getSize().x, icon.getSize().y, icon.getPixelsPtr());
    } else {
        spdlog::warn("{}: the window icon could not be read", iconFile.string());
    }
    if (!appOptions_.benchmark) {
        fileDrop_.reset(); // a new window: a new drop target for it
        fileDrop_ = std::make_unique<FileDrop>(window_.getSystemHandle());
    }
    const sf::Vector2u s = window_.getSize();
    onResize(s.x, s.y);
}

void Application::onResize(unsigned width, unsigned height) {
    if (!fullscreen_ && !script_ && (width < kMinWidth || height < kMinHeight)) {
        // A window manager may let the learner drag smaller; grow back to the smallest layout.
        width = std::max(width, kMinWidth);
        height = std::max(height, kMinHeight);
        window_.setSize({width, height});
    }
    size_ = sf::Vector2f(static_cast<float>(width), static_cast<float>(height));
    window_.setView(sf::View(sf::FloatRect(0.f, 0.f, size_.x, size_.y)));
    metrics_ = Metrics::forWindow(width, height, settings_.textPercent);
    if (stack_) {
        stack_->relayoutAll();
    }
}

void Application::applySettings() {
    theme_ = Theme::make(settings_.theme);
    if (settings_.fullscreen != fullscreen_ && !script_ && !appOptions_.benchmark) {
        createWindow(settings_.fullscreen);
    }
    const sf::Vector2u s = window_.getSize();
    onResize(static_cast<unsigned>(size_.x) ? static_cast<unsigned>(size_.x) : s.x,
             static_cast<unsigned>(size_.y) ? static_cast<unsigned>(size_.y) : s.y);
    if (learners_.hasCurrent()) {
        const std::string error = learners_.saveSettings(settings_);
        if (!error.empty()) {
            notice_ = error;
            spdlog::error("{}", error);
        }
    }
}

void Application::dispatch(const sf::Event& event) {
    if (event.type == sf::Event::Closed) {
        requestQuit();
        return;
    }
    if (event.type == sf::Event::Resized) {
        onResize(event.size.width, event.size.height);
        return;
    }
    if (!notice_.empty()) {
        // The banner's "Close", by mouse or Ctrl+D, on whichever screen shows it.
        const sf::FloatRect close = Chrome(*context_).noticeCloseRect();
        const bool clicked = event.type == sf::Event::MouseButtonPressed &&
                             close.contains(static_cast<float>(event.mouseButton.x),
                                            static_cast<float>(event.mouseButton.y));
        const bool key = event.type == sf::Event::KeyPressed && event.key.control &&
                         event.key.code == sf::Keyboard::D;
        if (clicked || key) {
            notice_.clear();
            stack_->relayoutAll();
            return;
        }
    }
    if (event.type == sf::Event::KeyPressed && event.key.code == sf::Keyboard::F11) {
        settings_.fullscreen = !settings_.fullscreen;
        applySettings();
        return;
    }
    stack_->handleEvent(event);
}

void Application::render() {
    painter_.beginFrame();
    window_.clear(theme_.paper);
    stack_->draw(painter_);
    if (!pendingScreenshot_.empty()) {
        writeScreenshot(pendingScreenshot_);
        pendingScreenshot_.clear();
    }
    if (!pendingDump_.empty()) {
        writeDump(pendingDump_);
        pendingDump_.clear();
    }
    window_.display();
}

void Application::writeScreenshot(const std::string& name) {
    sf::Texture texture;
    const sf::Vector2u s = window_.getSize();
    if (!texture.create(s.x, s.y)) {
        spdlog::error("screenshot {}: could not create a texture", name);
        exitCode_ = 3;
        return;
    }
    texture.update(window_);
    const fs::path file = appOptions_.screenshotDir / (name + ".png");
    if (!texture.copyToImage().saveToFile(file.string())) {
        spdlog::error("screenshot {}: could not write {}", name, file.string());
        exitCode_ = 3;
    }
}

void Application::writeDump(const std::string& name) {
    const fs::path file = appOptions_.screenshotDir / (name + ".txt");
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    State* top = stack_->top();
    out << "screen " << (top ? top->name() : "none") << '\n';
    out << "size " << static_cast<int>(size_.x) << ' ' << static_cast<int>(size_.y) << '\n';
    out << std::fixed << std::setprecision(1);
    for (const auto& r : painter_.records()) {
        std::string oneLine = r.text;
        std::replace(oneLine.begin(), oneLine.end(), '\n', ' ');
        out << "text " << r.bounds.left << ' ' << r.bounds.top << ' ' << r.bounds.width << ' '
            << r.bounds.height << ' ' << oneLine << '\n';
    }
    if (!out.flush()) {
        spdlog::error("dump {}: could not write {}", name, file.string());
        exitCode_ = 3;
    }
}

bool Application::stepScript() {
    if (waitFrames_ > 0) {
        --waitFrames_;
        return true;
    }
    if (scriptPos_ >= script_->commands.size()) {
        return false;
    }
    const Script::Command& c = script_->commands[scriptPos_++];
    if (c.op != Script::Op::WaitFile) {
        waitFileSince_.reset();
    }
    auto fail = [&](const std::string& what) {
        const std::string msg =
            appOptions_.script.string() + ":" + std::to_string(c.line) + ": " + what;
        spdlog::error("{}", msg);
        std::cerr << msg << '\n';
        exitCode_ = 3;
        return false;
    };
    auto mouse = [&](sf::Event::EventType type, int x, int y) {
        sf::Event e;
        e.type = type;
        if (type == sf::Event::MouseMoved) {
            e.mouseMove = {x, y};
        } else {
            e.mouseButton = {sf::Mouse::Left, x, y};
        }
        dispatch(e);
    };
    auto click = [&](int x, int y) {
        mouse(sf::Event::MouseMoved, x, y);
        mouse(sf::Event::MouseButtonPressed, x, y);
        mouse(sf::Event::MouseButtonReleased, x, y);
    };
    switch (c.op) {
    case Script::Op::Key: {
        sf::Event e;
        e.type = sf::Event::KeyPressed;
        e.key = {c.key, c.alt, c.control, c.shift, false};
        dispatch(e);
        // A real keyboard also sends the character for keys that type one.
        sf::Uint32 ch = 0;
        if (c.key == sf::Keyboard::Space) {
            ch = ' ';
        } else if (c.key == sf::Keyboard::BackSpace) {
            ch = 8;
        } else if (c.key >= sf::Keyboard::Num0 && c.key <= sf::Keyboard::Num9) {
            ch = static_cast<sf::Uint32>('0' + (c.key - sf::Keyboard::Num0));
        } else if (c.key >= sf::Keyboard::A && c.key <= sf::Keyboard::Z) {
            ch = static_cast<sf::Uint32>((c.shift ? 'A' : 'a') + (c.key - sf::Keyboard::A));
        }
        if (ch != 0 && !c.control && !c.alt) {
            sf::Event t;
            t.type = sf::Event::TextEntered;
            t.text.unicode = ch;
            dispatch(t);
        }
        sf::Event r = e;
        r.type = sf::Event::KeyReleased;
        dispatch(r);
        break;
    }
    case Script::Op::Type: {
        for (sf::Uint32 ch : sf::String::fromUtf8(c.text.begin(), c.text.end())) {
            sf::Event t;
            t.type = sf::Event::TextEntered;
            t.text.unicode = ch;
            dispatch(t);
        }
        break;
    }
    case Script::Op::Click:
        click(c.x, c.y);
        break;
    case Script::Op::Move:
        mouse(sf::Event::MouseMoved, c.x, c.y);
        break;
    case Script::Op::Drag: {
        mouse(sf::Event::MouseMoved, c.x, c.y);
        mouse(sf::Event::MouseButtonPressed, c.x, c.y);
        for (int step = 1; step <= 8; ++step) {
            mouse(sf::Event::MouseMoved, c.x + (c.x2 - c.x) * step / 8,
                  c.y + (c.y2 - c.y) * step / 8);
        }
        mouse(sf::Event::MouseButtonReleased, c.x2, c.y2);
        break;
    }
    case Script::Op::ClickText: {
        const Painter::Record* found = nullptr;
        for (const auto& r : painter_.records()) {
            if (r.text == c.text) {
                found = &r;
                break;
            }
        }
        if (found == nullptr) {
            for (const auto& r : painter_.records()) {
                if (r.text.find(c.text) != std::string::npos) {
                    found = &r;
                    break;
                }
            }
        }
        if (found == nullptr) {
            State* top = stack_->top();
            return fail("no text \"" + c.text + "\" on the screen (" +
                        (top ? top->name() : "none") + ")");
        }
        click(static_cast<int>(found->bounds.left + found->bounds.width / 2.f),
              static_cast<int>(found->bounds.top + found->bounds.height / 2.f));
        break;
    }
    case Script::Op::Resize:
        window_.setSize({static_cast<unsigned>(c.x), static_cast<unsigned>(c.y)});
        onResize(static_cast<unsigned>(c.x), static_cast<unsigned>(c.y));
        break;
    case Script::Op::WaitFrames:
        waitFrames_ = c.x;
        break;
    case Script::Op::Screenshot:
        pendingScreenshot_ = c.text;
        break;
    case Script::Op::Dump:
        pendingDump_ = c.text;
        break;
    case Script::Op::Answer: {
        State* top = stack_->top();
        if (top == nullptr || !top->scriptAnswer(c.text == "right")) {
            return fail("no question to answer on the screen (" +
                        std::string(top ? top->name() : "none") + ")");
        }
        break;
    }
    case Script::Op::Until: {
        // A bound, so a quiz that never ends (a bug) fails the script instead of hanging it.
        constexpr int maxQuestions = 200;
        for (int step = 0;; ++step) {
            State* top = stack_->top();
            const auto kind = top ? top->scriptQuestionKind() : std::nullopt;
            if (!kind) {
                return fail(step == 0 ? "no quiz question on the screen (" +
                                            std::string(top ? top->name() : "none") + ")"
                                      : "the quiz ended before a " + c.text + " question");
            }
            if (*kind == c.kind) {
                break;
            }
            if (step == maxQuestions) {
                return fail("no " + c.text + " question in " + std::to_string(maxQuestions) +
                            " questions");
            }
            top->scriptAnswer(true); // false when already answered: then only go on
            sf::Event e;
            e.type = sf::Event::KeyPressed;
            e.key = {sf::Keyboard::Enter, false, false, false, false};
            dispatch(e);
            e.type = sf::Event::KeyReleased;
            dispatch(e);
            stack_->applyPending(); // the last question's Enter replaces the quiz by its results
        }
        break;
    }
    case Script::Op::WaitFile: {
        std::error_code ec;
        if (fs::exists(appOptions_.screenshotDir / c.text, ec)) {
            waitFileSince_.reset();
            break;
        }
        const auto now = std::chrono::steady_clock::now();
        if (!waitFileSince_) {
            waitFileSince_ = now;
        } else if (now - *waitFileSince_ > std::chrono::seconds(120)) {
            return fail("no file " + c.text + " after 120 s");
        }
        --scriptPos_; // the same command again on the next frame
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
        break;
    }
    case Script::Op::CloseWindow: {
        sf::Event e;
        e.type = sf::Event::Closed;
        dispatch(e);
        break;
    }
    case Script::Op::Quit:
        return false;
    }
    return true;
}

void Application::requestQuit() {
    if (learners_.unsaved()) {
        const std::string error = learners_.retrySave();
        if (!error.empty()) {
            // Ask the learner: closing now would lose answers.
            State* top = stack_->top();
            if (top == nullptr || std::string(top->name()) != "Unsaved") {
                if (stack_->empty()) {
                    stack_->reset(ScreenId::Welcome);
                }
                stack_->push(ScreenId::Unsaved);
            }
            return;
        }
    }
    quitNow_ = true;
}

void Application::saveBeforeExit(const std::string& why) {
    // Once: a signal's copy is not written again as the loop ends. Not after the learner chose
    // in the dialog either (a copy saved, or quitting without saving confirmed).
    if (exitHandled_ || !learners_.unsaved()) {
        return;
    }
    exitHandled_ = true;
    if (learners_.retrySave().empty()) {
        return;
    }
    // No one can answer a dialog now: a copy elsewhere, and its path where a person looks.
    auto copy = learners_.saveCopy(io::EmergencyCopy::defaultFolders());
    if (copy) {
        const std::string message =
            why + ": the latest answers of " + learners_.current() +
            " could not be saved in their usual place, so a copy was saved as " +
            copy.value().string() + ". Copy it back to " + learners_.file().string() +
            " once that folder can be written to.";
        spdlog::critical("{}", message); // the log, and standard error
    } else {
        const std::string message = why + ": the latest answers of " + learners_.current() +
                                    " could not be saved, and " + copy.error().message +
                                    "; they are lost.";
        spdlog::critical("{}", message); // the log, and standard error
    }
    exitCode_ = exitCode_ != 0 ? exitCode_ : 1;
}

void Application::clearSavedNotice() {
    // The banner about a failed save goes once a save succeeds; other notices stay.
    if (notice_.empty() || learners_.unsaved()) {
        return;
    }
    const std::string& sentence = io::LearnerSession::unsavedMessage();
    const std::size_t at = notice_.find(sentence);
    if (at == std::string::npos) {
        return;
    }
    notice_.erase(at, sentence.size());
    while (!notice_.empty() && notice_.front() == ' ') {
        notice_.erase(0, 1);
    }
    while (!notice_.empty() && notice_.back() == ' ') {
        notice_.pop_back();
    }
    stack_->relayoutAll();
}

bool Application::waitForEvent(sf::Event& event) {
    // As SFML's waitEvent (which looks every 10 ms), but it also wakes for a signal and for a
    // save that is due to be tried again.
    while (!window_.pollEvent(event)) {
        if (QuitSignals::received() != 0 ||
            (learners_.unsaved() && learners_.now() >= nextRetryCheck_)) {
            return false;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return true;
}

namespace {

/// Writes a learner with `answers` answers over the library's real facts, as a long-time learner
/// would have after months of use.
std::string prepareBenchmarkLearner(const core::Library& library, const fs::path& dataDir,
                                    int answers) {
    io::ProgressStore store(dataDir);
    if (store.find("Benchmark")) {
        return {};
    }
    std::vector<std::pair<std::string, std::string>> facts; // fact, module
    for (const auto& m : library.modules()) {
        for (const auto& f : m.factIds()) {
            facts.emplace_back(f, m.id);
        }
    }
    if (facts.empty()) {
        facts.emplace_back("fact", "module");
    }
    std::mt19937_64 rng(20200428);
    const core::FsrsScheduler scheduler;
    const std::int64_t start = io::ProgressStore::systemClock()() - 400LL * 24 * 3600;
    core::Learner learner(core::LearnerProfile{"benchmark", "Benchmark", start});
    learner.reserveAnswers(static_cast<std::size_t>(answers));
    for (int i = 0; i < answers; ++i) {
        core::AnswerRecord a;
        a.at = start + static_cast<std::int64_t>(i) * 3000;
        const auto& [fact, module] = facts[static_cast<std::size_t>(rng() % facts.size())];
        a.factId = fact;
        a.moduleId = module;
        a.questionKind = "single";
        const auto roll = rng() % 10;
        a.outcome = roll < 7   ? core::Outcome::Right
                    : roll < 8 ? core::Outcome::Partial
                               : core::Outcome::Wrong;
        a.fraction = roll < 7 ? 1.0 : roll < 8 ? 0.5 : 0.0;
        a.given = "28 April 1920";
        a.seconds = 12.0;
        learner.recordAnswer(std::move(a), scheduler);
    }
    std::error_code ec;
    fs::create_directories(store.learnersDir(), ec);
    auto saved = io::ProgressWriter::save(learner, store.fileOf("benchmark"));
    return saved ? std::string() : saved.error().message;
}

double percentile(std::vector<double> values, double p) {
    if (values.empty()) {
        return 0.0;
    }
    std::sort(values.begin(), values.end());
    const auto i = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values[std::min(i, values.size() - 1)];
}

} // namespace

int Application::runBenchmark() {
    using Clock = std::chrono::steady_clock;
    // The learner is written once; the timed start is a later run of the program, so that the
    // timing covers a fresh process reading the file, as a learner starting the app would see.
    if (!learners_.hasCurrent()) {
        const std::string error =
            prepareBenchmarkLearner(library_, options_.effectiveDataDir(), 10000);
        if (!error.empty()) {
            std::cerr << "benchmark: " << error << '\n';
            return 1;
        }
        learnerError_ = learners_.select(appOptions_.learner);
    }
    if (std::getenv("YADDAS_BENCH_T0") == nullptr) {
        std::cerr << "benchmark: set YADDAS_BENCH_T0=$(date +%s%N) just before starting yaddas "
                     "(tests/app/bench-startup.sh does)\n";
        return 2;
    }
    const long long t0 = std::atoll(std::getenv("YADDAS_BENCH_T0"));
    if (!learners_.hasCurrent()) {
        std::cerr << "benchmark: " << learnerError_ << '\n';
        return 1;
    }
    settings_ = learners_.settings();
    applySettings();
    stack_->reset(ScreenId::ModuleMap);
    stack_->applyPending();
    render();
    const double firstFrameMs = static_cast<double>(nowNs() - t0) / 1e6;
    std::sort(marks_.begin(), marks_.end(),
              [](const auto& a, const auto& b) { return a.second < b.second; });
    for (const auto& [what, at] : marks_) {
        std::cout << "  " << what << ": " << std::fixed << std::setprecision(1)
                  << static_cast<double>(at - t0) / 1e6 << " ms\n";
    }

    auto measure = [&](int frames) {
        std::vector<double> times;
        for (int i = 0; i < frames; ++i) {
            sf::Event e;
            while (window_.pollEvent(e)) {
            }
            const auto start = Clock::now();
            render();
            times.push_back(
                std::chrono::duration<double, std::milli>(Clock::now() - start).count());
        }
        return times;
    };
    std::cout << "modules: " << library_.modules().size() << ", learner answers: "
              << (learners_.learner() ? learners_.learner()->answers().size() : 0) << '\n';
    std::cout << std::fixed << std::setprecision(2);
    std::cout << "first frame of the module map: " << firstFrameMs << " ms after exec\n";
    const auto mapTimes = measure(200);
    std::cout << "module map " << size_.x << "x" << size_.y << ": frame p50 "
              << percentile(mapTimes, 0.5) << " ms, p99 " << percentile(mapTimes, 0.99) << " ms\n";
    if (!library_.modules().empty()) {
        // The reader draws the most text: the heaviest screen.
        std::size_t longest = 0;
        for (std::size_t i = 0; i < library_.modules().size(); ++i) {
            if (library_.modules()[i].sections.size() >
                library_.modules()[longest].sections.size()) {
                longest = i;
            }
        }
        nav_.moduleId = library_.modules()[longest].id;
        stack_->push(ScreenId::Reader);
        stack_->applyPending();
        const auto readerTimes = measure(200);
        std::cout << "reader " << size_.x << "x" << size_.y << ": frame p50 "
                  << percentile(readerTimes, 0.5) << " ms, p99 " << percentile(readerTimes, 0.99)
                  << " ms\n";
    }
    {
        // The floor of this display: a frame that only clears the window and shows it.
        std::vector<double> empty;
        for (int i = 0; i < 200; ++i) {
            const auto start = Clock::now();
            window_.clear(theme_.paper);
            window_.display();
            empty.push_back(
                std::chrono::duration<double, std::milli>(Clock::now() - start).count());
        }
        std::cout << "empty frame (clear and display only): p50 " << percentile(empty, 0.5)
                  << " ms, p99 " << percentile(empty, 0.99) << " ms\n";
    }
    const auto [all, driver] = residentSplitKb(linkedObjects_);
    std::cout << "resident memory now: " << static_cast<double>(all) / 1024.0
              << " MB, of which the graphics driver " << static_cast<double>(driver) / 1024.0
              << " MB and the rest " << static_cast<double>(all - driver) / 1024.0 << " MB\n";
    std::cout << "peak resident memory: " << static_cast<double>(peakResidentKb()) / 1024.0
              << " MB\n";
    return 0;
}

void Application::mark(const char* what) {
    if (appOptions_.benchmark) {
        const std::lock_guard<std::mutex> lock(marksMutex_);
        marks_.emplace_back(what, nowNs());
    }
}

void Application::openLearnerArgument() {
    if (learners_.hasCurrent()) {
        // As if chosen on the welcome screen.
        if (!learners_.openingNotice().empty()) {
            notice_ = learners_.openingNotice();
        }
        settings_ = learners_.settings();
        applySettings();
        stack_->reset(ScreenId::ModuleMap);
        return;
    }
    if (!learnerError_.empty()) {
        notice_ = notice_.empty() ? learnerError_ : notice_ + " " + learnerError_;
    }
    stack_->reset(ScreenId::Welcome);
}

void Application::openAssignmentArgument() {
    if (appOptions_.assignment.empty()) {
        return;
    }
    openAssignment(appOptions_.assignment);
}

void Application::openAssignment(const std::filesystem::path& file) {
    // Kept in <data>/assignments/, so it stays on the module map after this start.
    const std::string error = io::AssignmentRun::import(file, learners_.dataDir());
    if (!error.empty()) {
        spdlog::error("{}", error);
        notice_ = notice_.empty() ? error : notice_ + " " + error;
        return;
    }
    const auto entries = io::AssignmentRun::list(learners_.dataDir());
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (entries[i].file.stem() == file.stem()) {
            nav_.assignment.chosen = i;
        }
    }
}

bool Application::pollFileDrop() {
    if (!fileDrop_) {
        return false;
    }
    auto dropped = fileDrop_->poll();
    if (!dropped) {
        return false;
    }
    spdlog::info("file dropped on the window: {}", dropped->string());
    openAssignment(*dropped);
    // The screen on view shows the new assignment (or the banner) at once.
    stack_->relayoutAll();
    return true;
}

int Application::run() {
    preload_.wait();
    if (!fonts_.error().empty()) {
        spdlog::critical("{}", fonts_.error());
        std::cerr << "yaddas: " << fonts_.error() << '\n';
        return 1;
    }
    if (!appOptions_.script.empty()) {
        auto parsed = Script::load(appOptions_.script.string());
        if (!parsed) {
            std::cerr << parsed.error().message << '\n';
            return 2;
        }
        script_ = std::move(parsed).value();
        if (appOptions_.screenshotDir.empty()) {
            appOptions_.screenshotDir = fs::current_path();
        }
        std::error_code ec;
        fs::create_directories(appOptions_.screenshotDir, ec);
        painter_.setRecording(true);
        rng_.seed(20200428); // scripted runs are repeatable
    }

    context_ = std::make_unique<Context>(Context{window_, fonts_, library_, loadProblems_,
                                                 learners_, rng_, theme_, metrics_, settings_, nav_,
                                                 notice_, size_, [this] { applySettings(); },
                                                 [this] {
                                                     quitNow_ = true;
                                                     exitHandled_ = true;
                                                 }});
    stack_ = std::make_unique<StateStack>(*context_);
    stack_->add<WelcomeScreen>(ScreenId::Welcome);
    stack_->add<ModuleMapScreen>(ScreenId::ModuleMap);
    stack_->add<ReaderScreen>(ScreenId::Reader);
    stack_->add<SourcesScreen>(ScreenId::Sources);
    stack_->add<SettingsScreen>(ScreenId::Settings);
    stack_->add<MemoryScreen>(ScreenId::Memory);
    stack_->add<QuizScreen>(ScreenId::Quiz);
    stack_->add<ResultsScreen>(ScreenId::Results);
    stack_->add<ProgressScreen>(ScreenId::Progress);
    stack_->add<AssignmentScreen>(ScreenId::Assignment);
    stack_->add<FilePickerScreen>(ScreenId::FilePicker);
    stack_->add<UnsavedScreen>(ScreenId::Unsaved);
    openAssignmentArgument();

    createWindow(false);
    mark("window open");
    if (appOptions_.benchmark) {
        return runBenchmark();
    }
    openLearnerArgument();
    stack_->applyPending();
    QuitSignals::install();

    while (window_.isOpen()) {
        if (const int signal = QuitSignals::received(); signal != 0) {
            spdlog::info("signal {}: closing the window", signal);
            saveBeforeExit("Yaddaş was asked to close (signal " + std::to_string(signal) + ")");
            window_.close();
            break;
        }
        if (learners_.unsaved() && learners_.now() >= nextRetryCheck_) {
            nextRetryCheck_ = learners_.now() + 1;
            if (const std::string error = learners_.retryIfDue(); !error.empty()) {
                spdlog::warn("saving again failed; the answers stay in memory");
            }
        }
        clearSavedNotice();
        sf::Event event;
        if (script_) {
            while (window_.pollEvent(event)) {
                // Real resize events would undo the script's sizes; the script sets sizes itself.
                if (event.type != sf::Event::Resized) {
                    dispatch(event);
                }
            }
            pollFileDrop();
            render();
            if (!stepScript()) {
                break;
            }
        } else if (State* top = stack_->top(); top != nullptr && top->ticking()) {
            // A clock on screen (an assignment's time limit): wake twice a second to redraw it.
            while (window_.pollEvent(event)) {
                dispatch(event);
            }
            pollFileDrop();
            if (!fileDrop_ || !fileDrop_->wait(std::chrono::milliseconds(500))) {
                std::this_thread::sleep_for(std::chrono::milliseconds(500));
            }
        } else if (fileDrop_ && fileDrop_->active()) {
            // Nothing moves by itself. SFML's waitEvent sleeps 10 ms between looks at its
            // connection; this does the same, but sleeps in poll() on the drop target's
            // connection, so a drag over the window is answered at once.
            bool any = false;
            while (window_.pollEvent(event)) {
                dispatch(event);
                any = true;
            }
            if (!any && !pollFileDrop()) {
                fileDrop_->wait(std::chrono::milliseconds(10));
                if (!pollFileDrop()) {
                    continue; // nothing happened: nothing to redraw
                }
            }
        } else {
            // Nothing moves by itself: sleep until the learner does something.
            if (!waitForEvent(event)) {
                continue; // a signal, or a save to try again: the top of the loop sees to it
            }
            dispatch(event);
            while (window_.pollEvent(event)) {
                dispatch(event);
            }
        }
        stack_->applyPending();
        if (stack_->empty()) {
            requestQuit(); // Escape on the first screen: as closing the window
            stack_->applyPending();
        }
        clearSavedNotice();
        if (quitNow_ || stack_->empty()) {
            window_.close();
            break;
        }
        if (!script_ && window_.isOpen()) {
            render();
        }
    }
    if (script_ && window_.isOpen()) {
        render(); // a last frame, so a screenshot or dump queued by the last command is written
    }
    saveBeforeExit("Yaddaş closed"); // a script's end, or a window that went away
    return exitCode_;
}

} // namespace yaddas::app
