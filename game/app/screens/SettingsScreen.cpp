#include <app/screens/SettingsScreen.hpp>

#include <app/Context.hpp>
#include <app/Fonts.hpp>
#include <app/Learners.hpp>
#include <app/Painter.hpp>
#include <app/Settings.hpp>
#include <app/StateStack.hpp>
#include <app/TextBlock.hpp>
#include <app/widgets/Label.hpp>
#include <core/I18n.hpp>
#include <io/Language.hpp>

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>

namespace yaddas::app {
namespace {

using core::I18n;

constexpr int kSizes[] = {100, 125, 150, 175, 200};
constexpr int kRateStep = 10;
constexpr std::size_t kGroups = 7;

/// Choice labels carry a check mark when chosen, so that the choice does not rest on colour.
ButtonGroup::Button& choice(ButtonGroup& buttons, std::string id, std::string label,
                            sf::FloatRect rect, bool selected) {
    auto& b = buttons.add(std::move(id), (selected ? "\u2713 " : "") + std::move(label), rect,
                          ButtonGroup::Kind::Choice);
    b.selected = selected;
    return b;
}

/// The speech rate one step slower or faster, on the steps' grid (from 125: 120 or 130).
int steppedRate(int rate, bool faster) {
    const int stepped =
        faster ? (rate / kRateStep + 1) * kRateStep : ((rate - 1) / kRateStep) * kRateStep;
    return std::clamp(stepped, Settings::kMinSpeechRate, Settings::kMaxSpeechRate);
}

} // namespace

SettingsScreen::SettingsScreen(StateStack& stack, Context& context)
    : State(stack, context), chrome_(context) {
    buttons_.focus("size." + std::to_string(context.settings.textPercent));
}

void SettingsScreen::relayout() {
    Context& c = context();
    const Metrics& m = c.metrics;
    const sf::FloatRect col = chrome_.content();
    buttons_.clear();
    headings_.clear();
    chrome_.addTopButtons(buttons_, true, false);
    const float gap = std::round(m.u(10.f));
    const float rowH = std::round(m.u(48.f));
    const float label = std::round(m.u(40.f));
    const float after = m.u(28.f);
    const float top = col.top + m.u(48.f);

    // Seven groups of a heading and a row of controls. As many as fit are in view, whole (the
    // last row may reach into the bottom bar, left of Done): a second column would be too
    // narrow for the languages' and text sizes' buttons on a small window.
    const float groupH = label + rowH + after;
    const auto fit = static_cast<std::size_t>(
        std::max(1.f, std::floor((col.top + col.height + m.u(12.f) - top + after) / groupH)));
    shownGroups_ = std::min(kGroups, fit);
    firstGroup_ = std::min(firstGroup_, kGroups - shownGroups_);
    groupIds_.assign(kGroups, {});

    std::size_t index = 0; // the group being laid out, from 1
    bool shown = false;
    float y = top;
    float rowTop = 0.f;
    float buttonW = 0.f;
    auto group = [&](std::string heading, std::size_t count) {
        ++index;
        shown = index - 1 >= firstGroup_ && index - 1 < firstGroup_ + shownGroups_;
        if (!shown) {
            return;
        }
        headings_.push_back({std::move(heading), {col.left, y}, col.width});
        rowTop = y + label;
        y = rowTop + rowH + after;
        buttonW = std::floor((col.width - static_cast<float>(count - 1) * gap) /
                             static_cast<float>(count));
    };
    auto cell = [&](std::size_t i) {
        return sf::FloatRect{col.left + static_cast<float>(i) * (buttonW + gap), rowTop, buttonW,
                             rowH};
    };
    // A control of the current group, placed only when the group is in view.
    auto control = [&](std::size_t i, const std::string& id, std::string text, bool selected,
                       ButtonGroup::Kind kind = ButtonGroup::Kind::Choice) {
        groupIds_[index - 1].push_back(id);
        if (!shown) {
            return;
        }
        if (kind == ButtonGroup::Kind::Choice) {
            choice(buttons_, id, std::move(text), cell(i), selected);
        } else {
            buttons_.add(id, std::move(text), cell(i), kind);
        }
    };

    // Each language named in itself, so a learner who cannot read the current one finds hers.
    const auto& languages = io::Language::offered();
    // TRANSLATORS: headings of the settings.
    group(I18n::tr("Language"), languages.size());
    for (std::size_t i = 0; i < languages.size(); ++i) {
        control(i, "language." + languages[i], io::Language::nativeName(languages[i]),
                io::Language::current() == languages[i]);
    }

    group(I18n::tr("Text size"), 5);
    for (std::size_t i = 0; i < 5; ++i) {
        control(i, "size." + std::to_string(kSizes[i]), std::to_string(kSizes[i]) + " %",
                c.settings.textPercent == kSizes[i]);
    }

    group(I18n::tr("Colours"), 3);
    // TRANSLATORS: the choice of colours: light, dark or high-contrast theme.
    const std::pair<ThemeKind, const char*> themes[] = {
        {ThemeKind::Light, I18n::tr("Light")},
        {ThemeKind::Dark, I18n::tr("Dark")},
        {ThemeKind::HighContrast, I18n::tr("High contrast")}};
    for (std::size_t i = 0; i < 3; ++i) {
        control(i, "theme." + std::string(toString(themes[i].first)), themes[i].second,
                c.settings.theme == themes[i].first);
    }

    group(I18n::tr("Screen"), 2);
    // TRANSLATORS: the choice of showing the app in a window or on the full screen.
    control(0, "screen.window", I18n::tr("In a window"), !c.settings.fullscreen);
    control(1, "screen.full", I18n::tr("Full screen (F11)"), c.settings.fullscreen);

    // Every label says what it does by itself: a screen reader, or the app reading aloud, speaks
    // the button without its heading.
    // TRANSLATORS: the heading of the choice whether the app reads its text aloud.
    group(I18n::tr("Reading aloud"), 2);
    // TRANSLATORS: buttons switching reading aloud on and off.
    control(0, "speech.on", I18n::tr("Read aloud: on"), c.settings.speech);
    control(1, "speech.off", I18n::tr("Read aloud: off"), !c.settings.speech);

    // TRANSLATORS: the heading of the speed of reading aloud.
    group(I18n::tr("Reading speed"), 3);
    // TRANSLATORS: buttons changing the speed of reading aloud by one step.
    control(0, "rate.slower", I18n::tr("Read slower"), false, ButtonGroup::Kind::Normal);
    control(2, "rate.faster", I18n::tr("Read faster"), false, ButtonGroup::Kind::Normal);
    rateShown_ = shown;
    rateAt_ = cell(1); // the speed itself, between its two buttons

    // espeak-ng's voice variants: the language's default voice, a woman's and a man's.
    // TRANSLATORS: the heading of the choice of the voice that reads aloud.
    group(I18n::tr("Voice"), 3);
    const std::pair<const char*, const char*> voices[] = {
        // TRANSLATORS: the voices that read aloud.
        {"", I18n::tr("Default voice")},
        {"f2", I18n::tr("Woman's voice")},
        {"m3", I18n::tr("Man's voice")}};
    for (std::size_t i = 0; i < 3; ++i) {
        control(i, std::string("voice.") + voices[i].first, voices[i].second,
                c.settings.voice == voices[i].first);
    }
    sampleTop_ = y;

    // TRANSLATORS: a button closing the settings.
    const std::string done = I18n::tr("Done");
    buttons_.add("done", done, chrome_.primaryRect(done), ButtonGroup::Kind::Primary);
}

int SettingsScreen::groupOf(const std::string& id) const {
    for (std::size_t g = 0; g < groupIds_.size(); ++g) {
        if (std::find(groupIds_[g].begin(), groupIds_[g].end(), id) != groupIds_[g].end()) {
            return static_cast<int>(g);
        }
    }
    return -1;
}

void SettingsScreen::showGroup(std::size_t group) {
    std::size_t first = firstGroup_;
    if (group < first) {
        first = group;
    } else if (group >= first + shownGroups_) {
        first = group + 1 - shownGroups_;
    }
    if (first != firstGroup_) {
        firstGroup_ = first;
        relayout();
    }
}

void SettingsScreen::scrollBy(int step) {
    const auto last = static_cast<int>(kGroups - shownGroups_);
    const int first = std::clamp(static_cast<int>(firstGroup_) + step, 0, last);
    if (first == static_cast<int>(firstGroup_)) {
        return;
    }
    firstGroup_ = static_cast<std::size_t>(first);
    relayout();
    // The focus stays in view: a control scrolled away passes it to the nearest group shown.
    const int focused = groupOf(buttons_.focusedId());
    if (focused >= 0 && static_cast<std::size_t>(focused) < firstGroup_) {
        buttons_.focus(groupIds_[firstGroup_].front());
    } else if (focused >= 0 && static_cast<std::size_t>(focused) >= firstGroup_ + shownGroups_) {
        buttons_.focus(groupIds_[firstGroup_ + shownGroups_ - 1].back());
    }
}

void SettingsScreen::moveFocus(bool back) {
    // The reading order with every group's controls in place of those in view.
    std::vector<std::string> order;
    bool groupsIn = false;
    for (std::size_t i : buttons_.readingOrder()) {
        const std::string& id = buttons_.buttons()[i].id;
        if (groupOf(id) < 0) {
            order.push_back(id);
        } else if (!groupsIn) {
            for (const auto& ids : groupIds_) {
                order.insert(order.end(), ids.begin(), ids.end());
            }
            groupsIn = true;
        }
    }
    const auto at = std::find(order.begin(), order.end(), buttons_.focusedId());
    const auto n = static_cast<std::ptrdiff_t>(order.size());
    std::ptrdiff_t next = back ? n - 1 : 0;
    if (at != order.end()) {
        next = ((at - order.begin()) + (back ? n - 1 : 1)) % n;
    }
    const std::string id = order[static_cast<std::size_t>(next)];
    if (const int g = groupOf(id); g >= 0) {
        showGroup(static_cast<std::size_t>(g));
    }
    buttons_.focus(id);
}

void SettingsScreen::handleEvent(const sf::Event& event) {
    Context& c = context();
    if (event.type == sf::Event::KeyPressed && event.key.code == sf::Keyboard::Escape) {
        pop();
        return;
    }
    if (shownGroups_ < kGroups) {
        if (event.type == sf::Event::KeyPressed && event.key.code == sf::Keyboard::Tab) {
            moveFocus(event.key.shift);
            return;
        }
        if (event.type == sf::Event::KeyPressed) {
            const auto key = event.key.code;
            if (key == sf::Keyboard::Down || key == sf::Keyboard::PageDown) {
                scrollBy(1);
                return;
            }
            if (key == sf::Keyboard::Up || key == sf::Keyboard::PageUp) {
                scrollBy(-1);
                return;
            }
        }
        if (event.type == sf::Event::MouseWheelScrolled && event.mouseWheelScroll.delta != 0.f) {
            const float notches = std::max(1.f, std::round(std::abs(event.mouseWheelScroll.delta)));
            scrollBy(static_cast<int>(event.mouseWheelScroll.delta < 0 ? notches : -notches));
            return;
        }
    }
    const std::string id = buttons_.handleEvent(event);
    if (id.empty()) {
        return;
    }
    if (id == "done" || id == "top.back") {
        pop();
        return;
    }
    if (id.rfind("size.", 0) == 0) {
        c.settings.textPercent = std::stoi(id.substr(5));
    } else if (id.rfind("theme.", 0) == 0) {
        if (auto t = themeFromString(id.substr(6))) {
            c.settings.theme = *t;
        }
    } else if (id.rfind("language.", 0) == 0) {
        c.settings.language = id.substr(9);
    } else if (id == "screen.window" || id == "screen.full") {
        c.settings.fullscreen = id == "screen.full";
    } else if (id == "speech.on" || id == "speech.off") {
        c.settings.speech = id == "speech.on";
    } else if (id == "rate.slower" || id == "rate.faster") {
        c.settings.speechRate = steppedRate(c.settings.speechRate, id == "rate.faster");
    } else if (id.rfind("voice.", 0) == 0) {
        c.settings.voice = id.substr(6);
    }
    c.applySettings(); // lays every screen out again, this one included
    // A larger text size may leave fewer groups in view: the chosen one stays.
    if (const int g = groupOf(id); g >= 0) {
        showGroup(static_cast<std::size_t>(g));
    }
    buttons_.focus(id);
}

void SettingsScreen::draw(Painter& painter) {
    Context& c = context();
    const Metrics& m = c.metrics;
    const Theme& t = c.theme;
    chrome_.drawTopBar(painter, I18n::tr("Settings"));
    chrome_.drawNotice(painter);
    const sf::FloatRect col = chrome_.content();
    sf::Text title = fittedText(I18n::format(I18n::tr("Settings for {1}"), {c.learners.current()}),
                                c.fonts.bold(), m.title(), col.width);
    title.setFillColor(t.ink);
    placeText(title, col.left, col.top + m.u(18.f));
    painter.text(title);
    for (const Heading& h : headings_) {
        sf::Text text = fittedText(h.text, c.fonts.bold(), m.heading(), h.width);
        text.setFillColor(t.ink);
        placeText(text, h.at.x, h.at.y + m.u(16.f));
        painter.text(text);
    }
    // The speed as a share of the normal one, centred between Slower and Faster.
    if (rateShown_) {
        sf::Text rate = fittedText(std::to_string(c.settings.speechRate) + " %", c.fonts.bold(),
                                   m.body(), rateAt_.width);
        rate.setFillColor(t.ink);
        placeText(rate,
                  std::round(rateAt_.left + (rateAt_.width - rate.getLocalBounds().width) / 2.f),
                  rateAt_.top + rateAt_.height / 2.f);
        painter.text(rate);
    }
    // Where the groups in view are, in the bottom row left of Done, in place of the sample.
    if (shownGroups_ < kGroups) {
        const bool above = firstGroup_ > 0;
        const bool below = firstGroup_ + shownGroups_ < kGroups;
        const std::string more =
            above && below
                ? I18n::tr("More settings above and below (scroll or use the arrow keys)")
            : above ? I18n::tr("More settings above (scroll or use the arrow keys)")
                    : I18n::tr("More settings below (scroll or use the arrow keys)");
        const float room = chrome_.bottomButtonsLeft(buttons_) - col.left - m.u(12.f);
        sf::Text hint = fittedText(more, c.fonts.regular(), m.caption(), room);
        hint.setFillColor(t.secondary);
        placeText(hint, col.left, c.height() - chrome_.bottomBarHeight() / 2.f);
        painter.text(hint);
        buttons_.draw(painter, c);
        return;
    }
    // TRANSLATORS: a line showing the chosen text size; keep the name and the letters.
    const std::string sampleText =
        I18n::tr("Sample: Hüseyn Cavid (1882–1941) — “Ə ə ı ş ğ ç ö ü” …");
    // On a short window the sample shares the bottom row with Done: it keeps left of it, and is
    // left out rather than cut when it does not fit (it only shows the size).
    const float sampleY = sampleTop_ + m.u(12.f);
    const float room =
        sampleY + static_cast<float>(m.body()) > c.height() - chrome_.bottomBarHeight()
            ? chrome_.bottomButtonsLeft(buttons_) - col.left - m.u(12.f)
            : col.width;
    if (textWidth(sf::String::fromUtf8(sampleText.begin(), sampleText.end()), c.fonts.regular(),
                  m.body()) <= room) {
        sf::Text sample = fittedText(sampleText, c.fonts.regular(), m.body(), room);
        sample.setFillColor(t.secondary);
        placeText(sample, col.left, sampleY);
        painter.text(sample);
    }
    buttons_.draw(painter, c);
}

} // namespace yaddas::app
