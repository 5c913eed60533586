#include <app/Script.hpp>

#include <io/RegularFile.hpp>

#include <charconv>
#include <map>
#include <sstream>

namespace yaddas::app {
namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) {
        s.remove_prefix(1);
    }
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
        s.remove_suffix(1);
    }
    return s;
}

bool ints(std::string_view args, std::vector<int>& out, std::size_t count) {
    out.clear();
    while (!args.empty()) {
        args = trim(args);
        if (args.empty()) {
            break;
        }
        const std::size_t sp = args.find_first_of(" \t");
        const std::string_view word = args.substr(0, sp);
        int v = 0;
        auto [ptr, ec] = std::from_chars(word.data(), word.data() + word.size(), v);
        if (ec != std::errc() || ptr != word.data() + word.size() || v < 0 || v > 100000) {
            return false;
        }
        out.push_back(v);
        args = sp == std::string_view::npos ? std::string_view() : args.substr(sp);
    }
    return out.size() == count;
}

/// "Start" or Start: the words to find on the screen, without the quotes.
std::string_view unquote(std::string_view t) {
    if (t.size() >= 2 && t.front() == '"' && t.back() == '"') {
        t = t.substr(1, t.size() - 2);
    }
    return t;
}

} // namespace

sf::Keyboard::Key Script::keyFromName(std::string_view name) {
    using K = sf::Keyboard;
    static const std::map<std::string_view, K::Key> named = {{"Tab", K::Tab},
                                                             {"Enter", K::Enter},
                                                             {"Return", K::Enter},
                                                             {"Escape", K::Escape},
                                                             {"Esc", K::Escape},
                                                             {"Space", K::Space},
                                                             {"Left", K::Left},
                                                             {"Right", K::Right},
                                                             {"Up", K::Up},
                                                             {"Down", K::Down},
                                                             {"BackSpace", K::BackSpace},
                                                             {"Backspace", K::BackSpace},
                                                             {"PageUp", K::PageUp},
                                                             {"PageDown", K::PageDown},
                                                             {"Home", K::Home},
                                                             {"End", K::End},
                                                             {"Delete", K::Delete},
                                                             {"F1", K::F1},
                                                             {"F2", K::F2},
                                                             {"F3", K::F3},
                                                             {"F11", K::F11}};
    if (auto it = named.find(name); it != named.end()) {
        return it->second;
    }
    if (name.size() == 1) {
        const char c = name[0];
        if (c >= '0' && c <= '9') {
            return static_cast<K::Key>(K::Num0 + (c - '0'));
        }
        if (c >= 'a' && c <= 'z') {
            return static_cast<K::Key>(K::A + (c - 'a'));
        }
        if (c >= 'A' && c <= 'Z') {
            return static_cast<K::Key>(K::A + (c - 'A'));
        }
    }
    return K::Unknown;
}

core::Result<Script> Script::parse(std::string_view text, const std::string& fileName) {
    Script script;
    int lineNo = 0;
    std::string errors;
    auto fail = [&](const std::string& what) {
        errors += fileName + ":" + std::to_string(lineNo) + ": " + what + "\n";
    };
    while (!text.empty()) {
        ++lineNo;
        const std::size_t nl = text.find('\n');
        const std::string_view line = trim(text.substr(0, nl));
        text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
        if (line.empty() || line.front() == '#') {
            continue;
        }
        const std::size_t sp = line.find_first_of(" \t");
        const std::string_view verb = line.substr(0, sp);
        const std::string_view args =
            sp == std::string_view::npos ? std::string_view() : trim(line.substr(sp));
        Command c;
        c.line = lineNo;
        std::vector<int> n;
        if (verb == "key") {
            std::string_view k = args;
            while (true) {
                const std::size_t plus = k.find('+');
                if (plus == std::string_view::npos || plus + 1 >= k.size()) {
                    break;
                }
                const std::string_view mod = k.substr(0, plus);
                if (mod == "Shift") {
                    c.shift = true;
                } else if (mod == "Ctrl" || mod == "Control") {
                    c.control = true;
                } else if (mod == "Alt") {
                    c.alt = true;
                } else {
                    break;
                }
                k.remove_prefix(plus + 1);
            }
            c.op = Op::Key;
            c.key = keyFromName(k);
            if (c.key == sf::Keyboard::Unknown) {
                fail("unknown key \"" + std::string(k) + "\"");
                continue;
            }
        } else if (verb == "type") {
            c.op = Op::Type;
            c.text = std::string(args);
        } else if (verb == "click" || verb == "move") {
            c.op = verb == "click" ? Op::Click : Op::Move;
            if (!ints(args, n, 2)) {
                fail(std::string(verb) + " needs two whole numbers: X Y");
                continue;
            }
            c.x = n[0];
            c.y = n[1];
        } else if (verb == "drag") {
            c.op = Op::Drag;
            if (!ints(args, n, 4)) {
                fail("drag needs four whole numbers: X1 Y1 X2 Y2");
                continue;
            }
            c.x = n[0];
            c.y = n[1];
            c.x2 = n[2];
            c.y2 = n[3];
        } else if (verb == "click-text") {
            c.op = Op::ClickText;
            const std::string_view t = unquote(args);
            if (t.empty()) {
                fail("click-text needs the words to click, in quotes");
                continue;
            }
            c.text = std::string(t);
        } else if (verb == "wheel") {
            c.op = Op::Wheel;
            const std::size_t end = args.find_first_of(" \t");
            const std::string_view count = args.substr(0, end);
            int lines = 0;
            auto [ptr, ec] = std::from_chars(count.data(), count.data() + count.size(), lines);
            if (count.empty() || ec != std::errc() || ptr != count.data() + count.size() ||
                lines == 0 || lines < -100 || lines > 100) {
                fail("wheel needs a number of lines from -100 to 100, not 0 (negative: down), "
                     "then the words to scroll over, in quotes, if any");
                continue;
            }
            c.x = lines;
            if (end != std::string_view::npos) {
                const std::string_view t = unquote(trim(args.substr(end)));
                if (t.empty()) {
                    fail("wheel: the words to scroll over are empty");
                    continue;
                }
                c.text = std::string(t);
            }
        } else if (verb == "resize") {
            c.op = Op::Resize;
            if (!ints(args, n, 2) || n[0] < 200 || n[1] < 200) {
                fail("resize needs a width and a height (at least 200 each)");
                continue;
            }
            c.x = n[0];
            c.y = n[1];
        } else if (verb == "wait-frames") {
            c.op = Op::WaitFrames;
            if (!ints(args, n, 1) || n[0] > 1000) {
                fail("wait-frames needs a count from 0 to 1000");
                continue;
            }
            c.x = n[0];
        } else if (verb == "screenshot" || verb == "dump" || verb == "wait-file") {
            c.op = verb == "dump" ? Op::Dump : verb == "wait-file" ? Op::WaitFile : Op::Screenshot;
            c.text = std::string(args);
            if (c.text.empty() || c.text.find_first_of("/\\") != std::string::npos ||
                c.text.front() == '.') {
                fail(std::string(verb) + " needs a plain file name (no folders)");
                continue;
            }
        } else if (verb == "answer") {
            c.op = Op::Answer;
            c.text = std::string(args);
            if (c.text != "right" && c.text != "wrong") {
                fail("answer needs \"right\" or \"wrong\"");
                continue;
            }
        } else if (verb == "until") {
            c.op = Op::Until;
            c.text = std::string(args);
            const auto kind = core::questionKindFromString(args);
            if (!kind) {
                fail("until needs a question kind (single, multiple, truefalse, year, number, "
                     "name, timeline, matching, blank)");
                continue;
            }
            c.kind = *kind;
        } else if (verb == "listen") {
            c.op = Op::Listen;
            c.text = std::string(unquote(args));
            if (c.text.empty()) {
                fail("listen needs the words to hear, in quotes");
                continue;
            }
        } else if (verb == "key-until-heard") {
            c.op = Op::KeyUntilHeard;
            const std::size_t end = args.find_first_of(" \t");
            c.key = keyFromName(args.substr(0, end));
            c.text = end == std::string_view::npos ? std::string()
                                                   : std::string(unquote(trim(args.substr(end))));
            if (c.key == sf::Keyboard::Unknown || c.text.empty()) {
                fail("key-until-heard needs a key and the words to hear, in quotes");
                continue;
            }
        } else if (verb == "close-window") {
            c.op = Op::CloseWindow;
        } else if (verb == "quit") {
            c.op = Op::Quit;
        } else {
            fail("unknown command \"" + std::string(verb) +
                 "\" (key, type, click, click-text, move, wheel, drag, resize, wait-frames, "
                 "screenshot, dump, wait-file, answer, until, listen, key-until-heard, "
                 "close-window, quit)");
            continue;
        }
        script.commands.push_back(std::move(c));
    }
    if (!errors.empty()) {
        errors.pop_back();
        return core::Error{errors};
    }
    return script;
}

core::Result<Script> Script::load(const std::string& file) {
    const io::RegularFile::Contents contents = io::RegularFile::read(file, maxBytes);
    if (!contents.ok()) {
        return core::Error{file + ":0: cannot use the script: " + contents.message()};
    }
    return parse(contents.bytes, file);
}

} // namespace yaddas::app
