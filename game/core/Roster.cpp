#include <core/Roster.hpp>

#include <core/NameMatcher.hpp>
#include <core/Slug.hpp>
#include <core/TextNormalizer.hpp>

#include <algorithm>
#include <set>

namespace yaddas::core {
namespace {

std::string trim(std::string_view s) {
    const auto b = s.find_first_not_of(" \t\r\"");
    const auto e = s.find_last_not_of(" \t\r\"");
    return b == std::string_view::npos ? std::string() : std::string(s.substr(b, e - b + 1));
}

} // namespace

Roster::Parsed Roster::parse(std::string_view text, const std::string& file) {
    Parsed out;
    int number = 0;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) {
            end = text.size();
        }
        ++number;
        const std::string line = trim(text.substr(start, end - start));
        start = end + 1;
        if (line.empty() || line[0] == '#') {
            continue;
        }
        Entry e;
        e.line = number;
        if (const auto comma = line.find(','); comma != std::string::npos) {
            e.id = trim(std::string_view(line).substr(0, comma));
            e.name = trim(std::string_view(line).substr(comma + 1));
        } else {
            e.name = line;
        }
        out.entries.push_back(std::move(e));
    }
    out.diagnostics = check(out.entries, file);
    return out;
}

std::vector<Roster::Entry> Roster::withIds(std::vector<Entry> entries) {
    std::set<std::string> taken;
    for (const Entry& e : entries) {
        if (!e.id.empty()) {
            taken.insert(e.id);
        }
    }
    for (Entry& e : entries) {
        if (!e.id.empty()) {
            continue;
        }
        const std::string base = Slug::of(e.name, 48, "learner");
        std::string id = base;
        for (int n = 2; taken.count(id) != 0; ++n) {
            id = base + "-" + std::to_string(n);
        }
        taken.insert(id);
        e.id = std::move(id);
    }
    return entries;
}

std::optional<std::size_t> Roster::match(const std::vector<Entry>& entries, std::string_view name) {
    const std::string key = TextNormalizer::nameKey(name);
    if (key.empty()) {
        return std::nullopt;
    }
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (TextNormalizer::nameKey(entries[i].name) == key) {
            return i;
        }
    }
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (NameMatcher::matches(name, entries[i].name)) {
            return i;
        }
    }
    return std::nullopt;
}

bool Roster::validId(std::string_view id) {
    return !id.empty() && id.size() <= maxIdLength && std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '.' || c == '_' || c == '-';
    });
}

Diagnostics Roster::check(const std::vector<Entry>& entries, const std::string& file, int line) {
    Diagnostics out;
    auto error = [&](const Entry& e, std::string message) {
        out.push_back({file, e.line != 0 ? e.line : line, std::move(message)});
    };
    if (entries.size() > maxLearners) {
        out.push_back(
            {file, entries[maxLearners].line != 0 ? entries[maxLearners].line : line,
             "the class list has more than " + std::to_string(maxLearners) + " learners"});
    }
    std::set<std::string> seen;
    for (const Entry& e : entries) {
        const std::string shown = e.id.size() > 40 ? e.id.substr(0, 40) + "…" : e.id;
        if (!e.id.empty() && !validId(e.id)) {
            error(e, "the id '" + shown +
                         "' may hold only letters A-Z, digits, '.', '_' and '-' (" +
                         std::to_string(maxIdLength) + " at most)");
        } else if (!e.id.empty() && !seen.insert(e.id).second) {
            error(e, "the id '" + shown + "' is on the list twice");
        }
        if (e.name.empty()) {
            error(e, "the line has no name");
        } else if (e.name.size() > maxNameLength) {
            error(e, "the name is longer than " + std::to_string(maxNameLength) + " bytes");
        }
    }
    return out;
}

} // namespace yaddas::core
