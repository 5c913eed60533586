#include <core/Distractors.hpp>

#include <core/DateBounds.hpp>
#include <core/NumberFormat.hpp>
#include <core/TextNormalizer.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>

namespace yaddas::core {
namespace {

HistoricalDate shifted(const HistoricalDate& date, int years) {
    const int year = date.year() + years;
    switch (date.precision()) {
    case HistoricalDate::Precision::Decade:
        return HistoricalDate::ofDecade(year);
    case HistoricalDate::Precision::Year:
        return HistoricalDate::ofYear(year);
    case HistoricalDate::Precision::Month: {
        auto d = HistoricalDate::parse(std::to_string(year) + "-" + (date.month() < 10 ? "0" : "") +
                                       std::to_string(date.month()));
        return d ? *d : HistoricalDate::ofYear(year);
    }
    case HistoricalDate::Precision::Day:
        // 29 February moves to the 28th in a common year.
        return HistoricalDate::ofDay(year, date.month(),
                                     std::min(date.day(), daysInMonth(year, date.month())));
    }
    return HistoricalDate::ofYear(year);
}

DateSpan shifted(const DateSpan& span, int years) {
    DateSpan out;
    out.from = shifted(span.from, years);
    if (span.to) {
        out.to = shifted(*span.to, years);
    }
    return out;
}

// Wrong numbers stay within this factor of the answer, either way.
constexpr double maxRatio = 3.5;
// … and a span of time (years, months, days, minutes, an age) within this one.
constexpr double timeRatio = 2.0;

int significantDigits(std::int64_t v) {
    std::string s = std::to_string(v < 0 ? -v : v);
    while (s.size() > 1 && s.back() == '0') {
        s.pop_back();
    }
    return static_cast<int>(s.size());
}

std::int64_t roundToDigits(double v, int digits) {
    if (v < 1.0) {
        return 0;
    }
    const int magnitude = static_cast<int>(std::floor(std::log10(v))) + 1;
    const double unit = std::pow(10.0, std::max(0, magnitude - digits));
    return static_cast<std::int64_t>(std::llround(v / unit) * static_cast<long long>(unit));
}

} // namespace

std::vector<std::string> Distractors::dates(const DateSpan& when, std::size_t count,
                                            RandomSource& random) {
    const Period period;
    return dates(when, count, random, period.first, period.last);
}

std::vector<std::string> Distractors::dates(const DateSpan& when, std::size_t count,
                                            RandomSource& random, int first, int last) {
    const DateBounds own = DateBounds::of(when);
    const int length = when.to ? when.to->year() - when.from.year() : 0;
    const int step = when.from.precision() == HistoricalDate::Precision::Decade ? 10 : 1;
    std::vector<int> deltas;
    for (int k = 1; k <= 6; ++k) {
        const int d = step * k + length;
        deltas.push_back(d);
        deltas.push_back(-d);
    }
    random.shuffle(deltas);
    const std::string right = when.text();
    std::vector<std::string> out;
    for (int d : deltas) {
        if (out.size() >= count) {
            break;
        }
        const DateSpan candidate = shifted(when, d);
        const std::string text = candidate.text();
        const DateBounds bounds = DateBounds::of(candidate);
        if (bounds.firstYear() < first || bounds.lastYear() > last || bounds.overlaps(own) ||
            text == right || std::find(out.begin(), out.end(), text) != out.end()) {
            continue;
        }
        out.push_back(text);
    }
    // A long span of decades ("the 1920s to the 1950s") has no shifted copy inside the period.
    // Its wrong options start earlier (and may end later): none starts within the span, so none
    // is partly right.
    if (out.size() < count && when.to &&
        when.from.precision() == HistoricalDate::Precision::Decade) {
        std::vector<DateSpan> moved;
        for (int k : {-10, -20}) {
            for (int later : {0, 10}) {
                DateSpan candidate = when;
                candidate.from = shifted(when.from, k);
                candidate.to = shifted(*when.to, later);
                moved.push_back(candidate);
            }
        }
        random.shuffle(moved);
        for (const DateSpan& candidate : moved) {
            const std::string text = candidate.text();
            // The decade after the period ("the 1960s") may close such a span.
            if (out.size() >= count || DateBounds::of(candidate).firstYear() < first ||
                candidate.to->year() > last || text == right ||
                std::find(out.begin(), out.end(), text) != out.end()) {
                continue;
            }
            out.push_back(text);
        }
    }
    return out;
}

std::vector<int> Distractors::years(const DateSpan& when, std::size_t count, RandomSource& random) {
    const Period period;
    return years(when, count, random, period.first, period.last);
}

std::vector<int> Distractors::years(const DateSpan& when, std::size_t count, RandomSource& random,
                                    int first, int last) {
    const DateBounds own = DateBounds::of(when);
    std::vector<int> candidates;
    for (int k = 1; k <= 6; ++k) {
        candidates.push_back(own.firstYear() - k);
        candidates.push_back(own.lastYear() + k);
    }
    random.shuffle(candidates);
    std::vector<int> out;
    for (int y : candidates) {
        if (out.size() >= count) {
            break;
        }
        if (y >= first && y <= last && !DateBounds::ofYear(y).overlaps(own) &&
            std::find(out.begin(), out.end(), y) == out.end()) {
            out.push_back(y);
        }
    }
    return out;
}

bool Distractors::safeNumber(const Figure& figure, std::int64_t candidate) {
    const auto value = static_cast<double>(figure.value);
    const auto c = static_cast<double>(candidate);
    if (candidate == figure.value || figure.tolerance.accepts(value, c) ||
        (figure.value >= 0 && candidate < 0)) {
        return false;
    }
    const auto [low, high] = plausible(figure);
    if (candidate < low || candidate > high) {
        return false;
    }
    // A span of time keeps closer still: "about 75 years of repression from the 1920s" would
    // outlast the USSR.
    const double ratio = high < std::numeric_limits<std::int64_t>::max() ? timeRatio : maxRatio;
    if (value > 0 && (c > value * ratio || c < value / ratio)) {
        return false;
    }
    if (std::fabs(c - value) <= 0.05 * std::fabs(value)) {
        return false;
    }
    return NumberFormat::format(candidate) != NumberFormat::format(figure.value);
}

std::pair<std::int64_t, std::int64_t> Distractors::plausible(const Figure& figure) {
    // What is counted is the first word: "months over which …", "people shot within 3 months".
    const std::string key =
        TextNormalizer::plainKey(figure.countsEn.empty() ? figure.counts : figure.countsEn);
    const std::string first = key.substr(0, key.find(' '));
    auto says = [&](const char* word) {
        return first == word ||
               (std::string(word) == "age" && key.find(" age ") != std::string::npos &&
                key.rfind("the age", 0) == 0);
    };
    const std::int64_t most = std::numeric_limits<std::int64_t>::max();
    // A count of something is at least one; a unit of time has a range a reader knows.
    if (says("age") || says("aged") || says("old")) {
        return {1, 110};
    }
    if (says("years")) {
        return {1, 100};
    }
    if (says("months")) {
        return {1, 120};
    }
    if (says("minutes")) {
        return {1, 600};
    }
    if (says("days")) {
        return {1, 3650};
    }
    return {1, most};
}

std::vector<std::int64_t> Distractors::numbers(const Figure& figure,
                                               const std::vector<std::int64_t>& others,
                                               std::size_t count, RandomSource& random) {
    const std::int64_t v = figure.value;
    // Wrong numbers keep the answer's magnitude: a tenfold one (an age of 270 for 27) is ruled
    // out at a glance.
    std::vector<std::int64_t> misreadings;
    const std::string digits = std::to_string(v < 0 ? -v : v);
    for (std::size_t i = 0; i + 1 < digits.size(); ++i) {
        if (digits[i] != digits[i + 1] && !(i == 0 && digits[1] == '0')) {
            std::string swapped = digits;
            std::swap(swapped[i], swapped[i + 1]);
            const std::int64_t n = std::stoll(swapped);
            misreadings.push_back(v < 0 ? -n : n);
        }
    }
    // Other figures are plausible only in the same magnitude (16 is no stand-in for 173 382).
    std::vector<std::int64_t> fromModule;
    for (std::int64_t o : others) {
        const double ratio = v == 0 ? 0.0 : static_cast<double>(o) / static_cast<double>(v);
        if (ratio >= 1.0 / maxRatio && ratio <= maxRatio) {
            fromModule.push_back(o);
        }
    }
    std::vector<std::int64_t> magnitude;
    const int sig = std::max(2, std::min(significantDigits(v), 4));
    for (double f : {0.4, 0.5, 0.6, 0.7, 0.8, 1.3, 1.5, 1.7, 2.0, 2.5, 3.0}) {
        const std::int64_t n = roundToDigits(std::fabs(static_cast<double>(v)) * f, sig);
        magnitude.push_back(v < 0 ? -n : n);
    }
    random.shuffle(misreadings);
    random.shuffle(fromModule);
    random.shuffle(magnitude);

    std::vector<std::vector<std::int64_t>*> groups{&misreadings, &fromModule, &magnitude};
    std::vector<std::size_t> next(groups.size(), 0);
    std::size_t g = random.index(groups.size());
    std::vector<std::int64_t> out;
    std::size_t exhausted = 0;
    // Round robin over the groups so each quiz mixes the kinds of mistake.
    while (out.size() < count && exhausted < groups.size()) {
        auto& group = *groups[g];
        bool took = false;
        while (next[g] < group.size()) {
            const std::int64_t n = group[next[g]++];
            const bool fresh = std::none_of(out.begin(), out.end(), [&](std::int64_t o) {
                return NumberFormat::format(o) == NumberFormat::format(n);
            });
            if (fresh && safeNumber(figure, n)) {
                out.push_back(n);
                took = true;
                break;
            }
        }
        exhausted = took ? 0 : exhausted + 1;
        g = (g + 1) % groups.size();
    }
    return out;
}

std::vector<std::string> Distractors::contentWords(const std::string& text) {
    static const std::set<std::string> filler{"with",  "from",  "that", "this",  "their",
                                              "then",  "also",  "into", "after", "before",
                                              "later", "first", "head", "member"};
    std::vector<std::string> words;
    const std::string key = TextNormalizer::plainKey(text);
    std::size_t start = 0;
    while (start < key.size()) {
        std::size_t end = key.find(' ', start);
        if (end == std::string::npos) {
            end = key.size();
        }
        std::string word = key.substr(start, end - start);
        if (word.size() > 4 && word.back() == 's') {
            word.pop_back(); // poets = poet
        }
        if (word.size() >= 4 && filler.count(word) == 0) {
            words.push_back(word);
        }
        start = end + 1;
    }
    return words;
}

bool Distractors::rolesOverlap(const std::string& a, const std::string& b) {
    const auto wa = contentWords(a);
    const auto wb = contentWords(b);
    return std::any_of(wa.begin(), wa.end(), [&](const std::string& w) {
        return std::find(wb.begin(), wb.end(), w) != wb.end();
    });
}

std::vector<std::size_t> Distractors::people(const Person& person,
                                             const std::vector<const Person*>& pool,
                                             std::size_t count, RandomSource& random) {
    const std::string nameKey = TextNormalizer::nameKey(person.nameEn);
    std::vector<std::size_t> candidates;
    for (std::size_t i = 0; i < pool.size(); ++i) {
        const Person& p = *pool[i];
        if (p.meta.id == person.meta.id || TextNormalizer::nameKey(p.nameEn) == nameKey ||
            p.lifeYears() == person.lifeYears() || rolesOverlap(p.role, person.role) ||
            p.nameEn.empty()) {
            continue;
        }
        candidates.push_back(i);
    }
    random.shuffle(candidates);
    if (candidates.size() > count) {
        candidates.resize(count);
    }
    return candidates;
}

namespace {

/// True when two sorted lists of keys share one.
bool shareKey(const std::vector<LibraryKeys::Key>& a, const std::vector<LibraryKeys::Key>& b) {
    auto i = a.begin();
    auto j = b.begin();
    while (i != a.end() && j != b.end()) {
        if (*i == *j) {
            return true;
        }
        if (*i < *j) {
            ++i;
        } else {
            ++j;
        }
    }
    return false;
}

} // namespace

std::vector<std::size_t> Distractors::people(const LibraryKeys& keys, std::size_t person,
                                             const std::vector<std::size_t>& pool,
                                             std::size_t count, RandomSource& random) {
    const LibraryKeys::PersonKey& asked = keys.people()[person];
    std::vector<std::size_t> candidates;
    for (std::size_t i = 0; i < pool.size(); ++i) {
        const LibraryKeys::PersonKey& p = keys.people()[pool[i]];
        if (p.id == asked.id || p.nameEn == asked.nameEn ||
            (p.born == asked.born && p.died == asked.died) ||
            shareKey(p.roleWords, asked.roleWords) || p.noNameEn) {
            continue;
        }
        candidates.push_back(i);
    }
    random.shuffle(candidates);
    if (candidates.size() > count) {
        candidates.resize(count);
    }
    return candidates;
}

} // namespace yaddas::core
