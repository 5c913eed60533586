#pragma once

#include <app/Context.hpp>
#include <app/Learners.hpp>
#include <app/StateStack.hpp>
#include <app/Theme.hpp>

#include <core/Library.hpp>

#include <SFML/Graphics/RenderWindow.hpp>

#include <filesystem>
#include <functional>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

namespace yaddas::app {

/// `yaddas --benchmark`: how long the start takes (the steps marked as they end, from exec to
/// the first frame), how long frames take, and the memory the process holds.
class Benchmark {
public:
    /// Off, it notes nothing. On, it notes the shared objects mapped now, before the graphics
    /// driver loads, to tell the driver's memory from the rest.
    explicit Benchmark(bool on);

    /// Notes when a start-up step ended (from either thread).
    void mark(const char* what);

    /// What the window lends a run.
    struct Window {
        sf::RenderWindow& window;
        StateStack& stack;
        Navigation& nav;
        const core::Library& library;
        Learners& learners;
        const Theme& theme;
        const sf::Vector2f& size;
        std::function<void()> render;
        std::function<void()> openLearner; ///< the learner's settings applied, their module map
    };

    /// Measures, printing to standard output; the process exit code. `learner` is the name
    /// given with --learner: a learner with many answers is written for it once.
    int run(const Window& w, const std::filesystem::path& dataDir, const std::string& learner);

    /// Writes a learner "Benchmark" with `answers` answers over the library's real facts, as a
    /// long-time learner would have after months of use; "" or why it could not.
    static std::string prepareLearner(const core::Library& library,
                                      const std::filesystem::path& dataDir, int answers);

private:
    bool on_;
    std::mutex marksMutex_;
    std::vector<std::pair<std::string, long long>> marks_;
    std::vector<std::string> linkedObjects_; ///< shared objects mapped at start-up
};

} // namespace yaddas::app
