#pragma once

#include <app/State.hpp>
#include <app/widgets/ButtonGroup.hpp>
#include <app/widgets/Chrome.hpp>
#include <app/widgets/TextInput.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace yaddas::app {

/// A small file browser: the folders and *.xml files of one folder (or the folders only, when
/// choosing where results go), Up one folder, a typed path, the mouse and the keyboard
/// (arrows, Enter, Backspace or Alt+Up for the folder above, Esc to cancel). What is chosen is
/// left in Navigation::assignment.picked for the screen below.
class FilePickerScreen : public State {
public:
    FilePickerScreen(StateStack& stack, Context& context);

    const char* name() const override { return "FilePicker"; }
    const ButtonGroup* focusGroup() const override { return &buttons_; }
    void handleEvent(const sf::Event& event) override;
    void draw(Painter& painter) override;
    void relayout() override;
    std::string spokenIntro() const override;

private:
    struct Item {
        std::string name;
        bool folder = false;
    };

    bool folderMode() const;
    void enter(const std::filesystem::path& folder);
    void activate(std::size_t index);
    void choose(const std::filesystem::path& path);
    void fromField();

    Chrome chrome_;
    ButtonGroup buttons_;
    TextInput field_{1024};
    std::filesystem::path folder_;
    std::vector<Item> items_;
    std::string problem_; ///< why the folder or the typed path could not be used
    std::size_t firstRow_ = 0;
    std::size_t visibleRows_ = 0;
    float pathTop_ = 0.f;
    float listTop_ = 0.f;
};

} // namespace yaddas::app
