#pragma once

#include <cli/GlobalOptions.hpp>

namespace yaddas::app {

/// The window: loads the lessons, then runs the screens until the learner closes it.
class Application {
public:
    explicit Application(cli::GlobalOptions options);
    /// Returns the process exit code.
    int run();

private:
    cli::GlobalOptions options_;
};

} // namespace yaddas::app
