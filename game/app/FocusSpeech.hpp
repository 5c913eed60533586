#pragma once

#include <app/widgets/ButtonGroup.hpp>

#include <string>

namespace yaddas::app {

/// How a control is said when it gets the focus: its label, its role, its state and its place
/// among its kind ("28 April 1920, option 2 of 4, selected"; "Check, button, not available
/// yet"), in the interface's language.
class FocusSpeech {
public:
    /// The focused button of `group`; empty when nothing is focused.
    static std::string describe(const ButtonGroup& group);
    /// `button`, the `position`-th (from 1) of `count` controls of its kind (count 1: no place).
    static std::string describe(const ButtonGroup::Button& button, std::size_t position,
                                std::size_t count);
};

} // namespace yaddas::app
