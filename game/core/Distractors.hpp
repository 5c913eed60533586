#pragma once

#include <core/DateSpan.hpp>
#include <core/Figure.hpp>
#include <core/LibraryKeys.hpp>
#include <core/Period.hpp>
#include <core/Person.hpp>
#include <core/RandomSource.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace yaddas::core {

/// Wrong options that are plausible and never also right.
class Distractors {
public:
    /// Dates near an event's date, in the same precision and form ("28 April 1918" for
    /// "28 April 1920"; "1935–1936" for "1937–1938"), none of which overlaps the event's own
    /// dates, all inside the library's default Period (1900–1960). Up to `count` texts, in
    /// random order, all different.
    static std::vector<std::string> dates(const DateSpan& when, std::size_t count,
                                          RandomSource& random);
    /// The same, inside the years `first`–`last` instead: the module's period, narrowed to the
    /// life of a person the question names (no "arrested in 1939" for someone shot in 1938).
    static std::vector<std::string> dates(const DateSpan& when, std::size_t count,
                                          RandomSource& random, int first, int last);
    /// Years near `when` that fall outside it (inside the default Period, or `first`–`last`).
    static std::vector<int> years(const DateSpan& when, std::size_t count, RandomSource& random);
    static std::vector<int> years(const DateSpan& when, std::size_t count, RandomSource& random,
                                  int first, int last);

    /// Numbers a learner could mistake for the figure: the other figures given (`others`, those
    /// of the same magnitude), swapped neighbouring digits, and numbers of the same magnitude. None
    /// is accepted by the figure's tolerance, none lies within 5% of it, and none shows the same
    /// once formatted.
    static std::vector<std::int64_t> numbers(const Figure& figure,
                                             const std::vector<std::int64_t>& others,
                                             std::size_t count, RandomSource& random);
    /// True when `candidate` is a safe wrong number for `figure` (see numbers()): within a factor
    /// of 3.5 of it (2 for a span of time or an age), and inside the plausible range of what it
    /// counts.
    static bool safeNumber(const Figure& figure, std::int64_t candidate);
    /// The range a number may take for what a figure counts: an age 1–110, years 1–100, months
    /// 1–120, minutes 1–600, days 1–3650; otherwise at least 1 (no "0 tonnes").
    static std::pair<std::int64_t, std::int64_t> plausible(const Figure& figure);

    /// Indexes into `pool` of people who cannot be taken for `person` in a "who was the … "
    /// question: not the same person, no shared content word in the role (a "lyric poet" is not
    /// a distractor for a "poet and playwright"), different life years and a different name.
    static std::vector<std::size_t> people(const Person& person,
                                           const std::vector<const Person*>& pool,
                                           std::size_t count, RandomSource& random);
    /// The same choice among the library's people by their keys: `person` and `pool` index
    /// keys.people(). It compares numbers where the other normalises every name and role.
    static std::vector<std::size_t> people(const LibraryKeys& keys, std::size_t person,
                                           const std::vector<std::size_t>& pool, std::size_t count,
                                           RandomSource& random);
    /// True when two roles share a content word (four letters or more, not a filler word).
    static bool rolesOverlap(const std::string& a, const std::string& b);
    /// The content words of a role, as rolesOverlap() compares them: plainKey words of four
    /// letters or more, not filler words, a plural's "s" dropped.
    static std::vector<std::string> contentWords(const std::string& text);
};

} // namespace yaddas::core
