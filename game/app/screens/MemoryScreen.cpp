#include <app/screens/MemoryScreen.hpp>

#include <app/Context.hpp>
#include <app/Fonts.hpp>
#include <app/Painter.hpp>
#include <app/StateStack.hpp>
#include <app/widgets/Label.hpp>

#include <core/I18n.hpp>
#include <core/TextNormalizer.hpp>

#include <algorithm>
#include <cmath>
#include <set>

namespace yaddas::app {

using core::I18n;

MemoryScreen::MemoryScreen(StateStack& stack, Context& context)
    : State(stack, context), chrome_(context) {}

void MemoryScreen::relayout() {
    Context& c = context();
    const Metrics& m = c.metrics;
    const Theme& t = c.theme;
    const sf::FloatRect col = chrome_.content();
    pad_ = std::round(m.u(16.f));
    const float gap = std::round(m.u(14.f));
    // The cards may use more than the reading column: two columns when there is room.
    const float area = std::min(c.width() - 2 * m.u(28.f), std::max(col.width, col.width * 1.5f));
    const float left = std::round((c.width() - area) / 2.f);
    int cols = area >= 2 * m.u(360.f) ? 2 : 1;
    float cardW =
        std::floor((area - gap * static_cast<float>(cols - 1)) / static_cast<float>(cols));

    TextBlock::Style body{&c.fonts.regular(), &c.fonts.bold(), m.body(), 1.45f, t.ink,
                          t.secondary,        t.tint};
    intro_.layout(I18n::tr("The victims of the repressions named in these lessons: their years, "
                           "who they were, and what was done to them."),
                  body, area);
    const float top = col.top + m.u(48.f) + intro_.height() + m.u(16.f);
    const float bottom = col.top + col.height;

    // A card taller than a page (a long fate, longer words in another language, a large text
    // size) is laid out again in one column, where it takes fewer lines.
    for (int attempt = 0; attempt < 2; ++attempt) {
        cards_.clear();
        // Victims only (never the officials who ordered or carried out the repressions), each once:
        // a person two modules both define, by id or by the same name, gets one card.
        std::set<std::string> seenIds;
        std::set<std::string> seenNames;
        for (const auto& module : c.library.modules()) {
            for (const auto& p : module.people) {
                if (!p.isVictim()) {
                    continue;
                }
                const std::string nameKey = core::TextNormalizer::nameKey(p.nameEn);
                const bool newId = seenIds.insert(p.meta.id).second;
                const bool newName = nameKey.empty() || seenNames.insert(nameKey).second;
                if (!newId || !newName) {
                    continue;
                }
                Card card;
                std::vector<StyledRun> runs{{p.displayName(), RunStyle::Strong, {}}};
                if (!p.nameAz.empty() && p.nameAz != p.displayName()) {
                    runs.push_back({"\n" + p.nameAz, RunStyle::Plain, {}});
                }
                runs.push_back({"\n" + p.lifeYears() + (p.role.empty() ? "" : " · " + p.role),
                                RunStyle::Secondary,
                                {}});
                if (!p.fate.empty()) {
                    const std::string fate =
                        core::TextNormalizer::capitalised(p.fate, module.language);
                    runs.push_back({"\n" + fate + ".", RunStyle::Plain, {}});
                }
                card.block.layout(runs, body, cardW - 2 * pad_);
                cards_.push_back(std::move(card));
            }
        }
        const bool tooTall = std::any_of(cards_.begin(), cards_.end(), [&](const Card& card) {
            return card.block.height() + 2 * pad_ > bottom - top;
        });
        if (!tooTall || cols == 1) {
            break;
        }
        cols = 1;
        cardW = area;
    }
    // Rows of `cols` cards, each row as tall as its tallest card; a new page when one is full.
    std::size_t page = 0;
    float y = top;
    for (std::size_t i = 0; i < cards_.size(); i += static_cast<std::size_t>(cols)) {
        float rowH = 0.f;
        for (std::size_t k = i; k < std::min(cards_.size(), i + static_cast<std::size_t>(cols));
             ++k) {
            rowH = std::max(rowH, cards_[k].block.height() + 2 * pad_);
        }
        if (y + rowH > bottom && y > top) {
            ++page;
            y = top;
        }
        for (std::size_t k = i; k < std::min(cards_.size(), i + static_cast<std::size_t>(cols));
             ++k) {
            cards_[k].page = page;
            cards_[k].rect = {left + static_cast<float>(k - i) * (cardW + gap), y, cardW, rowH};
        }
        y += rowH + gap;
    }
    pages_ = page + 1;
    page_ = std::min(page_, pages_ - 1);

    buttons_.clear();
    chrome_.addTopButtons(buttons_, true);
    const bool last = page_ + 1 >= pages_;
    const std::string primary = last ? I18n::tr("Back to modules") : I18n::tr("Next \u203A");
    const sf::FloatRect p = chrome_.primaryRect(primary);
    buttons_.add(last ? "done" : "next", primary, p, ButtonGroup::Kind::Primary);
    if (pages_ > 1) {
        const std::string previous = I18n::tr("\u2039 Previous");
        auto& prev = buttons_.add("prev", previous, chrome_.bottomRect(previous, p.left - gap));
        prev.enabled = page_ > 0;
    }
}

void MemoryScreen::handleEvent(const sf::Event& event) {
    if (event.type == sf::Event::KeyPressed) {
        if (event.key.code == sf::Keyboard::Escape) {
            pop();
            return;
        }
        if ((event.key.code == sf::Keyboard::Right || event.key.code == sf::Keyboard::PageDown) &&
            page_ + 1 < pages_) {
            ++page_;
            relayout();
            return;
        }
        if ((event.key.code == sf::Keyboard::Left || event.key.code == sf::Keyboard::PageUp) &&
            page_ > 0) {
            --page_;
            relayout();
            return;
        }
    }
    const std::string id = buttons_.handleEvent(event);
    if (id == "done" || id == "top.back") {
        pop();
    } else if (id == "next") {
        ++page_;
        relayout();
    } else if (id == "prev" && page_ > 0) {
        --page_;
        relayout();
    } else if (id == "top.settings") {
        push(ScreenId::Settings);
    }
}

void MemoryScreen::draw(Painter& painter) {
    Context& c = context();
    const Metrics& m = c.metrics;
    const Theme& t = c.theme;
    // TRANSLATORS: the name of the page of the victims named in the lessons (top bar and title).
    const std::string name = I18n::tr("In memory");
    chrome_.drawTopBar(painter, name);
    chrome_.drawNotice(painter);
    const sf::FloatRect col = chrome_.content();
    const float area = std::min(c.width() - 2 * m.u(28.f), std::max(col.width, col.width * 1.5f));
    const float left = std::round((c.width() - area) / 2.f);
    sf::Text title = fittedText(name, c.fonts.bold(), m.title(), area);
    title.setFillColor(t.ink);
    placeText(title, left, col.top + m.u(18.f));
    painter.text(title);
    intro_.draw(painter, {left, col.top + m.u(48.f)});
    if (cards_.empty()) {
        sf::Text none =
            fittedText(I18n::tr("No lesson names anyone yet."), c.fonts.regular(), m.body(), area);
        none.setFillColor(t.secondary);
        placeText(none, left, col.top + m.u(48.f) + intro_.height() + m.u(30.f));
        painter.text(none);
    }
    for (const Card& card : cards_) {
        if (card.page != page_) {
            continue;
        }
        painter.rect(card.rect, t.panel, t.rule, std::max(1.f, m.u(1.f)));
        card.block.draw(painter, {card.rect.left + pad_, card.rect.top + pad_});
    }
    if (pages_ > 1) {
        sf::Text where =
            fittedText(I18n::format(I18n::tr("Page {1} of {2}"),
                                    {std::to_string(page_ + 1), std::to_string(pages_)}),

                       c.fonts.regular(), m.caption(), col.width / 3.f);
        where.setFillColor(t.secondary);
        placeText(where, col.left, c.height() - chrome_.bottomBarHeight() / 2.f);
        painter.text(where);
    }
    buttons_.draw(painter, c);
}

} // namespace yaddas::app
