#include <app/State.hpp>

#include <app/FocusSpeech.hpp>

namespace yaddas::app {

std::string State::spokenFocus() const {
    const ButtonGroup* group = focusGroup();
    return group == nullptr ? std::string() : FocusSpeech::describe(*group);
}

std::string State::spokenIntro() const {
    const ButtonGroup* group = focusGroup();
    if (group == nullptr) {
        return {};
    }
    std::string out;
    for (const std::size_t i : group->readingOrder()) {
        const ButtonGroup::Button& b = group->buttons()[i];
        if (b.selected && b.id != group->focusedId() && b.kind == ButtonGroup::Kind::Choice) {
            out += (out.empty() ? "" : ". ") + FocusSpeech::describe(b, 1, 1);
        }
    }
    return out;
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
