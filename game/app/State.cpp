#include <app/State.hpp>

#include <app/FocusSpeech.hpp>

namespace yaddas::app {

std::string State::spokenFocus() const {
    const ButtonGroup* group = focusGroup();
    return group == nullptr ? std::string() : FocusSpeech::describe(*group);
}

std::vector<SpokenLine> State::readFromFocus() const {
    std::vector<SpokenLine> out;
    if (std::string intro = spokenIntro(); !intro.empty()) {
        out.push_back({std::move(intro), {}});
    }
    if (std::string focus = spokenFocus(); !focus.empty()) {
        out.push_back({std::move(focus), {}});
    }
    return out;
}

} // namespace yaddas::app
