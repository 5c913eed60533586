#pragma once

#include <core/Diagnostic.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace yaddas::core {

/// A class list: the learners a teacher expects, one a line, "id,name" or just "name" (blank
/// lines and lines starting with '#' are skipped; quotes around a field are dropped). The same
/// text is read by `yaddas assign --roster` (the list goes into the assignment, and learners pick
/// their name from it) and `yaddas report --roster` (who has no results yet).
class Roster {
public:
    struct Entry {
        std::string id; ///< empty when the line gave only a name
        std::string name;
        int line = 0; ///< where it was read (0: not read from a text)
    };

    struct Parsed {
        std::vector<Entry> entries;
        Diagnostics diagnostics; ///< `file:line` errors: bad or repeated ids, long names, …
    };

    static constexpr std::size_t maxLearners = 500;
    static constexpr std::size_t maxIdLength = 64;
    static constexpr std::size_t maxNameLength = 200; ///< bytes

    /// Reads a class list; entries are kept as written (an id only where the line gave one).
    static Parsed parse(std::string_view text, const std::string& file);
    /// The entries with an id for each: a name without one gets its slug ("Aysel Məmmədova" →
    /// "aysel-memmedova"), "-2", "-3", … when that id is taken.
    static std::vector<Entry> withIds(std::vector<Entry> entries);
    /// The entry whose name is `name`: the same once case, accents and spaces are folded
    /// (TextNormalizer::nameKey), else within NameMatcher's small typo allowance; the first such,
    /// or none.
    static std::optional<std::size_t> match(const std::vector<Entry>& entries,
                                            std::string_view name);
    /// 1 to 64 characters of A-Z, a-z, 0-9, '.', '_' and '-'.
    static bool validId(std::string_view id);
    /// Problems of one list (any id repeated or invalid, an empty or long name, too many
    /// learners), as errors naming `file` and each entry's line (or `line` when it has none).
    static Diagnostics check(const std::vector<Entry>& entries, const std::string& file,
                             int line = 0);
};

} // namespace yaddas::core
