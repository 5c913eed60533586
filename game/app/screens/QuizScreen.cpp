#include <app/screens/QuizScreen.hpp>

#include <app/Announcer.hpp>
#include <app/Context.hpp>
#include <app/Fonts.hpp>
#include <app/Learners.hpp>
#include <app/Painter.hpp>
#include <app/QuestionSources.hpp>
#include <app/StateStack.hpp>
#include <app/widgets/Label.hpp>

#include <core/AssignmentResult.hpp>
#include <core/Grader.hpp>
#include <core/I18n.hpp>
#include <core/QuizGenerator.hpp>
#include <core/Status.hpp>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cmath>

namespace yaddas::app {
namespace {

using core::I18n;

bool exclusive(core::QuestionKind k) {
    return k == core::QuestionKind::SingleChoice || k == core::QuestionKind::TrueFalse ||
           k == core::QuestionKind::FillBlank;
}

} // namespace

QuizScreen::QuizScreen(StateStack& stack, Context& context)
    : State(stack, context), chrome_(context) {
    const core::QuizGenerator generator(context.library);
    const std::uint64_t seed = context.rng();
    const core::Module* module = context.library.find(context.nav.moduleId);
    Learners& learners = context.learners;
    core::QuizSession::Clock clock = [&learners] { return learners.now(); };
    io::AssignmentRun* a = context.nav.assignment.run.get();
    if (a != nullptr && a->started() && !a->finished()) {
        // The assignment decides the questions: the same learner always gets the same ones, and
        // a resumed attempt goes on where it was left.
        session_ = std::make_unique<core::QuizSession>(
            a->assignment().quizFor(context.library, a->learnerId()), a->assignment().title,
            learners, *a, clock, a->answeredIds());
        if (a->resumed()) {
            context.notice = I18n::format(
                I18n::tr("Welcome back: you go on at question {1} of "
                         "{2}. Your earlier answers are kept."),
                {std::to_string(session_->index() + 1), std::to_string(session_->size())});
        }
    } else {
        const bool retake = !context.nav.retakeFacts.empty();
        const core::QuizSpec spec = retake
                                        ? core::QuizSpec::retakeMistakes(seed)
                                        : core::QuizSpec::afterModule(context.nav.moduleId, seed);
        core::LearnerView view = learners.view();
        if (retake) {
            view.wrongLastTime = context.nav.retakeFacts;
        }
        session_ = std::make_unique<core::QuizSession>(
            generator.generate(spec, view, context.rng),
            // TRANSLATORS: the title of a quiz of the questions answered wrongly.
            retake ? std::string(I18n::tr("Retake my mistakes"))
                   // TRANSLATORS: the title of a quiz whose module is no longer installed.
                   : (module ? module->title : std::string(I18n::tr("Quiz"))),
            retake ? "mistakes" : "module", retake ? std::string() : context.nav.moduleId, learners,
            clock);
    }
    context.nav.lastQuiz = session_->report();
    field_.placeholder = I18n::tr("Type your answer");
    startQuestion();
}

bool QuizScreen::ticking() const {
    return !ended_ && session_->secondsLeft().has_value();
}

bool QuizScreen::timeUp() {
    if (ended_ || !session_->timeUp()) {
        return false;
    }
    context().notice = I18n::tr("The time for this assignment is over: the attempt has ended, "
                                "and every answer you gave is kept.");
    finish();
    return true;
}

const core::Question* QuizScreen::question() const {
    return session_->current();
}

void QuizScreen::startQuestion() {
    picked_ = -1;
    dragFrom_ = -1;
    feedbackScroll_ = 0;
    more_ = false;
    touched_ = false;
    feedbackDragY_ = -1.f;
    field_.clear();
    buttons_.clearFocus();
    const core::Question* q = question();
    if (q == nullptr) {
        return;
    }
    chosen_.assign(q->options.size(), false);
    order_.clear();
    for (std::size_t i = 0; i < q->options.size(); ++i) {
        order_.push_back(i);
    }
    matches_.assign(q->options.size(), core::Answer::none);
    if (core::isTyped(q->kind)) {
        buttons_.focus("field");
    }
    // The question, then its options: the arrows (or any key) cut them short.
    context().announcer.announce(spokenQuestion());
    for (const std::string& option : spokenOptions()) {
        context().announcer.announce(option);
    }
}

std::string QuizScreen::spokenQuestion() const {
    const core::Question* q = question();
    if (q == nullptr) {
        return {};
    }
    // TRANSLATORS: read aloud; the screen shows "Question {1} of {2}".
    std::string out =
        I18n::format(I18n::tr("Question {1} of {2}."),
                     {std::to_string(session_->index() + 1), std::to_string(session_->size())}) +
        " " + q->prompt;
    switch (q->kind) {
    case core::QuestionKind::MultipleAnswer:
        out += " " + std::string(I18n::tr("Choose every right answer.")) + " " +
               I18n::tr("The arrows go through the options, Space chooses, Enter checks.");
        break;
    case core::QuestionKind::Timeline:
        out += " " +
               std::string(I18n::tr("Put them in order, earliest at the top: drag, or Space "
                                    "to pick up, arrows to move, Space to drop.")) +
               " " + I18n::tr("Enter checks.");
        break;
    case core::QuestionKind::Matching:
        out += " " +
               std::string(I18n::tr("Match each item on the left with one on the right: drag, or "
                                    "Space on an item, arrows to a match, Space to drop.")) +
               " " + I18n::tr("Enter checks.");
        break;
    default:
        out += " " + std::string(core::isTyped(q->kind)
                                     ? I18n::tr("Type your answer, then press Enter.")
                                     : I18n::tr("The arrows go through the options, Space "
                                                "chooses, Enter checks."));
        break;
    }
    return out;
}

std::string QuizScreen::spokenVerdict() const {
    const core::Question* q = question();
    if (q == nullptr || !session_->answered()) {
        return {};
    }
    const core::Grade& grade = session_->grade();
    std::string out;
    switch (grade.outcome) {
    case core::Outcome::Right:
        // TRANSLATORS: the verdict on an answer, read aloud.
        out = I18n::tr("Right.");
        break;
    case core::Outcome::Partial:
        out = I18n::tr("Partly right.");
        break;
    case core::Outcome::Wrong:
        out = I18n::tr("Not right.");
        break;
    }
    if (!grade.feedback.empty()) {
        out += " " + grade.feedback + ".";
    }
    std::string right = grade.rightAnswer.empty() ? q->rightAnswer : grade.rightAnswer;
    if (q->kind == core::QuestionKind::TrueFalse && q->key.correctOptions.size() == 1 &&
        q->key.correctOptions.front() < q->options.size()) {
        right = q->options[q->key.correctOptions.front()];
    }
    out += " " + std::string(I18n::tr("The right answer:")) + " " + right + ".";
    if (grade.outcome != core::Outcome::Right) {
        const std::string given = givenText();
        out += " " + std::string(I18n::tr("Your answer:")) + " " +
               (given.empty() ? std::string(I18n::tr("(none)")) : given) + ".";
    }
    if (!q->explanation.empty()) {
        out += " " + q->explanation;
    }
    return out;
}

std::string QuizScreen::spokenFocus() const {
    const core::Question* q = question();
    const std::string focused = buttons_.focusedId();
    const auto row =
        std::find_if(rows_.begin(), rows_.end(), [&](const Row& r) { return r.id == focused; });
    if (focused == "field" && !leaving_ && !field_.utf8().empty()) {
        return State::spokenFocus() + ", " + field_.utf8(); // what was typed, as it is typed
    }
    if (leaving_ || q == nullptr || row == rows_.end()) {
        return State::spokenFocus();
    }
    if (q->kind == core::QuestionKind::Timeline) {
        const std::size_t k = std::stoul(focused.substr(3));
        std::string out = I18n::format(
            I18n::tr("{1}, place {2} of {3}"),
            {q->options[order_[k]], std::to_string(k + 1), std::to_string(order_.size())});
        if (picked_ == static_cast<int>(k)) {
            out =
                I18n::format(I18n::tr("{1}, picked up: the arrows move it, Space drops it"), {out});
        }
        return out;
    }
    if (q->kind == core::QuestionKind::Matching) {
        if (row->target) {
            return I18n::format(I18n::tr("{1}, match {2} of {3}"),
                                {q->targets[row->index], std::to_string(row->index + 1),
                                 std::to_string(q->targets.size())});
        }
        const std::size_t i = row->index;
        std::string out =
            I18n::format(I18n::tr("{1}, item {2} of {3}"),
                         {q->options[i], std::to_string(i + 1), std::to_string(q->options.size())});
        out += matches_[i] < q->targets.size()
                   ? I18n::format(I18n::tr(", matched with {1}"), {q->targets[matches_[i]]})
                   : std::string(I18n::tr(", not matched yet"));
        return out;
    }
    std::string out = I18n::format(I18n::tr("{1}, option {2} of {3}"),
                                   {q->options[row->index], std::to_string(row->index + 1),
                                    std::to_string(q->options.size())});
    if (row->index < chosen_.size() && chosen_[row->index]) {
        out = I18n::format(I18n::tr("{1}, selected"), {out});
    }
    return out;
}

std::vector<std::string> QuizScreen::spokenOptions() const {
    const core::Question* q = question();
    std::vector<std::string> out;
    if (q == nullptr) {
        return out;
    }
    if (q->kind == core::QuestionKind::Timeline) {
        for (std::size_t k = 0; k < order_.size(); ++k) {
            out.push_back(std::to_string(k + 1) + ". " + q->options[order_[k]]);
        }
    } else if (!core::isTyped(q->kind)) {
        for (std::size_t i = 0; i < q->options.size(); ++i) {
            out.push_back(std::to_string(i + 1) + ". " + q->options[i]);
        }
        for (std::size_t j = 0; j < q->targets.size(); ++j) {
            out.push_back(I18n::format(I18n::tr("match {1} of {2}"),
                                       {std::to_string(j + 1), std::to_string(q->targets.size())}) +
                          ": " + q->targets[j]);
        }
    }
    return out;
}

std::vector<SpokenLine> QuizScreen::readFromFocus() const {
    const core::Question* q = question();
    if (q == nullptr) {
        return State::readFromFocus();
    }
    if (session_->answered()) {
        return {{spokenVerdict(), {}}, {State::spokenFocus(), {}}};
    }
    std::vector<SpokenLine> out{{spokenQuestion(), {}}};
    for (std::string& option : spokenOptions()) {
        out.push_back({std::move(option), {}});
    }
    if (std::string focus = spokenFocus(); !focus.empty()) {
        out.push_back({std::move(focus), {}});
    }
    return out;
}

bool QuizScreen::canSubmit() const {
    const core::Question* q = question();
    if (q == nullptr || session_->answered()) {
        return false;
    }
    if (core::isTyped(q->kind)) {
        return !field_.utf8().empty();
    }
    switch (q->kind) {
    case core::QuestionKind::Timeline:
        return touched_; // the learner has put them in an order of their own
    case core::QuestionKind::Matching:
        return std::any_of(matches_.begin(), matches_.end(),
                           [](std::size_t m) { return m != core::Answer::none; });
    default:
        return std::find(chosen_.begin(), chosen_.end(), true) != chosen_.end();
    }
}

core::Answer QuizScreen::answer() const {
    const core::Question* q = question();
    if (core::isTyped(q->kind)) {
        return core::Answer::typed(field_.utf8());
    }
    if (q->kind == core::QuestionKind::Timeline) {
        return core::Answer::ordered(order_);
    }
    if (q->kind == core::QuestionKind::Matching) {
        return core::Answer::matched(matches_);
    }
    std::vector<std::size_t> picked;
    for (std::size_t i = 0; i < chosen_.size(); ++i) {
        if (chosen_[i]) {
            picked.push_back(i);
        }
    }
    return core::Answer::choices(picked);
}

std::string QuizScreen::givenText() const {
    const core::Question* q = question();
    std::string out;
    if (core::isTyped(q->kind)) {
        return field_.utf8();
    }
    if (q->kind == core::QuestionKind::Timeline) {
        for (std::size_t i : order_) {
            out += (out.empty() ? "" : " \u2192 ") + q->options[i];
        }
        return out;
    }
    if (q->kind == core::QuestionKind::Matching) {
        for (std::size_t i = 0; i < q->options.size(); ++i) {
            out += (out.empty() ? "" : "; ") + q->options[i] + ": " +
                   (matches_[i] < q->targets.size() ? q->targets[matches_[i]] : "—");
        }
        return out;
    }
    for (std::size_t i = 0; i < chosen_.size(); ++i) {
        if (chosen_[i]) {
            out += (out.empty() ? "" : "; ") + q->options[i];
        }
    }
    return out;
}

void QuizScreen::submit() {
    if (!canSubmit()) {
        return;
    }
    Context& c = context();
    session_->submit(answer(), givenText());
    if (!session_->problem().empty()) {
        c.notice = session_->problem(); // the answer stays in memory; the next save tries again
    }
    c.nav.lastQuiz = session_->report();
    picked_ = -1;
    if (timeUp()) {
        return;
    }
    buttons_.focus("primary");
    relayout();
    c.announcer.announce(spokenVerdict());
}

void QuizScreen::next() {
    session_->next();
    if (session_->over()) {
        finish();
        return;
    }
    startQuestion();
    relayout();
}

void QuizScreen::finish() {
    Context& c = context();
    if (ended_) {
        return;
    }
    ended_ = true;
    session_->handIn(); // after the last question, or the time up: the session is over already
    if (!session_->problem().empty()) {
        c.notice = session_->problem();
    }
    c.nav.lastQuiz = session_->report();
    pop();
    push(ScreenId::Results);
}

void QuizScreen::requestLeave() {
    if (!session_->isAssignment() || session_->over()) {
        session_->leave();
        pop();
        return;
    }
    leaving_ = true;
    relayout();
    leaveButtons_.focus("leave.continue");
}

void QuizScreen::answerLeave(const std::string& id) {
    Context& c = context();
    if (id == "leave.continue") {
        leaving_ = false;
        relayout();
    } else if (id == "leave.save") {
        leaving_ = false;
        session_->leave();
        c.notice = session_->problem().empty()
                       ? std::string(I18n::tr("Your answers are kept. You can go on with this "
                                              "assignment from Assignments while its time lasts."))
                       : session_->problem();
        ended_ = true;
        pop();
    } else if (id == "leave.handin") {
        leaving_ = false;
        finish();
    }
}

void QuizScreen::layoutRows(unsigned size) {
    Context& c = context();
    const Metrics& m = c.metrics;
    const Theme& t = c.theme;
    const sf::FloatRect content = answers_;
    rows_.clear();
    const core::Question* q = question();
    if (q == nullptr || session_->answered() || core::isTyped(q->kind)) {
        return;
    }
    TextBlock::Style style{&c.fonts.regular(), &c.fonts.bold(), size, 1.35f, t.ink,
                           t.secondary,        t.tint};
    const float gap = std::round(m.u(8.f));
    float y = rowsTop_;
    const float gripWidth = std::round(m.u(52.f));
    auto addRow = [&](std::string id, const std::vector<StyledRun>& runs, float x, float w,
                      float top, std::size_t index, bool target, float indent = 0.f) {
        Row row;
        row.id = std::move(id);
        row.index = index;
        row.target = target;
        row.indent = indent;
        row.block.layout(runs, style, w - 2 * pad_ - m.u(30.f) - indent);
        row.rect = {x, top, w, row.block.height() + 2 * pad_ * 0.6f};
        rows_.push_back(std::move(row));
        return rows_.back().rect.height;
    };
    if (q->kind == core::QuestionKind::Timeline) {
        for (std::size_t k = 0; k < order_.size(); ++k) {
            // Room on the left for a grip and the row's position (drawn by drawRow).
            const std::string label = q->options[order_[k]];
            y += addRow("ev." + std::to_string(k), {{label, RunStyle::Plain, {}}}, content.left,
                        content.width, y, order_[k], false, gripWidth) +
                 gap;
        }
    } else if (q->kind == core::QuestionKind::Matching) {
        const float colW = std::floor((content.width - m.u(24.f)) / 2.f);
        float yl = y;
        for (std::size_t i = 0; i < q->options.size(); ++i) {
            const std::string target =
                matches_[i] < q->targets.size() ? "\u2192 " + q->targets[matches_[i]] : "\u2192 …";
            yl += addRow("item." + std::to_string(i),
                         {{q->options[i], RunStyle::Strong, {}},
                          {"\n" + target, RunStyle::Secondary, {}}},
                         content.left, colW, yl, i, false) +
                  gap;
        }
        float yr = y;
        for (std::size_t j = 0; j < q->targets.size(); ++j) {
            // A target already matched says to which item: taken, not free.
            std::vector<StyledRun> runs{{q->targets[j], RunStyle::Plain, {}}};
            const auto owner = std::find(matches_.begin(), matches_.end(), j);
            if (owner != matches_.end()) {
                // TRANSLATORS: under a target already matched: {1} is the item it is matched with.
                runs.push_back(
                    {"\n" + I18n::format(
                                I18n::tr("\u2713 matched with {1}"),
                                {q->options[static_cast<std::size_t>(owner - matches_.begin())]}),
                     RunStyle::Secondary,
                     {}});
            }
            yr += addRow("tgt." + std::to_string(j), runs, content.left + colW + m.u(24.f), colW,
                         yr, j, true) +
                  gap;
        }
    } else {
        for (std::size_t i = 0; i < q->options.size(); ++i) {
            y += addRow("opt." + std::to_string(i),
                        {{std::to_string(i + 1) + "   ", RunStyle::Secondary, {}},
                         {q->options[i], RunStyle::Plain, {}}},
                        content.left, content.width, y, i, false) +
                 gap;
        }
    }
}

void QuizScreen::layoutFeedback() {
    Context& c = context();
    const Metrics& m = c.metrics;
    const Theme& t = c.theme;
    const core::Question* q = question();
    answer_ = TextBlock();
    feedback_ = TextBlock();
    if (q == nullptr || !session_->answered()) {
        return;
    }
    const QuestionSources sources = QuestionSources::of(c.library, *q);
    const core::Grade& grade = session_->grade();
    // The right answer once, large; then the learner's own answer when it was not right, one or
    // two sentences of explanation and the citation on one line. "More" adds what other sources
    // say and the words of the source text the fact quotes.
    // A true/false question's answer is the word; what makes it so is the explanation's.
    std::string right = grade.rightAnswer.empty() ? q->rightAnswer : grade.rightAnswer;
    if (q->kind == core::QuestionKind::TrueFalse && q->key.correctOptions.size() == 1 &&
        q->key.correctOptions.front() < q->options.size()) {
        right = q->options[q->key.correctOptions.front()];
    }
    TextBlock::Style large{&c.fonts.regular(), &c.fonts.bold(), m.heading(), 1.3f, t.ink,
                           t.secondary,        t.tint};
    answer_.layout({{std::string(I18n::tr("The right answer:")) + " ", RunStyle::Secondary, {}},
                    {right, RunStyle::Strong, {}}},
                   large, answers_.width);
    std::vector<StyledRun> runs;
    const std::string given = givenText();
    if (grade.outcome != core::Outcome::Right) {
        runs.push_back({std::string(I18n::tr("Your answer:")) + " ", RunStyle::Secondary, {}});
        runs.push_back(
            {given.empty() ? std::string(I18n::tr("(none)")) : given, RunStyle::Plain, {}});
        runs.push_back({"\n", RunStyle::Plain, {}});
    }
    if (!q->explanation.empty()) {
        runs.push_back({q->explanation + "\n", RunStyle::Plain, {}});
    }
    if (!sources.line.empty()) {
        runs.push_back({sources.line, RunStyle::Secondary, {}});
    }
    const bool hasContext =
        !q->context.empty() && q->explanation.find(q->context) == std::string::npos;
    hasMore_ = hasContext || !sources.quotes.empty();
    if (more_ && hasContext) {
        const std::string from =
            !q->contextSource.empty() ? q->contextSource : sources.contextSource;
        runs.push_back(
            {"\n\n" + std::string(I18n::tr("What sources say:")) + " ", RunStyle::Strong, {}});
        runs.push_back({q->context + (from.empty() ? "" : " (" + from + ")"), RunStyle::Plain, {}});
    }
    if (more_) {
        for (const std::string& quote : sources.quotes) {
            runs.push_back({"\n" + quote, RunStyle::Secondary, {}});
        }
    }
    // The body size when it all fits, else the caption size; the wheel, the arrows or a drag
    // scroll what still does not fit.
    const float room = feedbackRoom();
    for (unsigned size : {m.body(), m.caption()}) {
        TextBlock::Style style{&c.fonts.regular(), &c.fonts.bold(), size, 1.45f, t.ink,
                               t.secondary,        t.tint};
        feedback_.layout(runs, style, answers_.width);
        if (feedback_.height() <= room) {
            break;
        }
    }
    feedbackScroll_ =
        std::min(feedbackScroll_, feedback_.lineCount() > 0 ? feedback_.lineCount() - 1 : 0);
}

float QuizScreen::feedbackTop() const {
    return rowsTop_ + context().metrics.u(44.f) + answer_.height() + context().metrics.u(10.f);
}

float QuizScreen::feedbackRoom() const {
    return answers_.top + answers_.height - feedbackTop();
}

void QuizScreen::scrollFeedback(int lines) {
    const std::size_t fit = static_cast<std::size_t>(
        std::max(1.f, std::floor(feedbackRoom() / std::max(1.f, feedback_.lineHeight()))));
    const std::size_t most = feedback_.lineCount() > fit ? feedback_.lineCount() - fit : 0;
    const long next = static_cast<long>(feedbackScroll_) + lines;
    feedbackScroll_ = static_cast<std::size_t>(std::clamp(next, 0L, static_cast<long>(most)));
}

void QuizScreen::relayout() {
    Context& c = context();
    const Metrics& m = c.metrics;
    const Theme& t = c.theme;
    const sf::FloatRect content = chrome_.content();
    pad_ = std::round(m.u(14.f));
    const core::Question* q = question();
    // From about 1600 px wide, two columns: the question and its place in the quiz on the left,
    // the answers and the feedback on the right; below that, one column.
    wide_ = c.width() >= m.u(1600.f);
    if (wide_) {
        const float total = std::min(c.width() - 2.f * m.u(64.f), m.u(1440.f));
        const float gap = std::round(m.u(56.f));
        const float left = std::round((c.width() - total) / 2.f);
        const float askW = std::floor((total - gap) * 0.42f);
        ask_ = {left, content.top, askW, content.height};
        answers_ = {left + askW + gap, content.top, total - askW - gap, content.height};
    } else {
        ask_ = content;
        answers_ = content;
    }
    promptTop_ = content.top + m.u(30.f);
    header_ = TextBlock();
    if (q != nullptr) {
        // Which question, its category, and who states the fact when it is not confirmed;
        // wrapped rather than cut when the attribution is long.
        std::string head =
            I18n::format(I18n::tr("Question {1} of {2}"), {std::to_string(session_->index() + 1),
                                                           std::to_string(session_->size())}) +
            " · " + core::displayName(q->category);
        if (const std::string stated = QuestionSources::statedBy(c.library, *q); !stated.empty()) {
            head += " · " + stated;
        }
        TextBlock::Style caption{&c.fonts.regular(), &c.fonts.bold(), m.caption(), 1.3f,
                                 t.secondary,        t.secondary,     t.tint};
        header_.layout(head, caption, ask_.width);
        promptTop_ = content.top + std::max(m.u(30.f), header_.height() + m.u(8.f));
    }
    if (q != nullptr) {
        // The question reads larger than its options.
        TextBlock::Style style{&c.fonts.regular(), &c.fonts.bold(), m.heading(), 1.35f, t.ink,
                               t.secondary,        t.tint};
        std::string hint;
        switch (q->kind) {
        case core::QuestionKind::MultipleAnswer:
            hint = I18n::tr("Choose every right answer.");
            break;
        case core::QuestionKind::Timeline:
            hint = I18n::tr("Put them in order, earliest at the top: drag, or Space to pick up, "
                            "arrows to move, Space to drop.");
            break;
        case core::QuestionKind::Matching:
            hint = I18n::tr("Match each item on the left with one on the right: drag, or Space on "
                            "an item, arrows to a match, Space to drop.");
            break;
        default:
            break;
        }
        prompt_.layout({{q->prompt, RunStyle::Strong, {}}}, style, ask_.width);
        hint_ = TextBlock();
        if (!hint.empty() && !session_->answered()) {
            TextBlock::Style small{&c.fonts.regular(), &c.fonts.bold(), m.body(), 1.4f, t.ink,
                                   t.secondary,        t.tint};
            hint_.layout({{hint, RunStyle::Secondary, {}}}, small, ask_.width);
        }
    }
    const float askBottom =
        promptTop_ + prompt_.height() + (hint_.height() > 0.f ? m.u(8.f) + hint_.height() : 0.f);
    rowsTop_ = wide_ ? promptTop_ : askBottom + m.u(16.f);
    // Long options on a small window: a smaller size before anything leaves the screen.
    for (unsigned size : {m.body(), m.caption(), m.px(14.f)}) {
        layoutRows(size);
        float bottom = 0.f;
        for (const Row& r : rows_) {
            bottom = std::max(bottom, r.rect.top + r.rect.height);
        }
        if (bottom <= content.top + content.height) {
            break;
        }
    }
    layoutFeedback();

    buttons_.clear(); // keeps the focus on the control with the same id
    chrome_.addTopButtons(buttons_, true);
    for (const Row& r : rows_) {
        buttons_.add(r.id, "", r.rect, ButtonGroup::Kind::Hidden);
    }
    if (q != nullptr && core::isTyped(q->kind) && !session_->answered()) {
        field_.rect = {answers_.left, rowsTop_, std::min(answers_.width, m.u(520.f)),
                       std::round(m.u(52.f))};
        // TRANSLATORS: the quiz's answer field, as it is read aloud.
        buttons_.add("field", I18n::tr("Your answer"), field_.rect, ButtonGroup::Kind::Field);
    }
    std::string primary = I18n::tr("Back to modules");
    if (q != nullptr) {
        // TRANSLATORS: the quiz's main button: check the answer, then go to the next question.
        primary = !session_->answered()                      ? I18n::tr("Check")
                  : session_->index() + 1 < session_->size() ? I18n::tr("Next question \u203A")
                                                             : I18n::tr("See results");
    }
    const sf::FloatRect p = chrome_.primaryRect(primary);
    auto& b = buttons_.add("primary", primary, p, ButtonGroup::Kind::Primary);
    b.enabled = q == nullptr || session_->answered() || canSubmit();
    // TRANSLATORS: a button: stop the quiz before its end.
    const std::string leave = I18n::tr("Leave quiz");
    const sf::FloatRect leaveRect = chrome_.bottomRect(leave, p.left - m.u(10.f));
    if (q != nullptr && session_->answered() && hasMore_) {
        // TRANSLATORS: a button showing more (or less) of what the sources say about the answer.
        const std::string label = more_ ? I18n::tr("Less") : I18n::tr("More");
        buttons_.add("more", label, chrome_.bottomRect(label, leaveRect.left - m.u(10.f)));
    }
    buttons_.add("leave", leave, leaveRect);
    field_.focused = buttons_.focusedId() == "field";
    layoutLeave();
}

void QuizScreen::layoutLeave() {
    Context& c = context();
    const Metrics& m = c.metrics;
    const Theme& t = c.theme;
    leaveButtons_.clear();
    if (!leaving_) {
        return;
    }
    // A box in the middle of the window: what each choice does, then the three choices, the
    // safe one first.
    const float width = std::min(c.width() - 2.f * m.u(24.f), m.u(620.f));
    const float pad = std::round(m.u(24.f));
    const std::size_t answered = session_->index() + (session_->answered() ? 1 : 0);
    const std::size_t left = session_->size() - std::min(answered, session_->size());
    TextBlock::Style style{&c.fonts.regular(), &c.fonts.bold(), m.body(), 1.45f, t.ink,
                           t.secondary,        t.tint};
    std::vector<StyledRun> runs{
        {I18n::tr("Leave this assignment?"), RunStyle::Strong, {}},
        // TRANSLATORS: “Save and leave” and “Hand in now” are the buttons below this text.
        {"\n" + I18n::format(
                    left == 1
                        ? std::string(I18n::tr(
                              "Your answers so far are kept. Save and leave: go on later from "
                              "Assignments, while its time lasts; no attempt is used up. Hand in "
                              "now: the attempt ends, and the question not answered counts as not "
                              "right."))
                        : std::string(I18n::trn(
                              "Your answers so far are kept. Save and leave: go on later from "
                              "Assignments, while its time lasts; no attempt is used up. Hand in "
                              "now: the attempt ends, and the {1} question not answered counts as "
                              "not right.",
                              "Your answers so far are kept. Save and leave: go on later from "
                              "Assignments, while its time lasts; no attempt is used up. Hand in "
                              "now: the attempt ends, and the {1} questions not answered count as "
                              "not right.",
                              static_cast<long long>(left))),
                    {std::to_string(left)}),
         RunStyle::Plain,
         {}}};
    leaveText_.layout(runs, style, width - 2.f * pad);
    const float buttonH = std::round(m.u(48.f));
    const float height = pad + leaveText_.height() + pad + buttonH + pad;
    leaveBox_ = {std::round((c.width() - width) / 2.f), std::round((c.height() - height) / 2.f),
                 width, height};
    const float y = leaveBox_.top + leaveBox_.height - pad - buttonH;
    float x = leaveBox_.left + pad;
    const float gap = std::round(m.u(10.f));
    const float each = (width - 2.f * pad - 2.f * gap) / 3.f;
    for (const auto& [id, label] : std::vector<std::pair<std::string, std::string>>{
             // TRANSLATORS: buttons: go on with the quiz, keep it for later, or end it now.
             {"leave.continue", I18n::tr("Continue")},
             {"leave.save", I18n::tr("Save and leave")},
             {"leave.handin", I18n::tr("Hand in now")}}) {
        leaveButtons_.add(id, label, {x, y, each, buttonH},
                          id == "leave.continue" ? ButtonGroup::Kind::Primary
                                                 : ButtonGroup::Kind::Normal);
        x += each + gap;
    }
}

void QuizScreen::dropTimeline(std::size_t from, std::size_t to) {
    if (from >= order_.size() || to >= order_.size() || from == to) {
        return;
    }
    const std::size_t item = order_[from];
    touched_ = true;
    order_.erase(order_.begin() + static_cast<std::ptrdiff_t>(from));
    order_.insert(order_.begin() + static_cast<std::ptrdiff_t>(to), item);
}

void QuizScreen::moveTimeline(int step) {
    if (picked_ < 0) {
        return;
    }
    const int to = picked_ + step;
    if (to < 0 || to >= static_cast<int>(order_.size())) {
        return;
    }
    dropTimeline(static_cast<std::size_t>(picked_), static_cast<std::size_t>(to));
    picked_ = to;
    relayout();
    buttons_.focus("ev." + std::to_string(picked_));
}

void QuizScreen::activate(const std::string& id) {
    const core::Question* q = question();
    if (q == nullptr || session_->answered()) {
        return;
    }
    if (id.rfind("opt.", 0) == 0) {
        const std::size_t i = std::stoul(id.substr(4));
        if (i >= chosen_.size()) {
            return;
        }
        if (exclusive(q->kind)) {
            std::fill(chosen_.begin(), chosen_.end(), false);
            chosen_[i] = true;
        } else {
            chosen_[i] = !chosen_[i];
        }
        relayout();
    } else if (id.rfind("ev.", 0) == 0) {
        const int k = std::stoi(id.substr(3));
        picked_ = picked_ == k ? -1 : k; // Space picks up, Space again drops
        touched_ = true; // dropped where it was: the learner keeps this order on purpose
        relayout();
    } else if (id.rfind("item.", 0) == 0) {
        const int i = std::stoi(id.substr(5));
        picked_ = picked_ == i ? -1 : i;
        if (picked_ >= 0 && !q->targets.empty()) {
            buttons_.focus("tgt." +
                           std::to_string(matches_[static_cast<std::size_t>(i)] < q->targets.size()
                                              ? matches_[static_cast<std::size_t>(i)]
                                              : 0));
        }
    } else if (id.rfind("tgt.", 0) == 0 && picked_ >= 0) {
        const std::size_t j = std::stoul(id.substr(4));
        // A target belongs to one item: taking it from another leaves that one unmatched.
        for (auto& m : matches_) {
            if (m == j) {
                m = core::Answer::none;
            }
        }
        matches_[static_cast<std::size_t>(picked_)] = j;
        const std::string back = "item." + std::to_string(picked_);
        picked_ = -1;
        relayout();
        buttons_.focus(back);
    }
}

void QuizScreen::handleEvent(const sf::Event& event) {
    if (ended_ || timeUp()) {
        return;
    }
    if (leaving_) {
        // Only the question is answered while it is shown; Escape means "continue".
        if (event.type == sf::Event::KeyPressed && event.key.code == sf::Keyboard::Escape) {
            answerLeave("leave.continue");
            return;
        }
        if (const std::string id = leaveButtons_.handleEvent(event); !id.empty()) {
            answerLeave(id);
        }
        return;
    }
    const core::Question* q = question();
    if (event.type == sf::Event::KeyPressed) {
        const auto key = event.key.code;
        if (key == sf::Keyboard::Escape) {
            if (picked_ >= 0) {
                picked_ = -1;
            } else {
                requestLeave();
            }
            return;
        }
        if (key == sf::Keyboard::Enter) {
            // Enter always means the primary action: check, then go on.
            if (q == nullptr) {
                pop();
            } else if (session_->answered()) {
                next();
            } else {
                submit();
            }
            return;
        }
        if (q != nullptr && session_->answered() &&
            (key == sf::Keyboard::Down || key == sf::Keyboard::Up ||
             key == sf::Keyboard::PageDown || key == sf::Keyboard::PageUp)) {
            const int page = std::max(
                1, static_cast<int>(feedbackRoom() / std::max(1.f, feedback_.lineHeight())) - 1);
            scrollFeedback(key == sf::Keyboard::Down       ? 1
                           : key == sf::Keyboard::Up       ? -1
                           : key == sf::Keyboard::PageDown ? page
                                                           : -page);
            return;
        }
        if (q != nullptr && !session_->answered() && core::isChoice(q->kind) &&
            key >= sf::Keyboard::Num1 && key <= sf::Keyboard::Num9) {
            const auto i = static_cast<std::size_t>(key - sf::Keyboard::Num1);
            if (i < q->options.size()) {
                buttons_.focus("opt." + std::to_string(i));
                activate("opt." + std::to_string(i));
            }
            return;
        }
        if (q != nullptr && !session_->answered() && key == sf::Keyboard::Space) {
            // The rows are hidden buttons, which the group never activates: Space on a row picks
            // an option, picks up or drops a timeline event, or pairs a matching item here.
            const std::string focused = buttons_.focusedId();
            const bool onRow = std::any_of(rows_.begin(), rows_.end(),
                                           [&](const Row& r) { return r.id == focused; });
            if (onRow) {
                activate(focused);
                return;
            }
        }
        if (q != nullptr && !session_->answered() &&
            (key == sf::Keyboard::Up || key == sf::Keyboard::Down)) {
            const int step = key == sf::Keyboard::Down ? 1 : -1;
            if (q->kind == core::QuestionKind::Timeline && picked_ >= 0) {
                moveTimeline(step);
                return;
            }
            // Arrows move the focus through the rows (through the targets while an item is
            // picked up).
            const std::string focused = buttons_.focusedId();
            std::vector<std::string> ids;
            for (const Row& r : rows_) {
                if (q->kind != core::QuestionKind::Matching || r.target == (picked_ >= 0)) {
                    ids.push_back(r.id);
                }
            }
            if (ids.empty()) {
                return;
            }
            auto it = std::find(ids.begin(), ids.end(), focused);
            std::size_t i = it == ids.end() ? 0 : static_cast<std::size_t>(it - ids.begin());
            if (it != ids.end()) {
                i = step > 0 ? std::min(i + 1, ids.size() - 1) : (i > 0 ? i - 1 : 0);
            }
            buttons_.focus(ids[i]);
            return;
        }
    }
    if (q != nullptr && !session_->answered() && core::isTyped(q->kind) && !field_.focused &&
        event.type == sf::Event::TextEntered && event.text.unicode > 32) {
        buttons_.focus("field"); // typing goes to the answer field wherever the focus was
        field_.focused = true;
    }
    if (field_.focused && field_.handleEvent(event)) {
        relayout();
        return;
    }
    // The feedback scrolls with the wheel and with a drag, as well as with the keys.
    if (q != nullptr && session_->answered()) {
        if (event.type == sf::Event::MouseWheelScrolled) {
            scrollFeedback(event.mouseWheelScroll.delta > 0 ? -3 : 3);
            return;
        }
        if (event.type == sf::Event::MouseButtonPressed &&
            event.mouseButton.button == sf::Mouse::Left &&
            static_cast<float>(event.mouseButton.y) >= feedbackTop() &&
            static_cast<float>(event.mouseButton.y) <= answers_.top + answers_.height &&
            static_cast<float>(event.mouseButton.x) >= answers_.left &&
            static_cast<float>(event.mouseButton.x) <= answers_.left + answers_.width) {
            feedbackDragY_ = static_cast<float>(event.mouseButton.y);
            dragScrollFrom_ = feedbackScroll_;
            return;
        }
        if (event.type == sf::Event::MouseMoved && feedbackDragY_ >= 0.f) {
            const float lines = (feedbackDragY_ - static_cast<float>(event.mouseMove.y)) /
                                std::max(1.f, feedback_.lineHeight());
            feedbackScroll_ = dragScrollFrom_;
            scrollFeedback(static_cast<int>(std::lround(lines)));
            return;
        }
        if (event.type == sf::Event::MouseButtonReleased && feedbackDragY_ >= 0.f) {
            feedbackDragY_ = -1.f;
            return;
        }
    }
    // Dragging: timeline rows move to where they are dropped; matching items drop on targets.
    if (q != nullptr && !session_->answered() &&
        (q->kind == core::QuestionKind::Timeline || q->kind == core::QuestionKind::Matching)) {
        if (event.type == sf::Event::MouseButtonPressed &&
            event.mouseButton.button == sf::Mouse::Left) {
            const sf::Vector2f p(static_cast<float>(event.mouseButton.x),
                                 static_cast<float>(event.mouseButton.y));
            for (const Row& r : rows_) {
                if (r.rect.contains(p) && !r.target) {
                    dragFrom_ = q->kind == core::QuestionKind::Timeline ? std::stoi(r.id.substr(3))
                                                                        : static_cast<int>(r.index);
                    dragAt_ = p;
                    dragStart_ = p;
                    buttons_.focus(r.id);
                    return;
                }
            }
        } else if (event.type == sf::Event::MouseMoved && dragFrom_ >= 0) {
            dragAt_ = {static_cast<float>(event.mouseMove.x),
                       static_cast<float>(event.mouseMove.y)};
            return;
        } else if (event.type == sf::Event::MouseButtonReleased && dragFrom_ >= 0) {
            const sf::Vector2f p(static_cast<float>(event.mouseButton.x),
                                 static_cast<float>(event.mouseButton.y));
            const int from = dragFrom_;
            dragFrom_ = -1;
            for (const Row& r : rows_) {
                if (!r.rect.contains(p)) {
                    continue;
                }
                if (q->kind == core::QuestionKind::Timeline) {
                    const int to = std::stoi(r.id.substr(3));
                    if (to == from) {
                        activate(r.id); // a click: pick up or drop
                    } else {
                        dropTimeline(static_cast<std::size_t>(from), static_cast<std::size_t>(to));
                        picked_ = -1;
                        relayout();
                        buttons_.focus("ev." + std::to_string(to));
                    }
                } else if (r.target) {
                    picked_ = from;
                    activate(r.id);
                } else if (static_cast<int>(r.index) == from) {
                    activate(r.id);
                }
                return;
            }
            return;
        }
    }
    const std::string id = buttons_.handleEvent(event);
    field_.focused = buttons_.focusedId() == "field";
    if (id.empty()) {
        return;
    }
    if (id == "primary") {
        if (q == nullptr) {
            pop();
        } else if (session_->answered()) {
            next();
        } else {
            submit();
        }
    } else if (id == "leave" || id == "top.back") {
        requestLeave();
    } else if (id == "more") {
        more_ = !more_;
        feedbackScroll_ = 0;
        relayout();
        buttons_.focus("more");
    } else if (id == "top.settings") {
        push(ScreenId::Settings);
    } else if (id == "field") {
        submit();
    } else {
        activate(id);
    }
}

void QuizScreen::draw(Painter& painter) {
    Context& c = context();
    const Metrics& m = c.metrics;
    const Theme& t = c.theme;
    const sf::FloatRect content = chrome_.content();
    const core::Question* q = question();
    timeUp();
    // TRANSLATORS: the top bar during a quiz: the quiz's title, then this screen's name.
    std::string where = session_->title() + " \u203A " + I18n::tr("Quiz");
    if (const auto left = session_->secondsLeft()) {
        const std::int64_t minutes = (*left + 59) / 60;
        // TRANSLATORS: the time left for an assignment, e.g. “3 minutes left”.
        where = session_->title() + " \u203A " +
                I18n::format(I18n::trn("{1} minute left", "{1} minutes left", minutes),
                             {std::to_string(minutes)});
    }
    chrome_.drawTopBar(painter, where);
    chrome_.drawNotice(painter);
    if (q == nullptr) {
        sf::Text none =
            fittedText(session_->quiz().spec.shape == core::QuizSpec::Shape::RetakeMistakes
                           ? I18n::tr("No mistakes to retake: every answer was right.")
                           : I18n::tr("This module has no questions yet."),
                       c.fonts.regular(), m.body(), content.width);
        none.setFillColor(t.ink);
        placeText(none, content.left, content.top + m.u(20.f));
        painter.text(none);
        buttons_.draw(painter, c);
        return;
    }
    const float barH = std::max(2.f, std::round(m.u(4.f)));
    painter.rect({0.f, chrome_.topBarHeight(), c.width(), barH}, t.panel);
    painter.rect(
        {0.f, chrome_.topBarHeight(),
         c.width() * static_cast<float>(session_->index() + (session_->answered() ? 1 : 0)) /
             static_cast<float>(session_->size()),
         barH},
        t.accent);
    header_.draw(painter, {ask_.left, content.top});
    prompt_.draw(painter, {ask_.left, promptTop_});
    hint_.draw(painter, {ask_.left, promptTop_ + prompt_.height() + m.u(8.f)});

    const std::string focused = buttons_.focusedId();
    auto drawRow = [&](const Row& r, sf::Vector2f offset) {
        const bool selected =
            (r.id.rfind("opt.", 0) == 0 && r.index < chosen_.size() && chosen_[r.index]);
        const bool isPicked =
            picked_ >= 0 && ((r.id.rfind("ev.", 0) == 0 && std::stoi(r.id.substr(3)) == picked_) ||
                             (r.id.rfind("item.", 0) == 0 && static_cast<int>(r.index) == picked_));
        sf::FloatRect rect = r.rect;
        rect.left += offset.x;
        rect.top += offset.y;
        // Chosen: the selected face and an ink edge; the focus ring alone is accent-coloured, so
        // a chosen option never looks merely focused.
        painter.rect(rect, selected || isPicked ? t.selected : t.panel,
                     selected || isPicked ? t.ink : t.rule,
                     selected || isPicked ? std::max(2.f, m.u(2.f)) : std::max(1.f, m.u(1.f)));
        r.block.draw(painter, {rect.left + pad_ + r.indent, rect.top + pad_ * 0.6f});
        if (r.indent > 0.f) {
            // A timeline row: a grip to take it by and its place in the order, top first.
            const std::string grip = "\u2261 " + std::to_string(std::stoi(r.id.substr(3)) + 1);
            sf::Text g(sf::String::fromUtf8(grip.begin(), grip.end()), c.fonts.regular(), m.body());
            g.setFillColor(t.secondary);
            placeText(g, rect.left + pad_, rect.top + pad_ * 0.6f + r.block.lineHeight() / 2.f);
            painter.text(g);
        }
        // The state in a symbol and words at the right edge, not by colour alone.
        std::string mark;
        if (selected) {
            mark = "\u2713";
        } else if (isPicked) {
            mark = "\u2195";
        }
        if (!mark.empty()) {
            sf::Text s(sf::String::fromUtf8(mark.begin(), mark.end()), c.fonts.bold(), m.body());
            s.setFillColor(t.ink);
            placeText(s, rect.left + rect.width - m.u(30.f), rect.top + rect.height / 2.f);
            painter.text(s);
        }
        if (r.id == focused) {
            painter.focusRing(rect, t.accent, std::max(2.f, m.u(3.f)));
        }
    };
    // The row being dragged follows the mouse (a timeline row up and down, a matching item
    // anywhere) and is drawn last, over the rows it passes.
    const Row* dragged = nullptr;
    for (const Row& r : rows_) {
        const bool isDragged =
            dragFrom_ >= 0 &&
            ((r.id.rfind("ev.", 0) == 0 && std::stoi(r.id.substr(3)) == dragFrom_) ||
             (r.id.rfind("item.", 0) == 0 && static_cast<int>(r.index) == dragFrom_));
        if (isDragged) {
            dragged = &r;
        } else {
            drawRow(r, {});
        }
    }
    if (dragged != nullptr && q->kind == core::QuestionKind::Timeline) {
        // Where the row would land: a marker line between the rows.
        for (const Row& r : rows_) {
            if (&r != dragged && r.rect.contains(answers_.left + 1.f, dragAt_.y)) {
                const bool below = r.rect.top > dragged->rect.top;
                const float y =
                    below ? r.rect.top + r.rect.height + m.u(3.f) : r.rect.top - m.u(5.f);
                painter.rect({r.rect.left, y, r.rect.width, std::max(3.f, m.u(3.f))}, t.accent);
            }
        }
    }
    if (dragged != nullptr) {
        const sf::Vector2f moved = dragAt_ - dragStart_;
        drawRow(*dragged, {q->kind == core::QuestionKind::Timeline ? 0.f : moved.x, moved.y});
    }
    if (q->kind == core::QuestionKind::Timeline && !session_->answered() && !rows_.empty()) {
        // TRANSLATORS: the ends of a timeline question's list, its top and its bottom.
        sf::Text early =
            fittedText(I18n::tr("earliest"), c.fonts.regular(), m.caption(), answers_.width);
        early.setFillColor(t.secondary);
        placeText(early, answers_.left + answers_.width - early.getLocalBounds().width,
                  rowsTop_ - m.u(10.f));
        painter.text(early);
        const sf::FloatRect last = rows_.back().rect;
        sf::Text latest =
            fittedText(I18n::tr("latest"), c.fonts.regular(), m.caption(), answers_.width);
        latest.setFillColor(t.secondary);
        placeText(latest, answers_.left + answers_.width - latest.getLocalBounds().width,
                  last.top + last.height + m.u(12.f));
        painter.text(latest);
    }
    if (core::isTyped(q->kind) && !session_->answered()) {
        field_.draw(painter, c);
    }
    if (session_->answered()) {
        std::string verdict;
        sf::Color colour = t.wrong;
        switch (session_->grade().outcome) {
        case core::Outcome::Right:
            // TRANSLATORS: the verdict on an answer: right, partly right, not right.
            verdict = I18n::tr("\u2713 Right");
            colour = t.right;
            break;
        case core::Outcome::Partial:
            verdict = I18n::tr("\u25D0 Partly right");
            colour = t.ink;
            break;
        case core::Outcome::Wrong:
            verdict = I18n::tr("\u2715 Not right");

            break;
        }
        if (!session_->grade().feedback.empty()) {
            verdict += ": " + session_->grade().feedback;
        }
        // A longer verdict (the feedback in a language with longer words) steps down to the
        // body's size rather than being cut.
        const bool titleFits =
            textWidth(sf::String::fromUtf8(verdict.begin(), verdict.end()), c.fonts.bold(),
                      std::max(8u, m.title() * 4 / 5)) <= answers_.width;
        sf::Text v =
            fittedText(verdict, c.fonts.bold(), titleFits ? m.title() : m.body(), answers_.width);
        v.setFillColor(colour);
        placeText(v, answers_.left, rowsTop_ + m.u(16.f));
        painter.text(v);
        answer_.draw(painter, {answers_.left, rowsTop_ + m.u(44.f)});
        chrome_.drawScrolled(painter, feedback_, {answers_.left, feedbackTop()}, feedbackScroll_,
                             buttons_);
    }
    buttons_.draw(painter, c);
    if (leaving_) {
        painter.rect({0.f, 0.f, c.width(), c.height()}, sf::Color(0, 0, 0, 150));
        painter.rect(leaveBox_, t.paper, t.ink, std::max(2.f, m.u(2.f)));
        const float pad = std::round(m.u(24.f));
        leaveText_.draw(painter, {leaveBox_.left + pad, leaveBox_.top + pad});
        leaveButtons_.draw(painter, c);
    }
}

bool QuizScreen::scriptAnswer(bool right) {
    const core::Question* q = question();
    if (q == nullptr || session_->answered()) {
        return false;
    }
    const auto& key = q->key;
    if (core::isTyped(q->kind)) {
        std::string text = "0";
        if (right) {
            if (!key.years.empty()) {
                text = std::to_string(key.years.front());
            } else if (key.number) {
                text = std::to_string(static_cast<long long>(*key.number));
            } else if (!key.names.empty()) {
                text = key.names.front();
            }
        }
        field_.setText(text);
    } else if (q->kind == core::QuestionKind::Timeline) {
        order_ = key.order;
        if (!right) {
            std::reverse(order_.begin(), order_.end());
        }
        touched_ = true;
    } else if (q->kind == core::QuestionKind::Matching) {
        matches_ =
            right ? key.matches : std::vector<std::size_t>(q->options.size(), core::Answer::none);
    } else {
        std::fill(chosen_.begin(), chosen_.end(), false);
        for (std::size_t i = 0; i < chosen_.size(); ++i) {
            const bool correct = std::find(key.correctOptions.begin(), key.correctOptions.end(),
                                           i) != key.correctOptions.end();
            if (correct == right) {
                chosen_[i] = true;
                if (!right || exclusive(q->kind)) {
                    break;
                }
            }
        }
    }
    relayout();
    submit();
    return true;
}

std::optional<core::QuestionKind> QuizScreen::scriptQuestionKind() const {
    const core::Question* q = question();
    if (q == nullptr || ended_) {
        return std::nullopt;
    }
    return q->kind;
}

} // namespace yaddas::app
