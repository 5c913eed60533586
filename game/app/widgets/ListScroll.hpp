#pragma once

#include <SFML/Window/Event.hpp>

#include <cstddef>
#include <optional>
#include <string>

namespace yaddas::app {

/// Moving through a long list of rows that shows `visible` of them from `first`: arrow keys move
/// the focus from row to row and keep it in view, the wheel scrolls one row at a time. The
/// welcome, module map and file picker screens share it.
class ListScroll {
public:
    /// For Up or Down while the focused button's id is `prefix` followed by a row index: the row
    /// to focus next, with `first` moved so it is visible. Empty for any other event.
    static std::optional<std::size_t> arrow(const sf::Event& event, const std::string& focusedId,
                                            const std::string& prefix, std::size_t count,
                                            std::size_t& first, std::size_t visible);
    /// For a wheel event: scrolls `first` by one row within the list and returns true.
    static bool wheel(const sf::Event& event, std::size_t count, std::size_t& first,
                      std::size_t visible);
};

} // namespace yaddas::app
