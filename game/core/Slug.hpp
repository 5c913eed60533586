#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace yaddas::core {

/// A readable, file-safe id made from a name or title: lowercase ASCII letters, digits and
/// single '-' between words. Azerbaijani letters become their plain Latin neighbours
/// ("Böyük terror" → "boyuk-terror"), so ids stay readable in every language we ship.
class Slug {
public:
    /// At most about `maxLength` characters; `fallback` when nothing readable is left.
    static std::string of(std::string_view displayName, std::size_t maxLength,
                          std::string_view fallback);
};

} // namespace yaddas::core
