#include <io/ProgressReader.hpp>

#include <core/LearnerUid.hpp>
#include <core/ProgressLimits.hpp>
#include <io/Language.hpp>
#include <io/ProgressStore.hpp>
#include <io/RegularFile.hpp>

#include <tinyxml2.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstring>
#include <fstream>
#include <limits>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <system_error>

namespace yaddas::io {
namespace {

using tinyxml2::XMLElement;

// Limits that no honest file reaches; anything beyond them is damage or mischief. They are
// shared with what records progress and what checks lessons, so the app never writes what this
// reader refuses.
using Limits = core::ProgressLimits;
constexpr std::int64_t latestTime = Limits::latestTime;
constexpr std::size_t maxIdLength = Limits::maxIdLength;
constexpr std::size_t maxTextLength = Limits::maxTextLength;
constexpr std::int64_t maxCount = Limits::maxCount;
constexpr double maxAnswerSeconds = Limits::maxAnswerSeconds;
constexpr double maxQuizSeconds = Limits::maxQuizSeconds;

/// An element read by the fast answer scanner: its line and its attributes, decoded.
class FlatElement {
public:
    int line = 0;
    std::vector<std::pair<std::string, std::string>> attributes; // reused between elements
    std::size_t count = 0;

    /// Attributes are looked up in the order they are written, so the search starts where
    /// the last one was found.
    const char* find(const char* name) const {
        const std::size_t length = std::strlen(name);
        for (std::size_t k = 0; k < count; ++k) {
            const std::size_t i = (hint + k) % count;
            const std::string& key = attributes[i].first;
            if (key.size() == length && std::memcmp(key.data(), name, length) == 0) {
                hint = i + 1;
                return attributes[i].second.c_str();
            }
        }
        return nullptr;
    }

private:
    mutable std::size_t hint = 0;
};

/// Reads one element's attributes, validating each; the first problem is kept as the reason
/// the element is skipped.
class Attributes {
public:
    explicit Attributes(const XMLElement& element) : element_(&element) {}
    explicit Attributes(const FlatElement& flat) : flat_(&flat) {}

    const char* get(const char* name) const {
        return element_ != nullptr ? element_->Attribute(name) : flat_->find(name);
    }

    const char* raw(const char* name) {
        const char* value = get(name);
        if (value == nullptr) {
            fail(std::string("missing attribute '") + name + "'");
        }
        return value;
    }

    std::string text(const char* name, std::size_t maxLength, bool required = true,
                     bool allowEmpty = false) {
        return std::string(view(name, maxLength, required, allowEmpty));
    }

    /// The same as an interned symbol, without a string of its own on the way.
    core::Symbol symbol(const char* name, std::size_t maxLength, bool required = true,
                        bool allowEmpty = false) {
        return core::Symbol(view(name, maxLength, required, allowEmpty));
    }

    std::string_view view(const char* name, std::size_t maxLength, bool required, bool allowEmpty) {
        const char* value = required ? raw(name) : get(name);
        if (value == nullptr) {
            return {};
        }
        const std::size_t length = std::strlen(value);
        if (length > maxLength) {
            fail(std::string("attribute '") + name + "' is longer than " +
                 std::to_string(maxLength) + " characters");
        } else if (length == 0 && !allowEmpty) {
            fail(std::string("attribute '") + name + "' is empty");
        }
        return {value, length};
    }

    std::int64_t integer(const char* name, std::int64_t low, std::int64_t high,
                         std::optional<std::int64_t> fallback = std::nullopt) {
        const char* value = fallback ? get(name) : raw(name);
        if (value == nullptr) {
            return fallback.value_or(low);
        }
        std::int64_t result = 0;
        const char* end = value + std::strlen(value);
        auto [ptr, ec] = std::from_chars(value, end, result);
        if (ec != std::errc() || ptr != end) {
            fail(std::string("attribute '") + name + "' is not a whole number: \"" + clip(value) +
                 "\"");
            return low;
        }
        if (result < low || result > high) {
            fail(std::string("attribute '") + name + "' = " + std::to_string(result) +
                 " is out of range (" + std::to_string(low) + " to " + std::to_string(high) + ")");
            return low;
        }
        return result;
    }

    int small(const char* name, int low, int high, std::optional<int> fallback = std::nullopt) {
        return static_cast<int>(integer(
            name, low, high, fallback ? std::optional<std::int64_t>(*fallback) : std::nullopt));
    }

    std::int64_t time(const char* name) { return integer(name, 0, latestTime); }

    double real(const char* name, double low, double high) {
        const char* value = raw(name);
        if (value == nullptr) {
            return low;
        }
        double result = 0.0;
        const char* end = value + std::strlen(value);
        auto [ptr, ec] = std::from_chars(value, end, result);
        if (ec != std::errc() || ptr != end || !std::isfinite(result)) {
            fail(std::string("attribute '") + name + "' is not a number: \"" + clip(value) + "\"");
            return low;
        }
        if (result < low || result > high) {
            fail(std::string("attribute '") + name + "' = " + clip(value) + " is out of range (" +
                 number(low) + " to " + number(high) + ")");
            return low;
        }
        return result;
    }

    void fail(std::string message) {
        if (problem_.empty()) {
            problem_ = std::move(message);
        }
    }
    bool ok() const { return problem_.empty(); }
    const std::string& problem() const { return problem_; }

private:
    static std::string clip(const char* value) {
        std::string text(value, std::min<std::size_t>(std::strlen(value), 40));
        return std::strlen(value) > 40 ? text + "…" : text;
    }
    static std::string number(double value) {
        std::ostringstream out;
        out << value;
        return out.str();
    }

    const XMLElement* element_ = nullptr;
    const FlatElement* flat_ = nullptr;
    std::string problem_;
};

void appendUtf8(std::string& out, unsigned long code) {
    if (code < 0x80) {
        out += static_cast<char>(code);
    } else if (code < 0x800) {
        out += static_cast<char>(0xC0 | (code >> 6));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
        out += static_cast<char>(0xE0 | (code >> 12));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (code >> 18));
        out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    }
}

// Counts newlines with memchr, many times faster than a byte loop over megabytes.
std::size_t countLines(std::string_view text) {
    std::size_t count = 0;
    const char* p = text.data();
    const char* end = p + text.size();
    while ((p = static_cast<const char*>(
                std::memchr(p, '\n', static_cast<std::size_t>(end - p)))) != nullptr) {
        ++count;
        ++p;
    }
    return count;
}

constexpr std::array<bool, 256> stopsFor(char quote) {
    std::array<bool, 256> stops{};
    stops[static_cast<unsigned char>(quote)] = true;
    stops['&'] = true;
    stops['<'] = true;
    stops['\r'] = true;
    stops['\n'] = true;
    return stops;
}
constexpr std::array<bool, 256> doubleQuoted = stopsFor('"');
constexpr std::array<bool, 256> singleQuoted = stopsFor('\'');

bool isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

/// Reads the body of <answers> when it holds only <a …/> elements, as this program writes them,
/// and comments, as a person may add: about ten times faster than building a DOM. Anything else
/// (other elements, unknown entities, a truncated element) returns false, and the whole file is
/// then read by TinyXML-2, which has the last word on what is well-formed.
template <class Handler>
bool scanAnswers(std::string_view body, int firstLine, FlatElement& flat, Handler handle) {
    const std::size_t n = body.size();
    std::size_t i = 0;
    int line = firstLine;
    const auto skipSpace = [&] {
        while (i < n && isSpace(body[i])) {
            line += body[i] == '\n' ? 1 : 0;
            ++i;
        }
    };
    for (;;) {
        skipSpace();
        if (i == n) {
            return true;
        }
        if (body.compare(i, 4, "<!--") == 0) {
            // Skipped as TinyXML-2 skips it: up to the first "-->" after the opening.
            const std::size_t end = body.find("-->", i + 4);
            if (end == std::string_view::npos) {
                return false;
            }
            line += static_cast<int>(countLines(body.substr(i, end - i)));
            i = end + 3;
            continue;
        }
        if (body.compare(i, 2, "<a") != 0 || i + 2 >= n || !isSpace(body[i + 2])) {
            return false;
        }
        i += 2;
        flat.line = line;
        flat.count = 0;
        for (;;) {
            skipSpace();
            if (i + 1 < n && body[i] == '/' && body[i + 1] == '>') {
                i += 2;
                break;
            }
            const std::size_t start = i;
            while (i < n &&
                   ((body[i] >= 'a' && body[i] <= 'z') || (body[i] >= 'A' && body[i] <= 'Z'))) {
                ++i;
            }
            if (i == start || flat.count >= 32) {
                return false;
            }
            const std::string_view name = body.substr(start, i - start);
            skipSpace();
            if (i >= n || body[i] != '=') {
                return false;
            }
            ++i;
            skipSpace();
            if (i >= n || (body[i] != '"' && body[i] != '\'')) {
                return false;
            }
            const char quote = body[i++];
            // The characters that end a run of plain text inside this value.
            const std::array<bool, 256>& stops = quote == '"' ? doubleQuoted : singleQuoted;
            if (flat.count == flat.attributes.size()) {
                flat.attributes.emplace_back();
            }
            auto& [key, value] = flat.attributes[flat.count];
            for (std::size_t k = 0; k < flat.count; ++k) {
                const std::string& other = flat.attributes[k].first;
                if (other.size() == name.size() && other[0] == name[0] && other == name) {
                    return false; // a duplicate attribute: let TinyXML-2 report it
                }
            }
            key.assign(name);
            value.clear();
            for (;;) {
                // Plain characters are copied in runs, not one by one.
                std::size_t j = i;
                while (j < n && !stops[static_cast<unsigned char>(body[j])]) {
                    ++j;
                }
                value.append(body.data() + i, j - i);
                i = j;
                if (i >= n || body[i] == quote) {
                    break;
                }
                const char c = body[i];
                if (c == '<' || c == '\r') {
                    return false;
                }
                if (c == '\n') {
                    ++line;
                    value += c;
                    ++i;
                    continue;
                }
                const std::size_t semicolon = body.find(';', i);
                if (semicolon == std::string_view::npos || semicolon - i > 10) {
                    return false;
                }
                const std::string_view entity = body.substr(i + 1, semicolon - i - 1);
                if (entity == "amp") {
                    value += '&';
                } else if (entity == "lt") {
                    value += '<';
                } else if (entity == "gt") {
                    value += '>';
                } else if (entity == "quot") {
                    value += '"';
                } else if (entity == "apos") {
                    value += '\'';
                } else if (entity.size() >= 2 && entity[0] == '#') {
                    const bool hex = entity[1] == 'x';
                    const std::string_view digits = entity.substr(hex ? 2 : 1);
                    unsigned long code = 0;
                    auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(),
                                                     code, hex ? 16 : 10);
                    if (ec != std::errc() || ptr != digits.data() + digits.size() || code == 0 ||
                        code > 0x10FFFF) {
                        return false;
                    }
                    appendUtf8(value, code);
                } else {
                    return false;
                }
                i = semicolon + 1;
            }
            if (i >= n) {
                return false;
            }
            ++i; // the closing quote
            if (i >= n || (!isSpace(body[i]) && body[i] != '/')) {
                return false;
            }
            ++flat.count;
        }
        handle(flat);
    }
}

class Reader {
public:
    Reader(std::string fileName, const core::FsrsScheduler& scheduler)
        : file_(std::move(fileName)), scheduler_(scheduler) {}

    /// The answers cut out of the text for the fast scanner.
    struct FastAnswers {
        std::string_view body;
        int line = 0;             ///< the line of <answers>
        std::size_t newlines = 0; ///< in the body
        bool used = false;
        bool ok = false;
    };

    /// Tries the fast way (answers scanned, the rest parsed by TinyXML-2); empty when the file
    /// is not in the shape this program writes, and must be read the careful way.
    std::optional<ProgressReader::Result> runFast(std::string_view text) {
        const std::size_t open = text.find("<answers>");
        const std::size_t close = text.rfind("</answers>");
        if (open == std::string_view::npos || close == std::string_view::npos || close < open) {
            return std::nullopt;
        }
        FastAnswers fast;
        const std::size_t bodyStart = open + std::strlen("<answers>");
        fast.body = text.substr(bodyStart, close - bodyStart);
        fast.line = 1 + static_cast<int>(countLines(text.substr(0, open)));
        // The body becomes blank lines, so every line number after it stays true.
        std::string rest;
        fast.newlines = countLines(fast.body);
        rest.reserve(bodyStart + fast.newlines + (text.size() - close));
        rest.append(text.substr(0, bodyStart));
        rest.append(fast.newlines, '\n');
        rest.append(text.substr(close));
        fast_ = &fast;
        ProgressReader::Result result = parseDocument(rest);
        fast_ = nullptr;
        if (result.status != ProgressReader::Status::Ok || !fast.used || !fast.ok) {
            return std::nullopt;
        }
        return result;
    }

    ProgressReader::Result run(std::string_view text) {
        if (auto fast = Reader(file_, scheduler_).runFast(text)) {
            return std::move(*fast);
        }
        return parseDocument(text);
    }

    /// Replays the journal `text` onto `into`: one record per line after a two-line header.
    void replay(ProgressReader::Result& into, std::string_view text) {
        result_ = std::move(into);
        replaying_ = true;
        replayLines(text);
        into = std::move(result_);
    }

private:
    void replayLines(std::string_view text) {
        ProgressReader::Journal& journal = result_.journal;
        journal.found = true;
        // The header: the XML declaration, then <journal learner="…" base="…">.
        const std::size_t first = text.find('\n');
        const std::size_t second =
            first == std::string_view::npos ? first : text.find('\n', first + 1);
        if (second == std::string_view::npos) {
            // Killed while it was being created: it holds no record yet.
            journal.torn = !text.empty();
            journal.ignored = "its header is incomplete";
            return;
        }
        const std::string head(text.substr(first + 1, second - first - 1));
        tinyxml2::XMLDocument line(true, tinyxml2::PRESERVE_WHITESPACE);
        const std::string closed = head + "</journal>";
        if (text.substr(0, 5) != "<?xml" ||
            line.Parse(closed.data(), closed.size()) != tinyxml2::XML_SUCCESS ||
            line.RootElement() == nullptr ||
            std::strcmp(line.RootElement()->Name(), "journal") != 0) {
            journal.ignored = "its header is not <journal learner=\"…\" base=\"…\">";
            return;
        }
        const char* learnerId = line.RootElement()->Attribute("learner");
        std::uint64_t base = 0;
        if (line.RootElement()->QueryUnsigned64Attribute("base", &base) != tinyxml2::XML_SUCCESS) {
            journal.ignored = "its header has no generation";
            return;
        }
        if (learnerId == nullptr || learnerId != result_.learner.profile().id) {
            journal.ignored = "it is another learner's";
            return;
        }
        if (base != result_.journalBase) {
            // Most often a journal already folded into the file (the process was stopped
            // between writing the file and removing the journal).
            journal.ignored = "it continues generation " + std::to_string(base) +
                              ", and the file is generation " + std::to_string(result_.journalBase);
            return;
        }
        journal.applied = true;
        journal.goodSize = second + 1;
        int number = 2;
        for (std::size_t start = second + 1; start < text.size();) {
            ++number;
            const std::size_t end = text.find('\n', start);
            const std::string_view rest = text.substr(start);
            const bool last = end == std::string_view::npos ||
                              rest.find_first_not_of(std::string_view(" \t\r\n\0", 5),
                                                     end - start) == std::string_view::npos;
            const std::string_view record =
                end == std::string_view::npos ? rest : text.substr(start, end - start);
            line.Clear();
            const bool parsed = end != std::string_view::npos &&
                                line.Parse(record.data(), record.size()) == tinyxml2::XML_SUCCESS &&
                                line.RootElement() != nullptr;
            if (!parsed && last) {
                // Cut short by a crash while it was being written: never confirmed, dropped.
                journal.torn = rest.find_first_not_of(std::string_view(" \t\r\n\0", 5)) !=
                               std::string_view::npos;
                break;
            }
            journal.goodSize = end + 1;
            start = end + 1;
            if (!parsed) {
                skip(number, "record", "not one whole XML element");
                continue;
            }
            const XMLElement& e = *line.RootElement();
            const std::size_t before = result_.diagnostics.size();
            const std::string name = e.Name();
            if (name == "a") {
                Attributes a(e);
                answer(a, number, 0);
            } else if (name == "quiz") {
                quiz(e);
            } else if (name == "read") {
                reading(e);
            } else if (name == "settings") {
                settings(e);
            } else if (name == "begin") {
                Attributes a(e);
                const std::int64_t at = a.time("at");
                if (a.ok()) {
                    result_.learner.beginSession(at);
                } else {
                    skip(number, "begin", a.problem());
                }
            } else {
                skip(number, name.c_str(), "unknown record");
            }
            // Each record is parsed alone, so its elements say line 1: the journal's line is
            // the one to name.
            for (std::size_t k = before; k < result_.diagnostics.size(); ++k) {
                result_.diagnostics[k].line = number;
            }
            journal.records += result_.diagnostics.size() == before ? 1u : 0u;
        }
    }

    ProgressReader::Result parseDocument(std::string_view text) {
        tinyxml2::XMLDocument document(true, tinyxml2::PRESERVE_WHITESPACE);
        if (document.Parse(text.data(), text.size()) != tinyxml2::XML_SUCCESS) {
            return broken(document.ErrorLineNum(),
                          std::string("not a readable XML file: ") + document.ErrorStr());
        }
        const XMLElement* root = document.RootElement();
        if (root == nullptr) {
            return broken(1, "the file holds no XML element");
        }
        if (std::strcmp(root->Name(), "learner") != 0) {
            return broken(root->GetLineNum(), std::string("expected a <learner> root element, "
                                                          "found <") +
                                                  root->Name() + ">");
        }
        return learner(*root);
    }

    ProgressReader::Result broken(int line, std::string message) {
        result_.status = ProgressReader::Status::Broken;
        error(line, std::move(message));
        return std::move(result_);
    }

    void error(int line, std::string message) {
        result_.diagnostics.push_back(
            {file_, line, std::move(message), core::Diagnostic::Severity::Error});
    }

    void skip(const XMLElement& element, const std::string& why) {
        skip(element.GetLineNum(), element.Name(), why);
    }

    void skip(int line, const char* name, const std::string& why) {
        result_.diagnostics.push_back({file_, line, std::string("<") + name + "> skipped: " + why,
                                       core::Diagnostic::Severity::Warning});
    }

    ProgressReader::Result learner(const XMLElement& root) {
        const char* schema = root.Attribute("schema");
        const char* legacy = root.Attribute("version");
        const char* versionText = schema != nullptr ? schema : legacy;
        if (versionText == nullptr) {
            return broken(root.GetLineNum(), "the <learner> element has no schema version");
        }
        int version = 0;
        const char* end = versionText + std::strlen(versionText);
        auto [ptr, ec] = std::from_chars(versionText, end, version);
        if (ec == std::errc::result_out_of_range ||
            (ec == std::errc() && ptr == end && version > ProgressReader::schemaVersion)) {
            result_.status = ProgressReader::Status::TooNew;
            result_.fileVersion = ec == std::errc() ? version : 0;
            error(root.GetLineNum(),
                  "this progress file was written by a newer version of Yaddaş (format " +
                      std::string(versionText) + "); this version reads formats up to " +
                      std::to_string(ProgressReader::schemaVersion) +
                      ". Please update Yaddaş; the file was left unchanged.");
            return std::move(result_);
        }
        if (ec != std::errc() || ptr != end || version < 1 ||
            (version == 1) != (schema == nullptr)) {
            return broken(root.GetLineNum(),
                          "unknown schema version \"" + std::string(versionText) + "\"");
        }
        result_.fileVersion = version;

        Attributes attributes(root);
        core::LearnerProfile profile;
        profile.id = attributes.text("id", 64);
        profile.displayName = attributes.text("name", maxIdLength);
        profile.created = attributes.time("created");
        if (attributes.ok() && !ProgressStore::validId(profile.id)) {
            attributes.fail("attribute 'id' may hold only a-z, 0-9 and '-'");
        }
        if (!attributes.ok()) {
            return broken(root.GetLineNum(),
                          "the learner's profile is unreadable: " + attributes.problem());
        }
        // Files written before profiles had a uid get one derived from the id and creation
        // time: the same on every load, so opening a learner never has to rewrite the file.
        const char* uid = root.Attribute("uid");
        if (uid != nullptr && core::LearnerUid::valid(uid)) {
            profile.uid = uid;
        } else {
            profile.uid = core::LearnerUid::derived(profile.id, profile.created);
            if (uid != nullptr) {
                // The profile is readable without it; the derived uid stands in (the next save
                // writes it), and the file as it was is kept aside like any skipped entry.
                result_.diagnostics.push_back(
                    {file_, root.GetLineNum(),
                     "attribute 'uid' = \"" + std::string(uid).substr(0, 40) +
                         "\" is not sixteen lowercase hex digits; using " + profile.uid,
                     core::Diagnostic::Severity::Warning});
            }
        }
        result_.learner = core::Learner(std::move(profile));
        if (const char* journal = root.Attribute("journal"); journal != nullptr && version == 2) {
            std::uint64_t base = 0;
            const char* stop = journal + std::strlen(journal);
            auto [at, failed] = std::from_chars(journal, stop, base);
            if (failed == std::errc() && at == stop) {
                result_.journalBase = base;
            } else {
                // Its journal cannot be matched: the file loads as it is, without it.
                result_.diagnostics.push_back(
                    {file_, root.GetLineNum(),
                     "attribute 'journal' = \"" + std::string(journal).substr(0, 40) +
                         "\" is not a whole number; the journal beside the file is not replayed",
                     core::Diagnostic::Severity::Warning});
                result_.journalBase = std::numeric_limits<std::uint64_t>::max();
            }
        }

        if (version == 1) {
            readVersion1(root);
        } else {
            readVersion2(root);
        }
        result_.status = ProgressReader::Status::Ok;
        return std::move(result_);
    }

    // Version 2: the current shape (game/io/PROGRESS.md).
    void readVersion2(const XMLElement& root) {
        for (const XMLElement* part = root.FirstChildElement(); part != nullptr;
             part = part->NextSiblingElement()) {
            const std::string name = part->Name();
            if (name == "settings") {
                settings(*part);
            } else if (name == "sessions") {
                children(*part, "session", [&](const XMLElement& e) { session(e); });
            } else if (name == "reading") {
                children(*part, "module", [&](const XMLElement& e) { reading(e); });
            } else if (name == "quizzes") {
                children(*part, "quiz", [&](const XMLElement& e) { quiz(e); });
            } else if (name == "memory") {
                children(*part, "fact", [&](const XMLElement& e) { memory(e); });
            } else if (name == "answers" && fast_ != nullptr && !fast_->used &&
                       part->GetLineNum() == fast_->line && part->FirstChildElement() == nullptr) {
                // The answers were cut out before parsing; read them with the fast scanner.
                fast_->used = true;
                FlatElement flat;
                const std::size_t expected = fast_->newlines;
                fast_->ok = scanAnswers(fast_->body, fast_->line, flat, [&](const FlatElement& f) {
                    Attributes a(f);
                    answer(a, f.line, expected);
                });
            } else if (name == "answers") {
                // Counted once: counting at every answer made a long file take quadratic time.
                const std::size_t expected = countChildren(*part);
                children(*part, "a", [&](const XMLElement& e) {
                    Attributes a(e);
                    answer(a, e.GetLineNum(), expected);
                });
            } else {
                skip(*part, "unknown element");
            }
        }
    }

    // Version 1 kept only answers (without time taken) and reading; memory is rebuilt by
    // replaying the answers through the scheduler.
    void readVersion1(const XMLElement& root) {
        for (const XMLElement* part = root.FirstChildElement(); part != nullptr;
             part = part->NextSiblingElement()) {
            const std::string name = part->Name();
            if (name == "answers") {
                children(*part, "answer", [&](const XMLElement& e) { answerVersion1(e); });
            } else if (name == "reading") {
                children(*part, "module", [&](const XMLElement& e) { reading(e); });
            } else {
                skip(*part, "unknown element");
            }
        }
        std::vector<core::AnswerRecord> answers = legacyAnswers_;
        std::stable_sort(answers.begin(), answers.end(),
                         [](const auto& a, const auto& b) { return a.at < b.at; });
        for (auto& answer : answers) {
            result_.learner.recordAnswer(std::move(answer), scheduler_);
        }
    }

    template <class Handler>
    void children(const XMLElement& parent, const char* childName, Handler handle) {
        for (const XMLElement* e = parent.FirstChildElement(); e != nullptr;
             e = e->NextSiblingElement()) {
            if (std::strcmp(e->Name(), childName) != 0) {
                skip(*e, std::string("unexpected here (expected <") + childName + ">)");
                continue;
            }
            handle(*e);
        }
    }

    void settings(const XMLElement& e) {
        Attributes a(e);
        core::LearnerSettings settings;
        settings.textSizePercent = a.small("textSize", core::LearnerSettings::minTextSize,
                                           core::LearnerSettings::maxTextSize, 100);
        const std::string theme = a.text("theme", 40, false);
        if (!theme.empty()) {
            if (auto parsed = core::themeFromString(theme)) {
                settings.theme = *parsed;
            } else {
                a.fail("unknown theme \"" + theme + "\"");
            }
        }
        const std::string full = a.text("fullScreen", 10, false);
        if (full == "true" || full == "false") {
            settings.fullScreen = full == "true";
        } else if (!full.empty()) {
            a.fail("attribute 'fullScreen' must be true or false");
        }
        // A language this version does not ship (one a newer version added) is left to the
        // system's choice rather than failing the learner's other settings.
        settings.language = Language::normalize(a.text("language", 20, false));
        // Files from before reading aloud have none of these: speech stays off.
        const std::string speech = a.text("speech", 10, false);
        if (speech == "true" || speech == "false") {
            settings.speech = speech == "true";
        } else if (!speech.empty()) {
            a.fail("attribute 'speech' must be true or false");
        }
        settings.speechRatePercent =
            a.small("speechRate", core::LearnerSettings::minSpeechRate,
                    core::LearnerSettings::maxSpeechRate, settings.speechRatePercent);
        // The voice goes to the synthesiser as a file name of its own: only a plain name.
        settings.voice = a.text("voice", 40, false);
        if (!core::isVoiceName(settings.voice)) {
            a.fail("attribute 'voice' is not a voice's name: \"" + settings.voice + "\"");
        }
        if (!a.ok()) {
            skip(e, a.problem() + " (the default settings are used)");
            return;
        }
        result_.learner.setSettings(settings);
    }

    void session(const XMLElement& e) {
        Attributes a(e);
        core::StudySession s;
        s.id = a.small("id", 1, static_cast<int>(maxCount));
        s.start = a.time("start");
        s.end = a.time("end");
        if (a.ok() && s.end < s.start) {
            a.fail("it ends before it starts");
        }
        if (a.ok() && !sessionIds_.insert(s.id).second) {
            a.fail("duplicate session id " + std::to_string(s.id));
        }
        if (a.ok() && !result_.learner.sessions().empty() &&
            s.id < result_.learner.sessions().back().id) {
            a.fail("session ids must increase");
        }
        if (!a.ok()) {
            skip(e, a.problem());
            return;
        }
        result_.learner.restoreSession(s);
    }

    void reading(const XMLElement& e) {
        Attributes a(e);
        core::ReadingProgress r;
        r.moduleId = a.text("id", maxIdLength);
        r.section = a.text("section", maxIdLength, false, true);
        r.fraction = a.real("fraction", 0.0, 1.0);
        r.at = result_.fileVersion == 1 ? 0 : a.time("at");
        if (a.ok() && !replaying_ && !readingIds_.insert(r.moduleId).second) {
            a.fail("duplicate module id \"" + r.moduleId + "\"");
        }
        if (!a.ok()) {
            skip(e, a.problem());
            return;
        }
        if (replaying_) {
            result_.learner.markRead(r.moduleId, r.section, r.fraction, r.at);
            return;
        }
        result_.learner.restoreReading(std::move(r));
    }

    void quiz(const XMLElement& e) {
        Attributes a(e);
        core::QuizResult q;
        q.at = a.time("at");
        q.session = a.small("session", 0, static_cast<int>(maxCount), 0);
        q.kind = a.text("kind", maxIdLength);
        q.moduleId = a.text("module", maxIdLength, false, true);
        q.questions = a.small("questions", 0, Limits::maxQuizQuestions);
        q.right = a.small("right", 0, Limits::maxQuizQuestions);
        q.partial = a.small("partial", 0, Limits::maxQuizQuestions);
        q.seconds = a.real("seconds", 0.0, maxQuizSeconds);
        if (a.ok() && q.right + q.partial > q.questions) {
            a.fail("more right and partial answers than questions");
        }
        if (!a.ok()) {
            skip(e, a.problem());
            return;
        }
        if (replaying_) {
            result_.learner.recordQuiz(std::move(q));
            return;
        }
        result_.learner.restoreQuiz(std::move(q));
    }

    void memory(const XMLElement& e) {
        Attributes a(e);
        const std::string id = a.text("id", maxIdLength);
        core::MemoryState m;
        const std::string phase = a.text("phase", 20);
        if (a.ok()) {
            if (auto parsed = core::phaseFromString(phase)) {
                m.phase = *parsed;
            } else {
                a.fail("unknown phase \"" + phase + "\"");
            }
        }
        const bool isNew = m.phase == core::MemoryState::Phase::New;
        m.stability = a.real("stability", isNew ? 0.0 : 0.001, 36500.0);
        m.difficulty = a.real("difficulty", isNew ? 0.0 : 1.0, 10.0);
        m.step = a.small("step", 0, 1000);
        m.lastReview = a.time("last");
        m.due = a.integer("due", 0, Limits::latestDue);
        m.scheduledDays = a.small("days", 0, 36500);
        m.reps = a.small("reps", 0, static_cast<int>(maxCount));
        m.lapses = a.small("lapses", 0, static_cast<int>(maxCount));
        if (a.ok() && m.lapses > m.reps) {
            a.fail("more lapses than reviews");
        }
        if (a.ok() && result_.learner.memoryOf(id) != nullptr) {
            a.fail("duplicate fact id \"" + id + "\"");
        }
        if (!a.ok()) {
            skip(e, a.problem());
            return;
        }
        result_.learner.restoreMemory(id, m);
    }

    void answer(Attributes& a, int line, std::size_t expected) {
        core::AnswerRecord r;
        r.at = a.time("t");
        r.session = a.small("n", 0, static_cast<int>(maxCount), 0);
        r.questionKind = a.symbol("q", maxIdLength);
        r.factId = a.symbol("f", maxIdLength);
        r.questionId = a.symbol("i", maxIdLength, false, true);
        r.moduleId = a.symbol("m", maxIdLength, false, true);
        const std::string outcome = a.text("o", 20);
        if (auto parsed = core::outcomeFromString(outcome)) {
            r.outcome = *parsed;
        } else if (a.ok()) {
            a.fail("unknown outcome \"" + outcome + "\"");
        }
        r.fraction = a.real("x", 0.0, 1.0);
        r.seconds = a.real("s", 0.0, maxAnswerSeconds);
        r.given = a.symbol("v", maxTextLength, false, true);
        if (!a.ok()) {
            skip(line, "a", a.problem());
            return;
        }
        if (replaying_) {
            result_.learner.recordAnswer(std::move(r), scheduler_);
            return;
        }
        if (result_.learner.answers().empty()) {
            result_.learner.reserveAnswers(expected);
        }
        result_.learner.restoreAnswer(std::move(r));
    }

    void answerVersion1(const XMLElement& e) {
        Attributes a(e);
        core::AnswerRecord r;
        r.at = a.time("time");
        r.questionKind = a.text("kind", maxIdLength);
        r.factId = a.text("fact", maxIdLength);
        r.moduleId = a.text("module", maxIdLength, false, true);
        const std::string outcome = a.text("result", 20);
        if (auto parsed = core::outcomeFromString(outcome)) {
            r.outcome = *parsed;
        } else if (a.ok()) {
            a.fail("unknown result \"" + outcome + "\"");
        }
        r.given = a.text("given", maxTextLength, false, true);
        // Version 1 kept neither the time taken nor the share of a partial answer.
        r.fraction = r.outcome == core::Outcome::Right     ? 1.0
                     : r.outcome == core::Outcome::Partial ? 0.5
                                                           : 0.0;
        r.seconds = 0.0;
        if (!a.ok()) {
            skip(e, a.problem());
            return;
        }
        legacyAnswers_.push_back(std::move(r));
    }

    static std::size_t countChildren(const XMLElement& parent) {
        std::size_t count = 0;
        for (const XMLElement* e = parent.FirstChildElement(); e != nullptr;
             e = e->NextSiblingElement()) {
            ++count;
        }
        return count;
    }

    std::string file_;
    const core::FsrsScheduler& scheduler_;
    ProgressReader::Result result_;
    std::set<int> sessionIds_;
    std::set<std::string> readingIds_;
    std::vector<core::AnswerRecord> legacyAnswers_;
    FastAnswers* fast_ = nullptr;
    bool replaying_ = false; ///< records are replayed as changes, not restored as state
};

} // namespace

std::filesystem::path ProgressReader::journalOf(const std::filesystem::path& file) {
    return std::filesystem::path(file.string() + ".journal");
}

void ProgressReader::replayJournal(Result& result, std::string_view text,
                                   const std::string& fileName,
                                   const core::FsrsScheduler& scheduler) {
    if (result.status != Status::Ok || result.fileVersion != schemaVersion) {
        return;
    }
    Reader(fileName, scheduler).replay(result, text);
}

void ProgressReader::applyJournal(Result& result, const std::filesystem::path& journal,
                                  const core::FsrsScheduler& scheduler) {
    result.journal = Journal();
    RegularFile::Contents contents = RegularFile::readLarge(journal, maxFileSize);
    if (contents.status == RegularFile::Status::Missing) {
        return;
    }
    if (!contents.ok()) {
        result.journal.found = true;
        result.journal.ignored = contents.message();
        result.diagnostics.push_back({journal.string(), 0,
                                      contents.message() + "; its records are not replayed",
                                      core::Diagnostic::Severity::Warning});
        return;
    }
    replayJournal(result, contents.text(), journal.string(), scheduler);
}

ProgressReader::Result ProgressReader::parse(std::string_view text, const std::string& fileName,
                                             const core::FsrsScheduler& scheduler) {
    return Reader(fileName, scheduler).run(text);
}

ProgressReader::Result ProgressReader::read(const std::filesystem::path& path,
                                            const core::FsrsScheduler& scheduler) {
    Result result;
    const std::string name = path.string();
    // Only a regular file, opened without waiting: a FIFO named like a learner's file must not
    // hang the app or `yaddas progress`.
    RegularFile::Contents contents = RegularFile::readLarge(path, maxFileSize);
    switch (contents.status) {
    case RegularFile::Status::Ok: {
        result = parse(contents.text(), name, scheduler);
        // The file's text is not needed any more: give its memory back before the journal.
        contents.large.reset();
        if (result.status == Status::Ok) {
            applyJournal(result, journalOf(path), scheduler);
        }
        return result;
    }
    case RegularFile::Status::Missing:
        result.status = Status::Missing;
        result.diagnostics.push_back({name, 0, "no such file", core::Diagnostic::Severity::Error});
        return result;
    case RegularFile::Status::TooLarge:
        result.diagnostics.push_back({name, 0,
                                      "the file is " + std::to_string(contents.size) +
                                          " bytes, more than a progress file can be (" +
                                          std::to_string(maxFileSize) + ")",
                                      core::Diagnostic::Severity::Error});
        return result;
    case RegularFile::Status::Unreadable:
        if (contents.error == EACCES || contents.error == EPERM) {
            // Not ours to read is not damage: the file must be left where it is.
            result.status = Status::Unreadable;
            result.diagnostics.push_back({name, 0,
                                          std::string("cannot be read: ") + contents.detail,
                                          core::Diagnostic::Severity::Error});
            return result;
        }
        [[fallthrough]];
    default:
        result.diagnostics.push_back(
            {name, 0, contents.message(), core::Diagnostic::Severity::Error});
        return result;
    }
}

} // namespace yaddas::io
