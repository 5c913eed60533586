#pragma once

#include <app/AssignmentFlow.hpp>
#include <app/State.hpp>
#include <app/widgets/ButtonGroup.hpp>
#include <app/widgets/Chrome.hpp>

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace yaddas::app {

/// The teacher's assignments: each with its due date, questions, pass mark, time limit and the
/// attempts left; "Start" asks where the results go, then opens the quiz under the
/// assignment's rules. "Open assignment file" adds one from anywhere on the computer.
class AssignmentScreen : public State {
public:
    AssignmentScreen(StateStack& stack, Context& context);

    const char* name() const override { return "Assignment"; }
    const ButtonGroup* focusGroup() const override { return &buttons_; }
    void handleEvent(const sf::Event& event) override;
    void draw(Painter& painter) override;
    void relayout() override;
    void resumed() override;

private:
    std::string detailOf(const io::AssignmentRun::Entry& entry) const;
    int attemptsUsed(const io::AssignmentRun::Entry& entry) const;
    /// True when the learner left an attempt of it open in the results folder used last.
    bool canResume(const io::AssignmentRun::Entry& entry) const;
    void start(std::size_t index);
    void openFile();
    /// Opens the chosen assignment's attempt in `folder`: first the class list to pick her name
    /// from, when the assignment has one; then the quiz.
    void begin(const std::filesystem::path& folder);
    /// Begins `pending_` with the class list entry `index` (none: her name is not on it).
    void beginPicked(std::optional<std::size_t> index);
    /// The class list entry to offer first: her pick at an earlier attempt, else the entry
    /// whose name is hers (case and spelling folded), else none.
    std::optional<std::size_t> preselect(const io::AssignmentRun& run,
                                         const std::filesystem::path& folder) const;
    void layoutClassList();
    void handleClassList(const sf::Event& event);
    /// "Your code: 7f3a-9c" (her uid, short): what tells her results file from a classmate's
    /// with the same name.
    std::string whoLine() const;
    /// The learner's uid, or empty without a learner.
    std::string learnerUid() const;

    Chrome chrome_;
    ButtonGroup buttons_;
    std::vector<io::AssignmentRun::Entry> entries_;
    std::size_t chosen_ = 0;
    float listTop_ = 0.f;

    /// The class list is shown while an attempt waits for her to pick her name.
    std::shared_ptr<io::AssignmentRun> pending_;
    std::filesystem::path pendingFolder_;
    std::optional<std::size_t> picked_; ///< the class list entry chosen
    std::size_t first_ = 0;             ///< the first entry in view
    std::size_t visible_ = 1;           ///< entries in view
};

} // namespace yaddas::app
