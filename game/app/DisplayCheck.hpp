#pragma once

#include <string>

namespace yaddas::app {

/// Whether the window can open at all: without a graphical display SFML aborts the process,
/// so the app looks first and explains instead.
class DisplayCheck {
public:
    /// "" when the X display can be opened, else a sentence saying why the window cannot open.
    static std::string problem();
};

} // namespace yaddas::app
