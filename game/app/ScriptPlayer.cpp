#include <app/ScriptPlayer.hpp>

#include <app/State.hpp>
#include <app/widgets/Label.hpp>

#include <SFML/Graphics/Image.hpp>
#include <SFML/Graphics/Texture.hpp>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <thread>
#include <utility>

namespace yaddas::app {
namespace fs = std::filesystem;

ScriptPlayer::ScriptPlayer(Script script, fs::path file, fs::path outputDir, Window window,
                           int& exitCode)
    : script_(std::move(script)), file_(std::move(file)), outputDir_(std::move(outputDir)),
      w_(std::move(window)), exitCode_(exitCode) {}

bool ScriptPlayer::fail(const Script::Command& c, const std::string& what) {
    const std::string msg = file_.string() + ":" + std::to_string(c.line) + ": " + what;
    spdlog::error("{}", msg);
    std::cerr << msg << '\n';
    exitCode_ = 3;
    return false;
}

void ScriptPlayer::mouse(sf::Event::EventType type, int x, int y) {
    sf::Event e;
    e.type = type;
    if (type == sf::Event::MouseMoved) {
        e.mouseMove = {x, y};
    } else {
        e.mouseButton = {sf::Mouse::Left, x, y};
    }
    mouseAt_ = sf::Vector2i(x, y);
    w_.dispatch(e);
}

void ScriptPlayer::click(int x, int y) {
    mouse(sf::Event::MouseMoved, x, y);
    mouse(sf::Event::MouseButtonPressed, x, y);
    mouse(sf::Event::MouseButtonReleased, x, y);
}

const Painter::Record* ScriptPlayer::findText(const std::string& words) const {
    const auto& records = w_.painter.records();
    for (const auto& r : records) {
        if (r.text == words) {
            return &r;
        }
    }
    for (const auto& r : records) {
        if (r.text.find(words) != std::string::npos) {
            return &r;
        }
    }
    return nullptr;
}

std::string ScriptPlayer::onScreen() const {
    const State* top = w_.stack.top();
    return std::string(" (") + (top ? top->name() : "none") + ")";
}

bool ScriptPlayer::step() {
    if (waitFrames_ > 0) {
        --waitFrames_;
        return true;
    }
    if (pos_ >= script_.commands.size()) {
        return false;
    }
    const Script::Command& c = script_.commands[pos_++];
    if (c.op != Script::Op::WaitFile) {
        waitFileSince_.reset();
    }
    if (c.op == Script::Op::Listen || c.op == Script::Op::KeyUntilHeard) {
        bool again = false;
        const bool ok = c.op == Script::Op::Listen ? listen(c, again) : keyUntilHeard(c, again);
        if (again) {
            --pos_; // the same command again on the next frame
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
        return ok;
    }
    switch (c.op) {
    case Script::Op::Key:
        press(c);
        break;
    case Script::Op::Type: {
        for (sf::Uint32 ch : sf::String::fromUtf8(c.text.begin(), c.text.end())) {
            sf::Event t;
            t.type = sf::Event::TextEntered;
            t.text.unicode = ch;
            w_.dispatch(t);
        }
        break;
    }
    case Script::Op::Click:
        click(c.x, c.y);
        break;
    case Script::Op::Move:
        mouse(sf::Event::MouseMoved, c.x, c.y);
        break;
    case Script::Op::Wheel: {
        if (!c.text.empty()) {
            const Painter::Record* found = findText(c.text);
            if (found == nullptr) {
                return fail(c, "no text \"" + c.text + "\" on the screen" + onScreen());
            }
            mouse(sf::Event::MouseMoved,
                  static_cast<int>(found->bounds.left + found->bounds.width / 2.f),
                  static_cast<int>(found->bounds.top + found->bounds.height / 2.f));
        }
        if (!mouseAt_) {
            const sf::Vector2u s = w_.window.getSize();
            mouseAt_ = sf::Vector2i(static_cast<int>(s.x / 2), static_cast<int>(s.y / 2));
        }
        // SFML's X11 window sends both events for each notch of a vertical wheel.
        const int delta = c.x < 0 ? -1 : 1;
        for (int line = 0; line < std::abs(c.x); ++line) {
            sf::Event moved;
            moved.type = sf::Event::MouseWheelMoved;
            moved.mouseWheel = {delta, mouseAt_->x, mouseAt_->y};
            w_.dispatch(moved);
            sf::Event scrolled;
            scrolled.type = sf::Event::MouseWheelScrolled;
            scrolled.mouseWheelScroll = {sf::Mouse::VerticalWheel, static_cast<float>(delta),
                                         mouseAt_->x, mouseAt_->y};
            w_.dispatch(scrolled);
        }
        break;
    }
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
        const Painter::Record* found = findText(c.text);
        if (found == nullptr) {
            return fail(c, "no text \"" + c.text + "\" on the screen" + onScreen());
        }
        click(static_cast<int>(found->bounds.left + found->bounds.width / 2.f),
              static_cast<int>(found->bounds.top + found->bounds.height / 2.f));
        break;
    }
    case Script::Op::Resize:
        w_.window.setSize({static_cast<unsigned>(c.x), static_cast<unsigned>(c.y)});
        w_.resize(static_cast<unsigned>(c.x), static_cast<unsigned>(c.y));
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
        State* top = w_.stack.top();
        if (top == nullptr || !top->scriptAnswer(c.text == "right")) {
            return fail(c, "no question to answer on the screen" + onScreen());
        }
        break;
    }
    case Script::Op::Until:
        return until(c);
    case Script::Op::Listen:
    case Script::Op::KeyUntilHeard:
        break; // above
    case Script::Op::WaitFile: {
        std::error_code ec;
        if (fs::exists(outputDir_ / c.text, ec)) {
            waitFileSince_.reset();
            break;
        }
        const auto now = std::chrono::steady_clock::now();
        if (!waitFileSince_) {
            waitFileSince_ = now;
        } else if (now - *waitFileSince_ > std::chrono::seconds(120)) {
            return fail(c, "no file " + c.text + " after 120 s");
        }
        --pos_; // the same command again on the next frame
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
        break;
    }
    case Script::Op::CloseWindow: {
        sf::Event e;
        e.type = sf::Event::Closed;
        w_.dispatch(e);
        break;
    }
    case Script::Op::Quit:
        return false;
    }
    return true;
}

void ScriptPlayer::press(const Script::Command& c) {
    sf::Event e;
    e.type = sf::Event::KeyPressed;
    e.key = {c.key, c.alt, c.control, c.shift, false};
    w_.dispatch(e);
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
        w_.dispatch(t);
    }
    sf::Event r = e;
    r.type = sf::Event::KeyReleased;
    w_.dispatch(r);
}

std::vector<std::string> ScriptPlayer::heard() const {
    std::vector<std::string> lines;
    std::ifstream in(w_.speechLog);
    for (std::string line; std::getline(in, line);) {
        lines.push_back(line);
    }
    return lines;
}

namespace {

/// The last lines heard, for a failure's message.
std::string lastHeard(const std::vector<std::string>& lines) {
    std::string out;
    for (std::size_t i = lines.size() > 4 ? lines.size() - 4 : 0; i < lines.size(); ++i) {
        out += "\n    heard: " + lines[i];
    }
    return out.empty() ? "\n    heard nothing" : out;
}

} // namespace

bool ScriptPlayer::listen(const Script::Command& c, bool& again) {
    if (w_.speechLog.empty()) {
        return fail(c, "listen needs --speech-log");
    }
    const std::vector<std::string> lines = heard();
    // From the line the last listen heard: one sentence may hold what two listens wait for.
    for (std::size_t i = heardUpTo_ > 0 ? heardUpTo_ - 1 : 0; i < lines.size(); ++i) {
        if (lines[i].find(c.text) != std::string::npos) {
            heardUpTo_ = i + 1;
            listenSince_.reset();
            return true;
        }
    }
    const auto now = std::chrono::steady_clock::now();
    if (!listenSince_) {
        listenSince_ = now;
    } else if (now - *listenSince_ > std::chrono::seconds(30)) {
        listenSince_.reset();
        return fail(c, "did not hear \"" + c.text + "\" in 30 s" + onScreen() + lastHeard(lines));
    }
    again = true;
    return true;
}

bool ScriptPlayer::keyUntilHeard(const Script::Command& c, bool& again) {
    if (w_.speechLog.empty()) {
        return fail(c, "key-until-heard needs --speech-log");
    }
    constexpr int maxPresses = 40;
    const std::vector<std::string> lines = heard();
    const auto now = std::chrono::steady_clock::now();
    if (!listenSince_) {
        listenSince_ = now;
        linesSeen_ = lines.size();
        lastLineAt_ = now;
    }
    if (lines.size() != linesSeen_) {
        linesSeen_ = lines.size();
        lastLineAt_ = now;
    }
    // What a key makes the app say may come after what was still being said: the last line,
    // once the log has been quiet for a moment, is what the listener hears now.
    const bool settled = now - lastLineAt_ > std::chrono::milliseconds(300) ||
                         now - *listenSince_ > std::chrono::seconds(3);
    if (!settled) {
        again = true;
        return true;
    }
    if (!lines.empty() && lines.back().find(c.text) != std::string::npos) {
        heardUpTo_ = lines.size();
        listenSince_.reset();
        presses_ = 0;
        return true;
    }
    if (presses_ == maxPresses) {
        presses_ = 0;
        listenSince_.reset();
        return fail(c, "did not hear \"" + c.text + "\" after " + std::to_string(maxPresses) +
                           " presses" + onScreen() + lastHeard(lines));
    }
    press(c);
    ++presses_;
    listenSince_ = now;
    lastLineAt_ = now;
    again = true;
    return true;
}

bool ScriptPlayer::until(const Script::Command& c) {
    // A bound, so a quiz that never ends (a bug) fails the script instead of hanging it.
    constexpr int maxQuestions = 200;
    for (int step = 0;; ++step) {
        State* top = w_.stack.top();
        const auto kind = top ? top->scriptQuestionKind() : std::nullopt;
        if (!kind) {
            return fail(c, step == 0 ? "no quiz question on the screen" + onScreen()
                                     : "the quiz ended before a " + c.text + " question");
        }
        if (*kind == c.kind) {
            return true;
        }
        if (step == maxQuestions) {
            return fail(c, "no " + c.text + " question in " + std::to_string(maxQuestions) +
                               " questions");
        }
        top->scriptAnswer(true); // false when already answered: then only go on
        sf::Event e;
        e.type = sf::Event::KeyPressed;
        e.key = {sf::Keyboard::Enter, false, false, false, false};
        w_.dispatch(e);
        e.type = sf::Event::KeyReleased;
        w_.dispatch(e);
        w_.stack.applyPending(); // the last question's Enter replaces the quiz by its results
    }
}

void ScriptPlayer::afterDraw() {
    if (!pendingScreenshot_.empty()) {
        writeScreenshot(pendingScreenshot_);
        pendingScreenshot_.clear();
    }
    if (!pendingDump_.empty()) {
        writeDump(pendingDump_);
        pendingDump_.clear();
    }
}

void ScriptPlayer::writeScreenshot(const std::string& name) {
    sf::Texture texture;
    const sf::Vector2u s = w_.window.getSize();
    if (!texture.create(s.x, s.y)) {
        spdlog::error("screenshot {}: could not create a texture", name);
        exitCode_ = 3;
        return;
    }
    texture.update(w_.window);
    const fs::path file = outputDir_ / (name + ".png");
    if (!texture.copyToImage().saveToFile(file.string())) {
        spdlog::error("screenshot {}: could not write {}", name, file.string());
        exitCode_ = 3;
    }
}

void ScriptPlayer::writeDump(const std::string& name) {
    const fs::path file = outputDir_ / (name + ".txt");
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    const State* top = w_.stack.top();
    const sf::Vector2f size = w_.size();
    out << "screen " << (top ? top->name() : "none") << '\n';
    out << "size " << static_cast<int>(size.x) << ' ' << static_cast<int>(size.y) << '\n';
    out << std::fixed << std::setprecision(1);
    for (const auto& r : w_.painter.records()) {
        std::string oneLine = r.text;
        std::replace(oneLine.begin(), oneLine.end(), '\n', ' ');
        out << "text " << r.bounds.left << ' ' << r.bounds.top << ' ' << r.bounds.width << ' '
            << r.bounds.height << ' ' << oneLine << '\n';
    }
    for (std::string cut : takeCutTexts()) {
        std::replace(cut.begin(), cut.end(), '\n', ' ');
        out << "cut " << cut << '\n';
    }
    if (!out.flush()) {
        spdlog::error("dump {}: could not write {}", name, file.string());
        exitCode_ = 3;
    }
}

} // namespace yaddas::app
