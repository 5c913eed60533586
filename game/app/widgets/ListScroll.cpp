#include <app/widgets/ListScroll.hpp>

namespace yaddas::app {

std::optional<std::size_t> ListScroll::arrow(const sf::Event& event, const std::string& focusedId,
                                             const std::string& prefix, std::size_t count,
                                             std::size_t& first, std::size_t visible) {
    if (event.type != sf::Event::KeyPressed || focusedId.rfind(prefix, 0) != 0 ||
        (event.key.code != sf::Keyboard::Down && event.key.code != sf::Keyboard::Up)) {
        return std::nullopt;
    }
    std::size_t i = std::stoul(focusedId.substr(prefix.size()));
    if (event.key.code == sf::Keyboard::Down && i + 1 < count) {
        ++i;
    } else if (event.key.code == sf::Keyboard::Up && i > 0) {
        --i;
    }
    if (i < first) {
        first = i;
    } else if (i >= first + visible) {
        first = i + 1 - visible;
    }
    return i;
}

bool ListScroll::wheel(const sf::Event& event, std::size_t count, std::size_t& first,
                       std::size_t visible) {
    if (event.type != sf::Event::MouseWheelScrolled) {
        return false;
    }
    const bool down = event.mouseWheelScroll.delta < 0;
    if (down && first + visible < count) {
        ++first;
    } else if (!down && first > 0) {
        --first;
    }
    return true;
}

} // namespace yaddas::app
