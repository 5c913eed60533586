#include <app/widgets/ButtonGroup.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace yaddas::app;

namespace {

sf::Event key(sf::Keyboard::Key code, bool shift = false) {
    sf::Event e;
    e.type = sf::Event::KeyPressed;
    e.key.code = code;
    e.key.alt = false;
    e.key.control = false;
    e.key.shift = shift;
    e.key.system = false;
    return e;
}

/// The ids Tab visits from nothing focused, once round.
std::vector<std::string> tabOrder(ButtonGroup& group, bool backwards = false) {
    std::vector<std::string> ids;
    group.clearFocus();
    for (std::size_t i = 0; i < group.buttons().size(); ++i) {
        group.handleEvent(key(sf::Keyboard::Tab, backwards));
        ids.push_back(group.focusedId());
    }
    return ids;
}

/// A screen as the screens build it: the top bar right to left, a header line right to left,
/// rows, then the bottom bar with the primary action first, at the right.
ButtonGroup screen() {
    ButtonGroup g;
    g.setBars(56.f, 556.f);
    g.add("top.settings", "Settings", {900, 8, 100, 40}, ButtonGroup::Kind::Quiet);
    g.add("top.back", "Back", {16, 8, 80, 40}, ButtonGroup::Kind::Quiet);
    g.add("open", "Open assignment", {600, 76, 250, 40});
    g.add("take", "Take assignment", {340, 76, 250, 40});
    g.add("row.0", "1.", {150, 200, 700, 60}, ButtonGroup::Kind::Choice);
    g.add("row.1", "2.", {150, 270, 700, 60}, ButtonGroup::Kind::Choice);
    g.add("read", "Read", {750, 574, 120, 48}, ButtonGroup::Kind::Primary);
    g.add("quiz", "Quiz", {620, 574, 120, 48});
    g.add("progress", "My progress", {430, 574, 180, 48});
    return g;
}

} // namespace

TEST_CASE("Tab follows the reading order, whatever order the buttons were added in",
          "[app][buttons]") {
    ButtonGroup g = screen();
    const std::vector<std::string> forward = {"top.back", "top.settings", "take", "open", "row.0",
                                              "row.1",    "progress",     "quiz", "read"};
    CHECK(tabOrder(g) == forward);
    const std::vector<std::string> backward(forward.rbegin(), forward.rend());
    CHECK(tabOrder(g, true) == backward);
}

TEST_CASE("Tab passes over buttons that are no tab stop or disabled", "[app][buttons]") {
    ButtonGroup g = screen();
    g.find("row.0")->tabStop = false;
    g.find("quiz")->enabled = false;
    const std::vector<std::string> expected = {"top.back", "top.settings", "take",
                                               "open",     "row.1",        "progress",
                                               "read",     "top.back",     "top.settings"};
    CHECK(tabOrder(g) == expected);
    // Still reachable otherwise: the arrows of a list focus a row that is no tab stop.
    g.focus("row.0");
    g.handleEvent(key(sf::Keyboard::Tab));
    CHECK(g.focusedId() == "row.1");
}

TEST_CASE("a button with an action runs it instead of reporting its id", "[app][buttons]") {
    ButtonGroup g;
    g.setBars(56.f, 556.f);
    int closed = 0;
    g.add("notice.close", "Close", {800, 64, 120, 40}, ButtonGroup::Kind::Outline).action =
        [&closed] { ++closed; };
    g.add("read", "Read", {750, 574, 120, 48}, ButtonGroup::Kind::Primary);
    g.handleEvent(key(sf::Keyboard::Tab));
    CHECK(g.focusedId() == "notice.close");
    CHECK(g.handleEvent(key(sf::Keyboard::Enter)).empty());
    CHECK(closed == 1);
    g.handleEvent(key(sf::Keyboard::Tab));
    CHECK(g.handleEvent(key(sf::Keyboard::Enter)) == "read");
}
