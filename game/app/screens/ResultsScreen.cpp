#include <app/screens/ResultsScreen.hpp>

#include <app/Context.hpp>
#include <app/Fonts.hpp>
#include <app/Painter.hpp>
#include <app/StateStack.hpp>
#include <app/widgets/Label.hpp>
#include <core/I18n.hpp>
#include <core/Status.hpp>

#include <algorithm>
#include <cmath>

namespace yaddas::app {
namespace {

using core::I18n;

std::string score(double value) {
    const double rounded = std::round(value * 2.0) / 2.0;
    const auto whole = static_cast<long long>(rounded);
    return std::to_string(whole) + (rounded - static_cast<double>(whole) > 0.25 ? "½" : "");
}

} // namespace

ResultsScreen::ResultsScreen(StateStack& stack, Context& context)
    : State(stack, context), chrome_(context) {}

ResultsScreen::~ResultsScreen() {
    context().nav.assignment.run.reset();
}

const io::AssignmentRun* ResultsScreen::run() const {
    const io::AssignmentRun* a = context().nav.assignment.run.get();
    return a != nullptr && a->finished() ? a : nullptr;
}

void ResultsScreen::relayout() {
    Context& c = context();
    const Metrics& m = c.metrics;
    const Theme& t = c.theme;
    const sf::FloatRect content = chrome_.content();
    const core::QuizReport& r = c.nav.lastQuiz;
    categoriesTop_ = content.top + m.u(80.f) + (run() != nullptr ? m.u(84.f) : 0.f);
    mistakesTop_ = categoriesTop_ + 4.f * m.u(30.f) + m.u(40.f);

    std::vector<StyledRun> runs;
    for (const auto& i : r.items) {
        if (i.outcome == core::Outcome::Right) {
            continue;
        }
        if (!runs.empty()) {
            runs.push_back({"\n\n", RunStyle::Plain, {}});
        }
        runs.push_back({(i.outcome == core::Outcome::Partial ? "\u25D0 " : "\u2715 ") + i.prompt,
                        RunStyle::Strong,
                        {}});
        runs.push_back(
            {"\n" + std::string(I18n::tr("Your answer:")) + " ", RunStyle::Secondary, {}});
        // TRANSLATORS: in place of the learner's answer when none was given.
        runs.push_back(
            {i.given.empty() ? std::string(I18n::tr("(none)")) : i.given, RunStyle::Plain, {}});
        runs.push_back(
            {"\n" + std::string(I18n::tr("The right answer:")) + " ", RunStyle::Secondary, {}});
        runs.push_back({i.correct, RunStyle::Strong, {}});
        if (!i.explanation.empty()) {
            runs.push_back({"\n" + i.explanation, RunStyle::Plain, {}});
        }
    }
    if (runs.empty()) {
        // Praise only what was answered: a quiz left or handed in early is not "no mistakes".
        const io::AssignmentRun* a = run();
        const std::size_t asked = a != nullptr ? a->assignment().count : r.items.size();
        const std::size_t answered = a != nullptr && !a->result().attempts.empty()
                                         ? a->result().attempts.back().answers.size()
                                         : r.items.size();
        std::string line;
        if (answered == 0) {
            line = I18n::tr("No question was answered, so there is nothing to go over.");
        } else if (answered < asked) {
            line = I18n::format(
                I18n::trn("Every answer you gave was right. {1} of {2} question was not answered; "
                          "it counts as not right.",
                          "Every answer you gave was right. {1} of {2} questions were not "
                          "answered; they count as not right.",
                          static_cast<long long>(asked)),
                {std::to_string(asked - answered), std::to_string(asked)});
        } else {
            line = I18n::tr("No mistakes: every answer was right.");
        }
        runs.push_back({line, RunStyle::Plain, {}});
    }
    TextBlock::Style style{&c.fonts.regular(), &c.fonts.bold(), m.body(), 1.45f, t.ink,
                           t.secondary,        t.tint};
    mistakes_.layout(runs, style, content.width);

    buttons_.clear();
    chrome_.addTopButtons(buttons_, true);
    // An assignment's quiz was opened from the assignments screen, and goes back there.
    // TRANSLATORS: buttons; the window tests click them by their English text.
    const std::string back =
        run() != nullptr ? I18n::tr("Back to assignments") : I18n::tr("Back to modules");
    const sf::FloatRect p = chrome_.primaryRect(back);
    buttons_.add("done", back, p, ButtonGroup::Kind::Primary);
    float right = p.left - m.u(10.f);
    const bool anyMistake = std::any_of(r.items.begin(), r.items.end(), [](const auto& i) {
        return i.outcome != core::Outcome::Right;
    });
    if (anyMistake && run() == nullptr) {
        // TRANSLATORS: a button: a new quiz of the questions answered wrongly.
        const std::string retake = I18n::tr("Retake my mistakes");
        const sf::FloatRect q = chrome_.bottomRect(retake, right);
        buttons_.add("retake", retake, q);
        right = q.left - m.u(10.f);
    }
    // TRANSLATORS: a button opening the learner's progress screen.
    const std::string progress = I18n::tr("My progress");
    if (right - content.left > chrome_.buttonWidth(progress)) {
        buttons_.add("progress", progress, chrome_.bottomRect(progress, right));
    }
}

void ResultsScreen::handleEvent(const sf::Event& event) {
    Context& c = context();
    if (event.type == sf::Event::KeyPressed) {
        if (event.key.code == sf::Keyboard::Escape) {
            pop();
            return;
        }
        if (event.key.code == sf::Keyboard::Down && scroll_ + 1 < mistakes_.lineCount()) {
            ++scroll_;
            return;
        }
        if (event.key.code == sf::Keyboard::Up && scroll_ > 0) {
            --scroll_;
            return;
        }
    }
    if (event.type == sf::Event::MouseWheelScrolled) {
        if (event.mouseWheelScroll.delta < 0 && scroll_ + 1 < mistakes_.lineCount()) {
            scroll_ += 1;
        } else if (event.mouseWheelScroll.delta > 0 && scroll_ > 0) {
            scroll_ -= 1;
        }
        return;
    }
    const std::string id = buttons_.handleEvent(event);
    if (id == "done" || id == "top.back") {
        pop();
    } else if (id == "retake") {
        c.nav.retakeFacts.clear();
        for (const auto& i : c.nav.lastQuiz.items) {
            if (i.outcome != core::Outcome::Right) {
                c.nav.retakeFacts.push_back(i.factId);
            }
        }
        pop();
        push(ScreenId::Quiz);
    } else if (id == "progress") {
        pop();
        push(ScreenId::Progress);
    } else if (id == "top.settings") {
        push(ScreenId::Settings);
    }
}

ResultsScreen::Tally ResultsScreen::tally() const {
    const core::QuizReport& r = context().nav.lastQuiz;
    // An assignment's score is its attempt's, over every question it asks (a resumed attempt's
    // earlier answers included, a question never answered counted as not right).
    Tally out;
    out.total = static_cast<int>(r.items.size());
    out.points = r.score();
    if (const io::AssignmentRun* a = run(); a != nullptr && !a->result().attempts.empty()) {
        out.total = static_cast<int>(a->assignment().count);
        out.points = 0.0;
        for (const auto& answer : a->result().attempts.back().answers) {
            out.right += answer.outcome == core::Outcome::Right ? 1 : 0;
            out.partial += answer.outcome == core::Outcome::Partial ? 1 : 0;
            out.points += answer.score;
        }
    } else {
        for (const auto& i : r.items) {
            out.right += i.outcome == core::Outcome::Right ? 1 : 0;
            out.partial += i.outcome == core::Outcome::Partial ? 1 : 0;
        }
    }
    out.wrong = out.total - out.right - out.partial;
    return out;
}

std::string ResultsScreen::passLine(const io::AssignmentRun& run) const {
    const core::Assignment& assignment = run.assignment();
    const auto& attempts = run.result().attempts;
    const double got = attempts.empty() ? 0.0 : run.result().scoreOf(attempts.back());
    const int percent = static_cast<int>(std::round(got * 100.0));
    return I18n::format(assignment.passes(got)
                            ? I18n::tr("Pass mark {1} %. Your score: {2} %: the pass mark is "
                                       "reached.")
                            : I18n::tr("Pass mark {1} %. Your score: {2} %: below the pass mark."),
                        {std::to_string(assignment.passMark), std::to_string(percent)}) +
           (!attempts.empty() && attempts.back().answers.size() < assignment.count
                ? " " + I18n::format(I18n::tr("Answered: {1} of {2}."),
                                     {std::to_string(attempts.back().answers.size()),
                                      std::to_string(assignment.count)})
                : std::string());
}

std::string ResultsScreen::spokenIntro() const {
    const Tally t = tally();
    std::string out =
        // TRANSLATORS: read aloud; the screen shows "Your score: {1} of {2}".
        I18n::format(I18n::tr("Your score: {1} of {2}."),
                     {score(t.points), std::to_string(t.total)}) +
        " " +
        I18n::format(I18n::tr("{1} right, {2} partly right, {3} not right."),
                     {std::to_string(t.right), std::to_string(t.partial), std::to_string(t.wrong)});
    if (const io::AssignmentRun* a = run()) {
        out += " " + passLine(*a);
    }
    const core::QuizReport& r = context().nav.lastQuiz;
    for (std::size_t k = 0; k < 4; ++k) {
        const auto [got, asked] = r.scoreOf(static_cast<core::Category>(k));
        if (asked > 0) {
            out += std::string(" ") + core::displayName(static_cast<core::Category>(k)) + ": " +
                   I18n::format(I18n::tr("{1} of {2}"), {score(got), std::to_string(asked)}) + ".";
        }
    }
    return out;
}

void ResultsScreen::draw(Painter& painter) {
    Context& c = context();
    const Metrics& m = c.metrics;
    const Theme& t = c.theme;
    const sf::FloatRect content = chrome_.content();
    const core::QuizReport& r = c.nav.lastQuiz;
    // TRANSLATORS: the top bar after a quiz: the module's title, then this screen's name.
    chrome_.drawTopBar(painter, r.moduleTitle + " \u203A " + I18n::tr("Results"));
    chrome_.drawNotice(painter);

    const auto [right, partial, wrong, total, points] = tally();
    sf::Text title = fittedText(
        I18n::format(I18n::tr("Your score: {1} of {2}"), {score(points), std::to_string(total)}),
        c.fonts.bold(), m.title(), content.width);
    title.setFillColor(t.ink);
    placeText(title, content.left, content.top + m.u(18.f));
    painter.text(title);
    sf::Text detail = fittedText(
        I18n::format(I18n::tr("\u2713 {1} right · \u25D0 {2} partly right · \u2715 {3} not right"),
                     {std::to_string(right), std::to_string(partial), std::to_string(wrong)}),
        c.fonts.regular(), m.body(), content.width);
    detail.setFillColor(t.secondary);
    placeText(detail, content.left, content.top + m.u(54.f));
    painter.text(detail);

    if (const io::AssignmentRun* a = run()) {
        const std::string pass = passLine(*a);
        sf::Text passText = fittedText(pass, c.fonts.regular(), m.body(), content.width);
        passText.setFillColor(t.ink);
        placeText(passText, content.left, content.top + m.u(88.f));
        painter.text(passText);
        // The file name, then its folder on a line of its own: a long path is cut at its end,
        // never the name.
        const std::string where =
            a->written().empty()
                ? std::string(I18n::tr(
                      "Your results could not be written: show this screen to your teacher."))
                : I18n::format(I18n::tr("Your results were written to the file {1}, in this "
                                        "folder:"),
                               {a->written().filename().string()});
        sf::Text whereText = fittedText(where, c.fonts.regular(), m.caption(), content.width);
        whereText.setFillColor(t.secondary);
        placeText(whereText, content.left, content.top + m.u(116.f));
        painter.text(whereText);
        if (!a->written().empty()) {
            sf::Text folder = fittedText(a->written().parent_path().string(), c.fonts.regular(),
                                         m.caption(), content.width);
            folder.setFillColor(t.secondary);
            placeText(folder, content.left, content.top + m.u(138.f));
            painter.text(folder);
        }
    }

    // Per category: a plain bar and the numbers.
    const float labelW = m.u(110.f);
    const float numW = m.u(90.f);
    const float barW = std::max(20.f, content.width - labelW - numW - m.u(20.f));
    for (std::size_t k = 0; k < 4; ++k) {
        const auto [got, asked] = r.scoreOf(static_cast<core::Category>(k));
        const float y = categoriesTop_ + static_cast<float>(k) * m.u(30.f);
        sf::Text name = fittedText(core::displayName(static_cast<core::Category>(k)),
                                   c.fonts.regular(), m.body(), labelW);
        name.setFillColor(t.ink);
        placeText(name, content.left, y + m.u(12.f));
        painter.text(name);
        const float h = m.u(12.f);
        painter.rect({content.left + labelW, y + m.u(6.f), barW, h}, t.panel, t.rule,
                     std::max(1.f, m.u(1.f)));
        if (asked > 0) {
            painter.rect(
                {content.left + labelW, y + m.u(6.f), barW * static_cast<float>(got / asked), h},
                t.accent);
        }
        sf::Text num = fittedText(
            asked > 0 ? I18n::format(I18n::tr("{1} of {2}"), {score(got), std::to_string(asked)})
                      : std::string(I18n::tr("not asked")),
            c.fonts.regular(), m.caption(), numW);
        num.setFillColor(t.secondary);
        placeText(num, content.left + content.width - num.getLocalBounds().width, y + m.u(12.f));
        painter.text(num);
    }

    sf::Text head = fittedText(I18n::tr("Mistakes, with the right answers"), c.fonts.bold(),
                               m.heading(), content.width);

    head.setFillColor(t.ink);
    placeText(head, content.left, mistakesTop_ - m.u(18.f));
    painter.text(head);
    chrome_.drawScrolled(painter, mistakes_, {content.left, mistakesTop_ + m.u(8.f)}, scroll_,
                         buttons_);
    buttons_.draw(painter, c);
}

} // namespace yaddas::app
