#include <app/screens/WelcomeScreen.hpp>

#include <app/Context.hpp>
#include <app/Fonts.hpp>
#include <app/Learners.hpp>
#include <app/Painter.hpp>
#include <app/StateStack.hpp>
#include <app/widgets/Label.hpp>

#include <core/I18n.hpp>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cmath>

namespace yaddas::app {
namespace {

using core::I18n;

const std::string kRow = "row.";

std::string quoted(const std::string& text) {
    // TRANSLATORS: a typed name in quotation marks, in the language's own marks.
    return I18n::format(I18n::tr("\u201c{1}\u201d"), {text});
}

/// A name in one size with the others, ending with "…" when its row is too narrow (the status
/// line gives it in full): never shrunk, so that a column reads evenly.
sf::Text rowText(const std::string& utf8, const sf::Font& font, unsigned size, float maxWidth) {
    const sf::String ellipsis(static_cast<sf::Uint32>(0x2026));
    sf::String text = sf::String::fromUtf8(utf8.begin(), utf8.end());
    if (textWidth(text, font, size) > maxWidth) {
        while (text.getSize() > 1 && textWidth(text + ellipsis, font, size) > maxWidth) {
            text.erase(text.getSize() - 1);
        }
        while (text.getSize() > 1 && text[text.getSize() - 1] == ' ') {
            text.erase(text.getSize() - 1);
        }
        text += ellipsis;
    }
    return sf::Text(text, font, size);
}

} // namespace

WelcomeScreen::WelcomeScreen(StateStack& stack, Context& context)
    : State(stack, context), chrome_(context),
      search_(std::vector<core::LearnerSearch::Learner>{}) {
    field_.placeholder = I18n::tr("Your name");
    // The learner leaves: answers that could not be saved before are tried again now (the
    // banner says so while they still cannot be).
    context.learners.retrySave();
    search_ = core::LearnerSearch(context.learners.withLastUse());
    refilter();
    // Typing is how a name is found among many, so the field has the focus from the start.
    buttons_.focus("field");
    field_.focused = true;
}

void WelcomeScreen::refilter() {
    const std::string query = field_.utf8();
    shown_ = search_.find(query);
    exact_ = search_.exact(query).has_value();
    firstLine_ = 0;
    lastRow_ = 0;
    hovered_.reset();
}

const std::string& WelcomeScreen::nameAt(std::size_t row) const {
    return search_.all()[shown_[row]].name;
}

void WelcomeScreen::relayout() {
    Context& c = context();
    const Metrics& m = c.metrics;
    // The column of every screen, lined up with the top bar; compact rows fill it.
    area_ = chrome_.content();

    TextBlock::Style style{&c.fonts.regular(), &c.fonts.bold(),   m.body(),    1.5f,
                           c.theme.ink,        c.theme.secondary, c.theme.tint};
    introTop_ = area_.top + std::round(m.u(48.f));
    intro_.layout(I18n::tr("A quiet place to learn about the Soviet political repressions in "
                           "Azerbaijan, from 28 April 1920 to the early 1950s, and to remember the "
                           "people who were shot or died in exile."),
                  style, area_.width);

    buttons_.clear();
    headingY_ = std::round(introTop_ + intro_.height() + m.u(26.f));
    const float fieldH = std::round(m.u(44.f));
    const float fieldTop = std::round(headingY_ + m.u(24.f));
    const float gap = std::round(m.u(10.f));
    const std::string typed = field_.utf8();
    const bool canAdd = !exact_;
    const std::string addLabel = typed.empty() || !canAdd
                                     ? std::string(I18n::tr("Add learner"))
                                     : I18n::format(I18n::tr("Add {1}"), {quoted(typed)});
    const float addW = std::round(std::min(area_.width / 3.f, m.u(260.f)));
    field_.rect = {area_.left, fieldTop, area_.width - addW - gap, fieldH};
    buttons_.add("field", field_.placeholder, field_.rect, ButtonGroup::Kind::Field);
    buttons_.add("create", addLabel, {area_.left + area_.width - addW, fieldTop, addW, fieldH})
        .enabled = canAdd;
    statusY_ = std::round(fieldTop + fieldH + m.u(16.f));

    // Compact rows in as many columns as the names need (up to four): a whole class in view.
    const float rowH = std::round(m.u(36.f));
    const float rowGap = std::round(m.u(6.f));
    const float top = std::round(statusY_ + m.u(20.f));
    const float bottom = area_.top + area_.height - m.u(4.f);
    list_ = {area_.left, top, area_.width, std::max(rowH, bottom - top)};
    lines_ = static_cast<std::size_t>(
        std::max(1.f, std::floor((list_.height + rowGap) / (rowH + rowGap))));
    const std::size_t n = shown_.size();
    const float scrollW = std::round(m.u(14.f)); // room for the scroll bar when it is needed
    const auto maxColumns = static_cast<std::size_t>(
        std::clamp(std::floor((list_.width - scrollW + gap) / (m.u(210.f) + gap)), 1.f, 4.f));
    columns_ = 1;
    while (columns_ < maxColumns && (n + columns_ - 1) / columns_ > lines_) {
        ++columns_;
    }
    const std::size_t totalLines = (n + columns_ - 1) / columns_;
    const bool scrolls = totalLines > lines_;
    if (firstLine_ + lines_ > totalLines) {
        firstLine_ = totalLines > lines_ ? totalLines - lines_ : 0;
    }
    float colW = std::floor(
        (list_.width - (scrolls ? scrollW : 0.f) - gap * static_cast<float>(columns_ - 1)) /
        static_cast<float>(columns_));
    if (columns_ == 1) {
        // A few learners: rows as wide as their longest name, not across the whole window.
        float widest = 0.f;
        for (std::size_t i = 0; i < n; ++i) {
            const std::string& s = nameAt(i);
            widest = std::max(widest, textWidth(sf::String::fromUtf8(s.begin(), s.end()),
                                                c.fonts.regular(), m.body()));
        }
        colW = std::min(colW, std::max(m.u(360.f), std::ceil(widest + m.u(40.f))));
    }
    const bool markDefault = field_.focused && !typed.empty();
    for (std::size_t line = firstLine_; line < firstLine_ + lines_; ++line) {
        for (std::size_t k = 0; k < columns_; ++k) {
            // Reading order: along a line, then the next line.
            const std::size_t row = line * columns_ + k;
            if (row >= n) {
                break;
            }
            const float x = area_.left + static_cast<float>(k) * (colW + gap);
            const float y = top + static_cast<float>(line - firstLine_) * (rowH + rowGap);
            // Drawn here (drawRows), smaller than a button's label: a class's names in one size.
            auto& b = buttons_.add(kRow + std::to_string(row), nameAt(row), {x, y, colW, rowH},
                                   ButtonGroup::Kind::Hidden);
            // The row Enter in the field would open.
            b.selected = markDefault && row == 0;
        }
    }
    const std::string primary = I18n::tr("Start");
    buttons_.add("start", primary, chrome_.bottomRect(primary, area_.left + area_.width),
                 ButtonGroup::Kind::Primary);
    field_.focused = buttons_.focusedId() == "field";
}

bool WelcomeScreen::previousLearnerClosed() {
    Context& c = context();
    const std::string refused = c.learners.close();
    if (refused.empty()) {
        return true;
    }
    c.notice = refused; // a long sentence: the banner has room for it
    relayout();
    return false;
}

void WelcomeScreen::start(const std::string& learner) {
    Context& c = context();
    if (!previousLearnerClosed()) {
        return;
    }
    error_ = c.learners.select(learner);
    if (!c.learners.hasCurrent()) {
        relayout();
        return;
    }
    if (!error_.empty()) {
        c.notice = error_; // opened, but the first save failed: say so on the next screen
    }
    if (!c.learners.openingNotice().empty()) {
        c.notice = c.learners.openingNotice();
    }
    c.settings = c.learners.settings();
    c.applySettings();
    reset(ScreenId::ModuleMap);
}

void WelcomeScreen::createFromField() {
    Context& c = context();
    const std::string name = field_.utf8();
    if (!previousLearnerClosed()) {
        return;
    }
    error_ = c.learners.create(name);
    if (!error_.empty()) {
        relayout();
        return;
    }
    spdlog::info("new learner {}", c.learners.current());
    c.settings = c.learners.settings();
    c.applySettings();
    reset(ScreenId::ModuleMap);
}

void WelcomeScreen::enterFromField() {
    if (field_.utf8().find_first_not_of(' ') == std::string::npos) {
        error_ = search_.size() == 0
                     ? I18n::tr("Type your name, then press Enter.")
                     : I18n::tr("Type your name to find it, or choose it in the list.");
        return;
    }
    // The best match comes first (the exact name when there is one); the status line says
    // which learner Enter opens, and "Add" is beside the field for a new name.
    if (!shown_.empty()) {
        start(nameAt(0));
    } else {
        createFromField();
    }
}

std::optional<std::size_t> WelcomeScreen::focusedRow() const {
    const std::string id = buttons_.focusedId();
    if (id.rfind(kRow, 0) != 0) {
        return std::nullopt;
    }
    return static_cast<std::size_t>(std::stoul(id.substr(kRow.size())));
}

void WelcomeScreen::focusRow(std::size_t row) {
    row = std::min(row, shown_.size() - 1);
    const std::size_t line = row / columns_;
    if (line < firstLine_) {
        firstLine_ = line;
    } else if (line >= firstLine_ + lines_) {
        firstLine_ = line + 1 - lines_;
    }
    lastRow_ = row;
    buttons_.focus(kRow + std::to_string(row));
    field_.focused = false;
    relayout();
}

bool WelcomeScreen::moveInList(const sf::Event& event) {
    if (event.type != sf::Event::KeyPressed || shown_.empty()) {
        return false;
    }
    const sf::Keyboard::Key key = event.key.code;
    const std::size_t n = shown_.size();
    const std::size_t page = columns_ * std::max<std::size_t>(1, lines_ - 1);
    const auto row = focusedRow();
    if (!row) {
        // From the field (or Add) down into the list, to the row Enter would open.
        const std::string id = buttons_.focusedId();
        if ((id == "field" || id == "create") &&
            (key == sf::Keyboard::Down || key == sf::Keyboard::PageDown)) {
            focusRow(0);
            return true;
        }
        return false;
    }
    const std::size_t r = *row;
    switch (key) {
    case sf::Keyboard::Left:
        focusRow(r > 0 ? r - 1 : 0);
        return true;
    case sf::Keyboard::Right:
        focusRow(r + 1 < n ? r + 1 : r);
        return true;
    case sf::Keyboard::Up:
        if (r < columns_) {
            // Above the first line is the field: type there to narrow the list.
            buttons_.focus("field");
            field_.focused = true;
            relayout();
        } else {
            focusRow(r - columns_);
        }
        return true;
    case sf::Keyboard::Down:
        // The last line may be short: Down from above its end goes to the last name.
        focusRow(r + columns_ < n ? r + columns_ : ((r / columns_ + 1) * columns_ < n ? n - 1 : r));
        return true;
    case sf::Keyboard::PageUp:
        firstLine_ = firstLine_ > lines_ - 1 ? firstLine_ - (lines_ - 1) : 0;
        focusRow(r > page ? r - page : r % columns_);
        return true;
    case sf::Keyboard::PageDown:
        firstLine_ += lines_ - 1;
        focusRow(r + page < n ? r + page : n - 1);
        return true;
    case sf::Keyboard::Home:
        focusRow(0);
        return true;
    case sf::Keyboard::End:
        focusRow(n - 1);
        return true;
    default:
        return false;
    }
}

bool WelcomeScreen::tab(const sf::Event& event) {
    if (event.type != sf::Event::KeyPressed || event.key.code != sf::Keyboard::Tab) {
        return false;
    }
    // Field, Add, the list (one stop: the row focused last), Start; the banner's Close is
    // reached with Ctrl+D.
    std::vector<std::string> stops{"field"};
    if (buttons_.find("create") != nullptr && buttons_.find("create")->enabled) {
        stops.push_back("create");
    }
    if (!shown_.empty()) {
        stops.push_back("list");
    }
    stops.push_back("start");
    const std::string id = focusedRow() ? "list" : buttons_.focusedId();
    const auto at = std::find(stops.begin(), stops.end(), id);
    const std::size_t count = stops.size();
    std::size_t next = 0;
    if (at == stops.end()) {
        next = event.key.shift ? count - 1 : 0;
    } else {
        const auto i = static_cast<std::size_t>(at - stops.begin());
        next = event.key.shift ? (i + count - 1) % count : (i + 1) % count;
    }
    if (stops[next] == "list") {
        focusRow(lastRow_);
        return true;
    }
    buttons_.focus(stops[next]);
    field_.focused = stops[next] == "field";
    relayout();
    return true;
}

void WelcomeScreen::scrollBy(int lines) {
    const std::size_t total = (shown_.size() + columns_ - 1) / columns_;
    if (lines < 0) {
        const auto up = static_cast<std::size_t>(-lines);
        firstLine_ = firstLine_ > up ? firstLine_ - up : 0;
    } else {
        firstLine_ += static_cast<std::size_t>(lines);
    }
    if (firstLine_ + lines_ > total) {
        firstLine_ = total > lines_ ? total - lines_ : 0;
    }
    // The focus stays visible: a row scrolled away passes it to the nearest row in view.
    if (auto row = focusedRow()) {
        const std::size_t first = firstLine_ * columns_;
        const std::size_t last = std::min(shown_.size(), (firstLine_ + lines_) * columns_) - 1;
        focusRow(std::clamp(*row, first, last));
    } else {
        relayout();
    }
}

void WelcomeScreen::handleEvent(const sf::Event& event) {
    if (event.type == sf::Event::MouseWheelScrolled) {
        scrollBy(event.mouseWheelScroll.delta < 0 ? 1 : -1);
        return;
    }
    if (event.type == sf::Event::MouseMoved) {
        hovered_.reset();
        const sf::Vector2f p(static_cast<float>(event.mouseMove.x),
                             static_cast<float>(event.mouseMove.y));
        for (const auto& b : buttons_.buttons()) {
            if (b.id.rfind(kRow, 0) == 0 && b.rect.contains(p)) {
                hovered_ = static_cast<std::size_t>(std::stoul(b.id.substr(kRow.size())));
            }
        }
    }
    if (tab(event) || moveInList(event)) {
        return;
    }
    if (event.type == sf::Event::KeyPressed && event.key.code == sf::Keyboard::Space) {
        if (auto row = focusedRow()) {
            start(nameAt(*row));
            return;
        }
    }
    if (event.type == sf::Event::KeyPressed && event.key.code == sf::Keyboard::Escape &&
        !field_.utf8().empty()) {
        // Escape empties the search first; the whole list comes back.
        field_.clear();
        error_.clear();
        refilter();
        buttons_.focus("field");
        field_.focused = true;
        relayout();
        return;
    }
    // Typing anywhere goes to the field: that is where names are found and added.
    if (event.type == sf::Event::TextEntered && !field_.focused &&
        (event.text.unicode > 32 || event.text.unicode == 8) && event.text.unicode != 127) {
        buttons_.focus("field");
        field_.focused = true;
    }
    if (field_.focused && field_.handleEvent(event)) {
        error_.clear();
        refilter();
        relayout();
        return;
    }
    if (event.type == sf::Event::TextEntered) {
        return;
    }
    const std::string id = buttons_.handleEvent(event);
    field_.focused = buttons_.focusedId() == "field";
    if (auto row = focusedRow()) {
        lastRow_ = *row;
    }
    if (id.empty()) {
        if (event.type == sf::Event::MouseButtonPressed) {
            relayout(); // the field may have lost the focus
        }
        return;
    }
    if (id == "field") {
        if (event.type == sf::Event::KeyPressed) {
            enterFromField(); // a click only puts the caret there
        } else {
            relayout();
        }
    } else if (id == "create") {
        createFromField();
    } else if (id == "start") {
        if (auto row = focusedRow()) {
            start(nameAt(*row));
        } else if (!field_.utf8().empty()) {
            enterFromField();
        } else if (search_.size() == 1) {
            start(search_.all().front().name);
        } else {
            error_ = search_.size() == 0
                         ? I18n::tr("Type your name, then press Enter.")
                         : I18n::tr("Type your name to find it, or choose it in the list.");
        }
    } else if (id.rfind(kRow, 0) == 0) {
        start(nameAt(static_cast<std::size_t>(std::stoul(id.substr(kRow.size())))));
    }
}

std::string WelcomeScreen::spokenIntro() const {
    return std::string("Yaddaş. ") +
           I18n::tr("A quiet place to learn about the Soviet political repressions in "
                    "Azerbaijan, from 28 April 1920 to the early 1950s, and to remember the "
                    "people who were shot or died in exile.") +
           " " +
           (search_.size() == 0 ? I18n::tr("Nobody has learned here yet.")
                                : I18n::tr("Who is learning?")) +
           " " +
           I18n::tr("Reading aloud is on: F2 turns it off, F3 reads on from the focus, Escape "
                    "stops a reading.");
}

std::string WelcomeScreen::spokenFocus() const {
    std::string out = State::spokenFocus();
    if (buttons_.focusedId() == "field" && !field_.utf8().empty()) {
        out += ", " + field_.utf8();
    }
    // Which learner Enter opens, or how to add one: what the status line shows.
    return out.empty() ? out : out + ". " + status();
}

std::string WelcomeScreen::status() const {
    if (!error_.empty()) {
        return error_;
    }
    // The full name of the row under the mouse or with the focus: a long name cut short in
    // its row can always be read here.
    if (hovered_ && *hovered_ < shown_.size()) {
        return I18n::format(I18n::tr("Click to open {1}."), {nameAt(*hovered_)});
    }
    if (auto row = focusedRow()) {
        return I18n::format(I18n::tr("Enter opens {1}."), {nameAt(*row)});
    }
    const std::string typed = field_.utf8();
    const std::string focused = buttons_.focusedId();
    if (focused == "create" && !typed.empty()) {
        return I18n::format(I18n::tr("Enter adds {1} as a new learner."), {quoted(typed)});
    }
    if (typed.empty()) {
        return search_.size() == 0
                   ? I18n::tr("New here? Type your name and press Enter.")
                   : I18n::tr("Type to find your name. New here? Type your name, then choose "
                              "Add learner.");
    }
    if (shown_.empty()) {
        return I18n::format(I18n::tr("Nobody is called {1} yet: Enter adds a new learner."),
                            {quoted(typed)});
    }
    const std::string opens = I18n::format(I18n::tr("Enter opens {1}."), {nameAt(0)});
    const std::string both =
        opens + " " + I18n::format(I18n::tr("Someone new? Choose Add {1}."), {quoted(typed)});
    const Context& c = context();
    const bool fits = textWidth(sf::String::fromUtf8(both.begin(), both.end()), c.fonts.regular(),
                                c.metrics.caption()) <= area_.width;
    return exact_ || !fits ? opens : both;
}

void WelcomeScreen::drawRows(Painter& painter) const {
    const Context& c = context();
    const Metrics& m = c.metrics;
    const Theme& t = c.theme;
    const float pad = std::round(m.u(10.f));
    const std::string focused = buttons_.focusedId();
    const Painter::Batch batch(painter);
    for (const auto& b : buttons_.buttons()) {
        if (b.id.rfind(kRow, 0) != 0) {
            continue;
        }
        const std::size_t row = static_cast<std::size_t>(std::stoul(b.id.substr(kRow.size())));
        // The row Enter opens: outlined in ink, as a chosen option is elsewhere.
        painter.rect(b.rect, b.selected ? t.paper : t.panel, b.selected ? t.ink : t.rule,
                     b.selected ? std::max(2.f, m.u(2.f)) : std::max(1.f, m.u(1.f)));
        if (hovered_ == row) {
            painter.rect(
                {b.rect.left, b.rect.top + b.rect.height - m.u(3.f), b.rect.width, m.u(3.f)},
                t.accent);
        }
        sf::Text text = rowText(b.label, c.fonts.regular(), m.px(18.f), b.rect.width - 2.f * pad);
        text.setFillColor(t.ink);
        placeText(text, b.rect.left + pad, b.rect.top + b.rect.height / 2.f);
        painter.text(text);
        if (b.id == focused) {
            painter.focusRing(b.rect, t.accent, std::max(2.f, m.u(3.f)));
        }
    }
}

void WelcomeScreen::draw(Painter& painter) {
    Context& c = context();
    const Metrics& m = c.metrics;
    const Theme& t = c.theme;
    chrome_.drawTopBar(painter, "");
    chrome_.drawNotice(painter);

    sf::Text title = fittedText("Yaddaş", c.fonts.bold(), m.title(), area_.width);
    title.setFillColor(t.ink);
    placeText(title, area_.left, area_.top + m.u(20.f));
    painter.text(title);
    intro_.draw(painter, {area_.left, introTop_});

    const bool nobody = search_.size() == 0;
    sf::Text who =
        fittedText(nobody ? I18n::tr("Nobody has learned here yet.") : I18n::tr("Who is learning?"),
                   c.fonts.bold(), m.heading(), area_.width);
    who.setFillColor(t.ink);
    placeText(who, area_.left, headingY_);
    painter.text(who);
    if (!nobody) {
        // How many, and in which order, on the heading's line when there is room beside it.
        const std::string typed = field_.utf8();
        const std::string count =
            typed.empty()
                ? I18n::format(I18n::trn("{1} learner", "{1} learners, most recent first",
                                         static_cast<long long>(search_.size())),
                               {std::to_string(search_.size())})
                : I18n::format(I18n::tr("{1} of {2} match"),
                               {std::to_string(shown_.size()), std::to_string(search_.size())});
        const float room = area_.width - who.getLocalBounds().width - m.u(24.f);
        if (room > m.u(80.f)) {
            sf::Text n = fittedText(count, c.fonts.regular(), m.caption(), room);
            n.setFillColor(t.secondary);
            placeText(n, area_.left + area_.width - n.getLocalBounds().width, headingY_);
            painter.text(n);
        }
    }

    sf::Text line = fittedText(status(), c.fonts.regular(), m.caption(), area_.width);
    line.setFillColor(error_.empty() ? t.secondary : t.wrong);
    placeText(line, area_.left, statusY_);
    painter.text(line);

    field_.draw(painter, c);
    buttons_.draw(painter, c);
    drawRows(painter);

    // Where the view is in a long list: a scroll bar, and in the bottom row which names show.
    const std::size_t total = (shown_.size() + columns_ - 1) / columns_;
    if (total > lines_) {
        const float w = std::max(2.f, std::round(m.u(6.f)));
        const float x = list_.left + list_.width - w;
        const float rowH = std::round(m.u(36.f));
        const float rowGap = std::round(m.u(6.f));
        const float h = static_cast<float>(lines_) * (rowH + rowGap) - rowGap;
        painter.rect({x, list_.top, w, h}, t.tint);
        const float share = static_cast<float>(lines_) / static_cast<float>(total);
        const float from = static_cast<float>(firstLine_) / static_cast<float>(total);
        painter.rect({x, list_.top + std::round(from * h), w, std::max(w, std::round(share * h))},
                     t.secondary);

        const std::size_t first = firstLine_ * columns_ + 1;
        const std::size_t last = std::min(shown_.size(), (firstLine_ + lines_) * columns_);
        const float left = chrome_.bottomButtonsLeft(buttons_);
        sf::Text more = fittedText(
            I18n::format(
                I18n::tr("{1}\u2013{2} of {3}. Scroll, or use the arrow keys and Page "
                         "Down."),
                {std::to_string(first), std::to_string(last), std::to_string(shown_.size())}),
            c.fonts.regular(), m.caption(), left - area_.left - m.u(16.f));
        more.setFillColor(t.secondary);
        const float barTop = c.height() - chrome_.bottomBarHeight();
        placeText(more, area_.left, barTop + chrome_.bottomBarHeight() / 2.f);
        painter.text(more);
    }
}

} // namespace yaddas::app
