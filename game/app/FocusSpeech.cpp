#include <app/FocusSpeech.hpp>

#include <core/I18n.hpp>

#include <vector>

namespace yaddas::app {
namespace {

using core::I18n;

/// Buttons of one kind share the id's stem: "opt.0", "opt.1" … ("opt."); other ids stand alone.
std::string stemOf(const std::string& id) {
    const std::size_t dot = id.rfind('.');
    return dot == std::string::npos ? id : id.substr(0, dot + 1);
}

} // namespace

std::string FocusSpeech::describe(const ButtonGroup& group) {
    const std::string focused = group.focusedId();
    if (focused.empty()) {
        return {};
    }
    const std::string stem = stemOf(focused);
    std::size_t position = 0;
    std::size_t count = 0;
    const ButtonGroup::Button* button = nullptr;
    for (const std::size_t i : group.readingOrder()) {
        const ButtonGroup::Button& b = group.buttons()[i];
        if (stemOf(b.id) != stem || stem == b.id) {
            if (b.id == focused) {
                button = &b;
                position = 1;
                count = 1;
            }
            continue;
        }
        ++count;
        if (b.id == focused) {
            button = &b;
            position = count;
        }
    }
    return button == nullptr ? std::string() : describe(*button, position, count);
}

std::string FocusSpeech::describe(const ButtonGroup::Button& button, std::size_t position,
                                  std::size_t count) {
    std::string label = button.label;
    if (!button.detail.empty()) {
        label += ", " + button.detail;
    }
    std::string out;
    switch (button.kind) {
    case ButtonGroup::Kind::Choice:
    case ButtonGroup::Kind::Hidden:
        out = count > 1 ? I18n::format(I18n::tr("{1}, {2} of {3}"),
                                       {label, std::to_string(position), std::to_string(count)})
                        : label;
        if (button.selected) {
            out = I18n::format(I18n::tr("{1}, selected"), {out});
        }
        break;
    case ButtonGroup::Kind::Field:
        out = I18n::format(I18n::tr("{1}, text field"), {label});
        break;
    default:
        // A button's place among the bar's buttons means nothing to the listener.
        out = I18n::format(I18n::tr("{1}, button"), {label});
        if (button.selected) {
            out = I18n::format(I18n::tr("{1}, selected"), {out});
        }
        break;
    }
    if (!button.enabled) {
        out = I18n::format(I18n::tr("{1}, not available yet"), {out});
    }
    return out;
}

} // namespace yaddas::app
