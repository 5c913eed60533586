#pragma once

#include <app/AssignmentFlow.hpp>
#include <app/Metrics.hpp>
#include <app/Settings.hpp>
#include <app/Theme.hpp>
#include <core/QuizReport.hpp>

#include <core/Diagnostic.hpp>
#include <core/Library.hpp>

#include <SFML/System/Vector2.hpp>

#include <functional>
#include <random>
#include <string>
#include <vector>

namespace sf {
class RenderWindow;
}

namespace yaddas::app {

class Announcer;
class Fonts;
class Learners;

/// Where the learner is going and what the next screen needs to know.
struct Navigation {
    std::string moduleId;                 ///< the module being read or quizzed
    std::vector<std::string> retakeFacts; ///< "retake my mistakes": ask only these facts
    core::QuizReport lastQuiz;            ///< what the results screen shows
    AssignmentFlow assignment;            ///< the teacher's assignment being opened or taken
};

/// What a screen may touch: non-owning references to what the application owns.
struct Context {
    sf::RenderWindow& window;
    const Fonts& fonts;
    const core::Library& library;
    const core::Diagnostics& loadProblems; ///< modules that could not be loaded
    Learners& learners;
    std::mt19937_64& rng;
    Theme& theme;
    Metrics& metrics;
    Settings& settings; ///< the current learner's
    Navigation& nav;
    std::string& notice; ///< a sentence for the learner about a problem (shown in a banner)
    sf::Vector2f& size;  ///< the window's drawable size in pixels (the view follows it)
    /// Applies `settings` (theme, text size, full screen) and saves them for the learner.
    std::function<void()> applySettings;
    /// Closes the window at once, saved or not (the unsaved-answers dialog asks first).
    std::function<void()> quit;
    /// What is read aloud: screens announce verdicts and questions through it.
    Announcer& announcer;

    float width() const { return size.x; }
    float height() const { return size.y; }
};

} // namespace yaddas::app
