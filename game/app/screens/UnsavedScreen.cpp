#include <app/screens/UnsavedScreen.hpp>

#include <app/Context.hpp>
#include <app/Fonts.hpp>
#include <app/Learners.hpp>
#include <app/Painter.hpp>
#include <app/StateStack.hpp>
#include <app/widgets/Label.hpp>

#include <core/I18n.hpp>
#include <io/EmergencyCopy.hpp>

#include <spdlog/spdlog.h>

#include <cmath>

namespace yaddas::app {

using core::I18n;

UnsavedScreen::UnsavedScreen(StateStack& stack, Context& context)
    : State(stack, context), chrome_(context) {
    buttons_.focus("retry");
}

std::string UnsavedScreen::statusText() const {
    switch (stage_) {
    case Stage::Ask:
        return {};
    case Stage::StillFailing:
        return I18n::tr("It still could not be saved. If the disk is full, free some space and "
                        "try again, or save a copy somewhere else.");
    case Stage::Copied:
        // TRANSLATORS: {1} is the path of the copy, on a line of its own.
        return I18n::format(I18n::tr("A copy of your progress was saved as:\n{1}\nShow this file "
                                     "to your teacher, who can put it back in its place. You can "
                                     "close Yaddaş now."),
                            {copy_});
    case Stage::CopyFailed:
        // TRANSLATORS: {1} is the system's reason, e.g. “No space left on device”.
        return I18n::format(I18n::tr("A copy could not be saved either ({1}). Please ask your "
                                     "teacher for help before you close Yaddaş."),
                            {copyProblem_});
    case Stage::Confirm:
        // TRANSLATORS: “Yes, quit” is the button of that name: use its translation here.
        return I18n::tr("Are you sure? If Yaddaş closes now, the answers that were not saved are "
                        "lost. Press \u201CYes, quit\u201D to close anyway, or save a copy first.");
    }
    return {};
}

float UnsavedScreen::top() const {
    // The dialog says all the banner says: it takes the banner's place.
    return chrome_.content().top - chrome_.noticeHeight();
}

void UnsavedScreen::relayout() {
    Context& c = context();
    const Metrics& m = c.metrics;
    const Theme& t = c.theme;
    const sf::FloatRect content = chrome_.content();
    TextBlock::Style style{&c.fonts.regular(), &c.fonts.bold(), m.body(), 1.45f, t.ink,
                           t.secondary,        t.tint};
    std::vector<StyledRun> runs;
    const std::string couldNot =
        c.learners.current().empty()
            ? std::string(I18n::tr("Yaddaş could not save your latest answers (the disk may be "
                                   "full, or the folder cannot be written to)."))
            // TRANSLATORS: {1} is the learner's name.
            : I18n::format(I18n::tr("Yaddaş could not save {1}'s latest answers (the disk may be "
                                    "full, or the folder cannot be written to)."),
                           {c.learners.current()});
    runs.push_back({couldNot + " ", RunStyle::Plain, {}});
    if (stage_ != Stage::Copied) { // after a copy, closing loses nothing
        runs.push_back(
            {I18n::tr("They are still here, but they will be lost if Yaddaş closes now."),
             RunStyle::Strong,
             {}});
        runs.push_back({" " + std::string(I18n::tr("Try again once there is space on the disk, or "
                                                   "save a copy somewhere else.")),
                        RunStyle::Plain,
                        {}});
    }
    bodyTop_ = top() + std::round(m.u(64.f));
    body_.layout(runs, style, content.width);
    statusTop_ = bodyTop_ + body_.height() + m.u(16.f);
    status_.layout(statusText(), style, content.width);

    buttons_.clear();
    chrome_.addTopButtons(buttons_, true, false);
    const bool copied = stage_ == Stage::Copied;
    // TRANSLATORS: buttons when the answers could not be saved.
    const std::string primary = copied ? I18n::tr("Close Yaddaş") : I18n::tr("Try again");
    const sf::FloatRect p = chrome_.primaryRect(primary);
    buttons_.add(copied ? "close" : "retry", primary, p, ButtonGroup::Kind::Primary);
    float right = p.left - m.u(10.f);
    if (!copied) {
        const std::string copyLabel = I18n::tr("Save a copy elsewhere");
        const sf::FloatRect q = chrome_.bottomRect(copyLabel, right);
        buttons_.add("copy", copyLabel, q);
        right = q.left - m.u(10.f);
        const std::string quitLabel =
            stage_ == Stage::Confirm ? I18n::tr("Yes, quit") : I18n::tr("Quit anyway");
        buttons_.add(stage_ == Stage::Confirm ? "quit-confirmed" : "quit", quitLabel,
                     chrome_.bottomRect(quitLabel, right));
    }
}

void UnsavedScreen::tryAgain() {
    Context& c = context();
    if (c.learners.retrySave().empty()) {
        c.quit(); // saved: nothing stands in the way any more
        return;
    }
    stage_ = Stage::StillFailing;
    relayout();
}

void UnsavedScreen::saveCopy() {
    Context& c = context();
    auto copy = c.learners.saveCopy(io::EmergencyCopy::defaultFolders());
    if (copy) {
        copy_ = copy.value().string();
        stage_ = Stage::Copied;
        buttons_.focus("close");
    } else {
        copyProblem_ = copy.error().message;
        stage_ = Stage::CopyFailed;
    }
    relayout();
}

void UnsavedScreen::handleEvent(const sf::Event& event) {
    if (event.type == sf::Event::KeyPressed && event.key.code == sf::Keyboard::Escape) {
        pop(); // back to learning; closing the window asks again
        return;
    }
    const std::string id = buttons_.handleEvent(event);
    if (id == "top.back") {
        pop();
    } else if (id == "retry") {
        tryAgain();
    } else if (id == "copy") {
        saveCopy();
    } else if (id == "quit") {
        stage_ = Stage::Confirm;
        relayout();
        buttons_.focus("retry"); // Enter must not confirm by accident
    } else if (id == "quit-confirmed") {
        // Never silently: the log keeps what was given up.
        spdlog::warn("{} chose to quit without saving; their latest answers are lost",
                     context().learners.current());
        context().quit();
    } else if (id == "close") {
        context().quit();
    }
}

void UnsavedScreen::draw(Painter& painter) {
    Context& c = context();
    const Metrics& m = c.metrics;
    const Theme& t = c.theme;
    chrome_.drawTopBar(painter, I18n::tr("Closing Yaddaş"));
    const sf::FloatRect content = chrome_.content();
    sf::Text title =
        fittedText(I18n::tr("Your latest answers are not saved yet"), c.fonts.bold(), m.title(),

                   content.width);
    title.setFillColor(t.ink);
    placeText(title, content.left, top() + m.u(24.f));
    painter.text(title);
    body_.draw(painter, {content.left, bodyTop_});
    status_.draw(painter, {content.left, statusTop_});
    buttons_.draw(painter, c);
}

} // namespace yaddas::app
