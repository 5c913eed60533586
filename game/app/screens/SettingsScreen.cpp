#include <app/screens/SettingsScreen.hpp>

#include <app/Context.hpp>
#include <app/Fonts.hpp>
#include <app/Learners.hpp>
#include <app/Painter.hpp>
#include <app/StateStack.hpp>
#include <app/TextBlock.hpp>
#include <app/widgets/Label.hpp>
#include <core/I18n.hpp>
#include <io/Language.hpp>

#include <cmath>
#include <string>

namespace yaddas::app {
namespace {

using core::I18n;

constexpr int kSizes[] = {100, 125, 150, 175, 200};

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
    chrome_.addTopButtons(buttons_, true, false);
    const float gap = std::round(m.u(10.f));
    const float rowH = std::round(m.u(48.f));
    const float label = std::round(m.u(40.f));
    float y = col.top + m.u(48.f);

    // Each language named in itself, so a learner who cannot read the current one finds hers.
    languageTop_ = y;
    y += label;
    const auto& languages = io::Language::offered();
    const float languageW =
        std::floor((col.width - static_cast<float>(languages.size() - 1) * gap) /
                   static_cast<float>(languages.size()));
    for (std::size_t i = 0; i < languages.size(); ++i) {
        auto& b =
            buttons_.add("language." + languages[i], io::Language::nativeName(languages[i]),
                         {col.left + static_cast<float>(i) * (languageW + gap), y, languageW, rowH},
                         ButtonGroup::Kind::Choice);
        b.selected = io::Language::current() == languages[i];
        b.label = (b.selected ? "\u2713 " : "") + b.label;
    }
    y += rowH + m.u(28.f);

    sizeTop_ = y;
    y += label;
    const float sizeW = std::floor((col.width - 4 * gap) / 5.f);
    for (std::size_t i = 0; i < 5; ++i) {
        auto& b =
            buttons_.add("size." + std::to_string(kSizes[i]), std::to_string(kSizes[i]) + " %",
                         {col.left + static_cast<float>(i) * (sizeW + gap), y, sizeW, rowH},
                         ButtonGroup::Kind::Choice);
        b.selected = c.settings.textPercent == kSizes[i];
        b.label = (b.selected ? "\u2713 " : "") + b.label;
    }
    y += rowH + m.u(28.f);

    themeTop_ = y;
    y += label;
    const float themeW = std::floor((col.width - 2 * gap) / 3.f);
    // TRANSLATORS: the choice of colours: light, dark or high-contrast theme.
    const std::pair<ThemeKind, const char*> themes[] = {
        {ThemeKind::Light, I18n::tr("Light")},
        {ThemeKind::Dark, I18n::tr("Dark")},
        {ThemeKind::HighContrast, I18n::tr("High contrast")}};
    for (std::size_t i = 0; i < 3; ++i) {
        auto& b = buttons_.add("theme." + std::string(toString(themes[i].first)), themes[i].second,
                               {col.left + static_cast<float>(i) * (themeW + gap), y, themeW, rowH},
                               ButtonGroup::Kind::Choice);
        b.selected = c.settings.theme == themes[i].first;
        b.label = (b.selected ? "\u2713 " : "") + b.label;
    }
    y += rowH + m.u(28.f);

    screenTop_ = y;
    y += label;
    const float halfW = std::floor((col.width - gap) / 2.f);
    // TRANSLATORS: the choice of showing the app in a window or on the full screen.
    auto& win = buttons_.add("screen.window", I18n::tr("In a window"), {col.left, y, halfW, rowH},
                             ButtonGroup::Kind::Choice);
    win.selected = !c.settings.fullscreen;
    auto& full = buttons_.add("screen.full", I18n::tr("Full screen (F11)"),
                              {col.left + halfW + gap, y, halfW, rowH}, ButtonGroup::Kind::Choice);
    full.selected = c.settings.fullscreen;
    for (auto* b : {&win, &full}) {
        b->label = (b->selected ? "\u2713 " : "") + b->label;
    }
    sampleTop_ = y + rowH + m.u(28.f);

    // TRANSLATORS: a button closing the settings.
    const std::string done = I18n::tr("Done");
    buttons_.add("done", done, chrome_.primaryRect(done), ButtonGroup::Kind::Primary);
}

void SettingsScreen::handleEvent(const sf::Event& event) {
    Context& c = context();
    if (event.type == sf::Event::KeyPressed && event.key.code == sf::Keyboard::Escape) {
        pop();
        return;
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
    }
    c.applySettings(); // lays every screen out again, this one included
    buttons_.focus(id);
}

void SettingsScreen::draw(Painter& painter) {
    Context& c = context();
    const Metrics& m = c.metrics;
    const Theme& t = c.theme;
    chrome_.drawTopBar(painter, I18n::tr("Settings"));
    chrome_.drawNotice(painter);
    const sf::FloatRect col = chrome_.content();
    auto heading = [&](const std::string& text, float y) {
        sf::Text h = fittedText(text, c.fonts.bold(), m.heading(), col.width);
        h.setFillColor(t.ink);
        placeText(h, col.left, y + m.u(16.f));
        painter.text(h);
    };
    sf::Text title = fittedText(I18n::format(I18n::tr("Settings for {1}"), {c.learners.current()}),
                                c.fonts.bold(), m.title(), col.width);
    title.setFillColor(t.ink);
    placeText(title, col.left, col.top + m.u(18.f));
    painter.text(title);
    // TRANSLATORS: headings of the settings.
    heading(I18n::tr("Language"), languageTop_);
    heading(I18n::tr("Text size"), sizeTop_);
    heading(I18n::tr("Colours"), themeTop_);
    heading(I18n::tr("Screen"), screenTop_);
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
