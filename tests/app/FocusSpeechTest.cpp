#include <app/FocusSpeech.hpp>
#include <app/widgets/ButtonGroup.hpp>

#include <catch2/catch.hpp>

using namespace yaddas::app;

TEST_CASE("a focused option is said with its place and state", "[app][speech]") {
    ButtonGroup group;
    for (int i = 0; i < 4; ++i) {
        group.add("opt." + std::to_string(i), "Answer " + std::to_string(i + 1),
                  {0.f, 100.f + 50.f * static_cast<float>(i), 200.f, 40.f},
                  ButtonGroup::Kind::Choice);
    }
    group.find("opt.1")->selected = true;
    group.focus("opt.1");
    CHECK(FocusSpeech::describe(group) == "Answer 2, 2 of 4, selected");
    group.focus("opt.3");
    CHECK(FocusSpeech::describe(group) == "Answer 4, 4 of 4");
}

TEST_CASE("a button is said with its role, and a disabled one as not available", "[app][speech]") {
    ButtonGroup group;
    auto& check = group.add("check", "Check", {0.f, 0.f, 100.f, 40.f}, ButtonGroup::Kind::Primary);
    check.enabled = false;
    group.add("field", "Your name", {0.f, 50.f, 100.f, 40.f}, ButtonGroup::Kind::Field);
    group.focus("check");
    CHECK(FocusSpeech::describe(group) == "Check, button, not available yet");
    group.focus("field");
    CHECK(FocusSpeech::describe(group) == "Your name, text field");
    group.clearFocus();
    CHECK(FocusSpeech::describe(group).empty());
}
