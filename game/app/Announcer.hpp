#pragma once

#include <app/State.hpp>
#include <app/speech/Speech.hpp>

#include <string>
#include <vector>

namespace yaddas::app {

/// Decides what is said, once per frame: a new screen's title and intro, a banner, what a
/// screen announced (a verdict), and the focus when it moved because of the learner. A new
/// announcement interrupts the one before, as a screen reader does; "read from here" queues a
/// screen's sentences and reports the one being heard back to the screen.
class Announcer {
public:
    explicit Announcer(Speech& speech) : speech_(&speech) {}

    Speech& speech() { return *speech_; }
    bool enabled() const { return speech_->enabled(); }

    /// Before a frame is drawn.
    void beginFrame() { where_.clear(); }
    /// The top bar's "Module › Section", as drawn this frame: the screen's title.
    void setWhere(const std::string& where) { where_ = where; }
    /// A screen's own message (a verdict, a question), said after this frame before the focus.
    void announce(const std::string& text);
    /// The learner pressed a key or clicked: a focus that moves now is said.
    void input() { inputSeen_ = true; }
    /// After the frame is drawn: says what changed.
    void afterFrame(State* top, const std::string& notice);
    /// F3: reads the top screen on from the focus.
    void readFrom(State* top);
    /// Speech was just turned on: the next frame says the screen and the focus again.
    void again() { again_ = true; }
    /// A reading started by readFrom() is still going on.
    bool reading() const;
    /// Stops speaking (Esc during a reading).
    void stop();
    /// The sentence being heard differs from the one the screen was last told about.
    bool tagChanged() const;
    /// `text` without the signs that only mean something on screen ("›", "✓", "·").
    static std::string spoken(const std::string& text);

private:
    void sayAll(const std::vector<std::string>& lines);

    Speech* speech_;
    std::string where_;
    std::vector<std::string> pending_;
    bool inputSeen_ = false;
    bool again_ = true;
    bool reading_ = false;
    const State* lastTop_ = nullptr;
    std::string lastName_;
    std::string lastWhere_;
    std::string lastFocus_;
    std::string lastNotice_;
    std::string lastTag_;
};

} // namespace yaddas::app
