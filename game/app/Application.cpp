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
#include <io/Language.hpp>
#include <io/LearnerSession.hpp>
#include <io/LibraryLoader.hpp>

#include <SFML/Graphics/Image.hpp>
#include <spdlog/spdlog.h>

#include <malloc.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <iostream>
#include <utility>
#include <vector>

namespace yaddas::app {
namespace fs = std::filesystem;

namespace {

/// The victims' Azerbaijani names, read by the Azerbaijani voice where an English or Russian
/// sentence writes them.
std::vector<core::ForeignName> foreignNames(const core::Library& library) {
    std::vector<core::ForeignName> out;
    for (const core::Module& m : library.modules()) {
        for (const core::Person& p : m.people) {
            if (!p.nameAz.empty() && !p.nameEn.empty()) {
                out.push_back({p.nameEn, "az", p.nameAz});
            }
        }
    }
    return out;
}

// Smaller than this, the reading column and the bottom row no longer fit side by side.
constexpr unsigned kMinWidth = 1024;
constexpr unsigned kMinHeight = 640;

} // namespace

Application::Application(cli::GlobalOptions options, AppOptions appOptions)
    : options_(std::move(options)), appOptions_(std::move(appOptions)),
      systemLanguage_(io::Language::current()), learners_(options_.effectiveDataDir()),
      rng_(std::random_device{}()), theme_(Theme::make(ThemeKind::Light)),
      benchmark_(appOptions_.benchmark),
      speech_(Speech::Options{appOptions_.speechLog.string(), appOptions_.speechWav.string()}),
      announcer_(speech_), preload_([this] { preload(); }), painter_(window_) {
    settings_.speech = appOptions_.speech;
    benchmark_.mark("graphics driver loaded");
}

void Application::preload() {
    // Behind the window: with two cores, the graphics driver's threads, the X server and the
    // window's first frame share them with the reading. A little lower, the reading still gets
    // all that the window leaves (and the window soon waits). On this 2-core machine under a
    // load of 3, a learner with 100,000 answers showed its first frame 5 to 25 % sooner and
    // its module map no later (tests/app/bench-startup.sh). This thread only: it starts none.
    setpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)), 5);
    // The fonts first (a few milliseconds): the window's first frames can then say that Yaddaş
    // is loading, while the lessons and the learner are still being read.
    const bool fonts = fonts_.load();
    if (fonts) {
        fontsReady_.store(true, std::memory_order_release);
        benchmark_.mark("fonts found");
    }
    if (fonts) {
        // Reading while the driver loads and the window opens slowed the first frame by a
        // third with 100,000 answers or a large library: page faults on this thread hold up
        // the driver's own mappings. The reading waits for it (at most a moment, should the
        // window never come).
        std::unique_lock<std::mutex> lock(frameMutex_);
        frameShownChanged_.wait_for(lock, std::chrono::seconds(2), [this] { return frameShown_; });
    }
    auto loaded =
        io::LibraryLoader::load(options_.effectiveLessonPaths(), io::DataPaths::sourceText());
    for (const auto& d : loaded.diagnostics) {
        spdlog::warn("{}", d.format());
    }
    library_ = std::move(loaded.library);
    shown_ = library_.inLanguage(io::Language::current());
    loadProblems_ = std::move(loaded.diagnostics);
    notice_ = loadProblemNotice(loadProblems_);
    benchmark_.mark("lessons loaded");
    if (!appOptions_.learner.empty() && !closedWhileLoading_.load()) {
        // Statistics are not computed here: the screens ask for them, once per change.
        learnerError_ = learners_.select(appOptions_.learner);
        benchmark_.mark("learner opened");
    }
}

void Application::markFrameShown() {
    {
        const std::lock_guard<std::mutex> lock(frameMutex_);
        frameShown_ = true;
    }
    frameShownChanged_.notify_all();
}

LoadingScreen::Outcome Application::showLoading() {
    bool withText = false;
    bool first = true;
    const LoadingScreen::Hooks hooks{
        [this](sf::Event& e) { return window_.pollEvent(e); },
        [this](const sf::Event& e) {
            // A script sets the sizes itself, as in the main loop.
            if (e.type == sf::Event::Resized && appOptions_.script.empty()) {
                onResize(e.size.width, e.size.height);
            }
        },
        [this, &withText, &first] {
            // The fonts are the preload's: used here only once it has said they are loaded.
            withText = fontsReady_.load(std::memory_order_acquire);
            LoadingScreen::paint(window_, theme_, metrics_, withText ? &fonts_.regular() : nullptr);
            window_.display();
            if (std::exchange(first, false)) {
                benchmark_.mark("first frame, loading");
            }
            if (withText) {
                markFrameShown();
            }
        },
        [this, &withText] { return !withText && fontsReady_.load(std::memory_order_acquire); },
        [] { return QuitSignals::received() != 0; }};
    return LoadingScreen::run(preload_, hooks);
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
    if (!fullscreen_ && appOptions_.script.empty() && (width < kMinWidth || height < kMinHeight)) {
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

bool Application::applyLanguage() {
    const std::string wanted = settings_.language.empty() ? systemLanguage_ : settings_.language;
    if (wanted == io::Language::current()) {
        return false;
    }
    io::Language::use(wanted);
    // Screens find their module again by id when laid out (ReaderScreen, SourcesScreen).
    shown_ = library_.inLanguage(io::Language::current());
    spdlog::info("language: {}", io::Language::current());
    return true;
}

void Application::applySpeech() {
    const std::string learner = learners_.hasCurrent() ? learners_.current() : std::string();
    if (learner != speechLearner_) {
        // A learner who found her name by ear keeps hearing: her own setting may only add
        // speech, never silence it on the way in.
        if (speech_.enabled()) {
            settings_.speech = true;
        }
        speechLearner_ = learner;
    }
    const std::string& language = io::Language::current();
    speech_.setVoice(Voice{
        language == "az" || language == "ru" ? language : "en", settings_.voice,
        std::clamp(settings_.speechRate, Settings::kMinSpeechRate, Settings::kMaxSpeechRate)});
    if (settings_.speech && !speech_.enabled()) {
        announcer_.again();
    }
    speech_.setEnabled(settings_.speech);
    // A sentence about speech (no sound device) with this change, so the layout that follows
    // has room for its banner.
    if (const std::string notice = speech_.takeNotice(); !notice.empty() && notice_.empty()) {
        notice_ = notice;
    }
}

bool Application::speechKey(const sf::Event& event) {
    if (event.type != sf::Event::KeyPressed) {
        return false;
    }
    if (event.key.code == sf::Keyboard::F2) {
        settings_.speech = !settings_.speech;
        applySettings();
        return true;
    }
    if (event.key.code == sf::Keyboard::F3) {
        announcer_.readFrom(stack_->top());
        return true;
    }
    if (event.key.code == sf::Keyboard::Escape && announcer_.reading()) {
        // Stops a long reading only; otherwise Escape goes back, as always, and what is said
        // next interrupts what was being said.
        announcer_.stop();
        return true;
    }
    return false;
}

void Application::applySettings() {
    applyLanguage();
    applySpeech();
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
    if (event.type == sf::Event::KeyPressed || event.type == sf::Event::MouseButtonPressed ||
        event.type == sf::Event::TextEntered) {
        announcer_.input();
    }
    if (speechKey(event)) {
        return;
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
    announcer_.beginFrame();
    window_.clear(theme_.paper);
    stack_->draw(painter_);
    if (script_) {
        script_->afterDraw();
    }
    window_.display();
    announcer_.afterFrame(stack_->top(), notice_);
    if (const std::string notice = speech_.takeNotice(); !notice.empty() && notice_.empty()) {
        notice_ = notice;
        stack_->relayoutAll();
    }
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

int Application::runBenchmark() {
    return benchmark_.run(Benchmark::Window{window_, *stack_, nav_, library_, learners_, theme_,
                                            size_, [this] { render(); },
                                            [this] {
                                                settings_ = learners_.settings();
                                                applySettings();
                                                stack_->reset(ScreenId::ModuleMap);
                                                stack_->applyPending();
                                            }},
                          options_.effectiveDataDir(), appOptions_.learner);
}

bool Application::handleArrived() {
    bool any = false;
    sf::Event event;
    // Until pollEvent says there is no more: events Xlib already read (while drawing, say)
    // would not wake a poll() on the connection.
    while (window_.pollEvent(event)) {
        dispatch(event);
        any = true;
    }
    return pollFileDrop() || any;
}

bool Application::tickDue() const {
    if (announcer_.tagChanged()) {
        return true; // the sentence being read aloud moved on: highlight the next one
    }
    const State* top = stack_->top();
    // A clock on screen (an assignment's time limit): redrawn twice a second.
    return top != nullptr && top->ticking() && std::chrono::steady_clock::now() >= nextTick_;
}

std::optional<std::chrono::milliseconds> Application::idleFor() const {
    using std::chrono::milliseconds;
    std::optional<milliseconds> out;
    if (announcer_.reading()) {
        out = milliseconds(50); // follows the sentence being heard
    }
    if (const State* top = stack_->top(); top != nullptr && top->ticking()) {
        const milliseconds tick =
            std::chrono::duration_cast<milliseconds>(nextTick_ - std::chrono::steady_clock::now()) +
            milliseconds(1);
        out = out ? std::min(*out, tick) : tick;
    }
    if (learners_.unsaved()) {
        // The learners' clock counts whole seconds.
        const milliseconds retry((nextRetryCheck_ - learners_.now()) * 1000);
        out = out ? std::min(*out, retry) : retry;
    }
    if (out && *out < milliseconds(0)) {
        out = milliseconds(0);
    }
    return out;
}

int Application::run() {
    std::optional<Script> script;
    if (!appOptions_.script.empty()) {
        auto parsed = Script::load(appOptions_.script.string());
        if (!parsed) {
            std::cerr << parsed.error().message << '\n';
            return 2;
        }
        script = std::move(parsed).value();
        if (appOptions_.screenshotDir.empty()) {
            appOptions_.screenshotDir = fs::current_path();
        }
        std::error_code ec;
        fs::create_directories(appOptions_.screenshotDir, ec);
        painter_.setRecording(true);
        rng_.seed(20200428); // scripted runs are repeatable
    }

    // The window first, with a calm frame, while the lessons and the learner are still read.
    createWindow(false);
    benchmark_.mark("window open");
    QuitSignals::install();
    const LoadingScreen::Outcome loading = showLoading();
    if (loading != LoadingScreen::Outcome::Loaded) {
        // The window goes at once; the reading ends by itself, and opens no learner now.
        closedWhileLoading_ = true;
        window_.close();
    }
    preload_.wait();
    if (loading != LoadingScreen::Outcome::Loaded) {
        const int signal = QuitSignals::received();
        spdlog::info("closed while loading");
        saveBeforeExit(signal != 0
                           ? "Yaddaş was asked to close (signal " + std::to_string(signal) + ")"
                           : std::string("Yaddaş closed"));
        return exitCode_;
    }
    if (!fonts_.error().empty()) {
        spdlog::critical("{}", fonts_.error());
        std::cerr << "yaddas: " << fonts_.error() << '\n';
        return 1;
    }

    context_ = std::make_unique<Context>(Context{window_, fonts_, shown_, loadProblems_, learners_,
                                                 rng_, theme_, metrics_, settings_, nav_, notice_,
                                                 size_, [this] { applySettings(); },
                                                 [this] {
                                                     quitNow_ = true;
                                                     exitHandled_ = true;
                                                 },
                                                 announcer_});
    speech_.setNames(foreignNames(library_));
    applySpeech();
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
    if (script) {
        script_ = std::make_unique<ScriptPlayer>(
            std::move(*script), appOptions_.script, appOptions_.screenshotDir,
            ScriptPlayer::Window{window_, painter_, *stack_,
                                 [this](const sf::Event& e) { dispatch(e); },
                                 [this](unsigned w, unsigned h) { onResize(w, h); },
                                 [this] { return size_; }, appOptions_.speechLog},
            exitCode_);
    }
    openAssignmentArgument();
    if (appOptions_.benchmark) {
        return runBenchmark();
    }
    eventWait_.findConnection({fileDrop_ ? fileDrop_->connection() : -1});
    openLearnerArgument();
    stack_->applyPending();
    if (!script_) {
        // The first screen at once: the loading frames took the events that would draw it.
        render();
        nextTick_ = std::chrono::steady_clock::now() + std::chrono::milliseconds(500);
    }
    // What the start-up reading and the first layout freed stays dirty in the allocator's
    // arenas (the preload thread's own one above all) unless handed back: about 40 MB with a
    // learner of 100,000 answers, 4 MB with 10,000 (tests/app/bench-startup.sh, private dirty).
    malloc_trim(0);

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
        if (script_) {
            sf::Event event;
            while (window_.pollEvent(event)) {
                // Real resize events would undo the script's sizes; the script sets sizes itself.
                if (event.type != sf::Event::Resized) {
                    dispatch(event);
                }
            }
            pollFileDrop();
            render();
            if (!script_->step()) {
                break;
            }
        } else if (!handleArrived() && !tickDue()) {
            // Nothing to do: sleep until the learner does something, a file is dropped, a
            // signal comes, or the loop has something due.
            eventWait_.wait(idleFor(), fileDrop_ ? fileDrop_->connection() : -1);
            continue; // the top of the loop sees to a signal or a save, then to what arrived
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
            nextTick_ = std::chrono::steady_clock::now() + std::chrono::milliseconds(500);
        }
    }
    if (script_ && window_.isOpen()) {
        render(); // a last frame, so a screenshot or dump queued by the last command is written
    }
    saveBeforeExit("Yaddaş closed"); // a script's end, or a window that went away
    return exitCode_;
}

} // namespace yaddas::app
