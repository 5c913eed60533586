#include <app/screens/SourcesScreen.hpp>

#include <app/Context.hpp>
#include <app/Fonts.hpp>
#include <app/Painter.hpp>
#include <app/StateStack.hpp>
#include <app/widgets/Label.hpp>

#include <core/CitationText.hpp>
#include <core/I18n.hpp>
#include <core/Source.hpp>

#include <algorithm>
#include <cmath>

namespace yaddas::app {
namespace {

using core::I18n;

/// The heading of a group of works of one kind: "Book" for one, "Books" for several,
/// "Decrees and orders" for several of that kind (each may be either).
std::string groupName(core::Source::Kind kind, std::size_t count) {
    const auto n = static_cast<long long>(count);
    // TRANSLATORS: headings of the list of a module's sources, one group per kind of work.
    switch (kind) {
    case core::Source::Kind::SourceText:
        return I18n::trn("Source text", "Source texts", n);
    case core::Source::Kind::Decree:
        return I18n::trn("Decree or order", "Decrees and orders", n);
    case core::Source::Kind::Archive:
        return I18n::trn("Archive document", "Archive documents", n);
    case core::Source::Kind::Book:
        return I18n::trn("Book", "Books", n);
    case core::Source::Kind::Article:
        return I18n::trn("Article", "Articles", n);
    case core::Source::Kind::Encyclopedia:
        return I18n::trn("Encyclopedia entry", "Encyclopedia entries", n);
    case core::Source::Kind::Web:
        return I18n::trn("Web page", "Web pages", n);
    case core::Source::Kind::Testimony:
        return I18n::trn("Testimony", "Testimonies", n);
    }
    return I18n::trn("Source", "Sources", n);
}

} // namespace

SourcesScreen::SourcesScreen(StateStack& stack, Context& context)
    : State(stack, context), chrome_(context) {
    module_ = context.library.find(context.nav.moduleId);
}

void SourcesScreen::buildRows() {
    Context& c = context();
    const Metrics& m = c.metrics;
    const Theme& t = c.theme;
    rows_.clear();
    works_ = 0;
    if (module_ == nullptr) {
        return;
    }
    const float width = chrome_.content().width;
    TextBlock::Style body{&c.fonts.regular(), &c.fonts.bold(), m.body(), 1.4f, t.ink,
                          t.secondary,        t.tint};
    TextBlock::Style heading = body;
    heading.regular = &c.fonts.bold();

    // Every cited work, in order of first citation, then grouped by kind (stable: the order of
    // citation stays within a group). An id no bibliography has is listed as it is, last.
    std::vector<const core::Source*> sources;
    std::vector<std::string> unknown;
    for (const std::string& id : module_->citedSources()) {
        if (const core::Source* s = c.library.findSource(id)) {
            sources.push_back(s);
        } else {
            unknown.push_back(id);
        }
    }
    std::stable_sort(
        sources.begin(), sources.end(),
        [](const core::Source* a, const core::Source* b) { return a->kind < b->kind; });
    for (std::size_t i = 0; i < sources.size();) {
        std::size_t j = i;
        while (j < sources.size() && sources[j]->kind == sources[i]->kind) {
            ++j;
        }
        const std::size_t group = rows_.size();
        Row h;
        h.heading = true;
        h.group = group;
        h.block.layout(groupName(sources[i]->kind, j - i), heading, width);
        h.height = h.block.height();
        rows_.push_back(std::move(h));
        for (std::size_t k = i; k < j; ++k) {
            Row r;
            r.group = group;
            r.block.layout(core::CitationText::entry(*sources[k]), body, width - 2 * pad_);
            r.height = r.block.height() + 2 * pad_;
            rows_.push_back(std::move(r));
            ++works_;
        }
        i = j;
    }
    if (!unknown.empty()) {
        const std::size_t group = rows_.size();
        Row h;
        h.heading = true;
        h.group = group;
        // TRANSLATORS: the heading of works a module cites by an id no bibliography defines.
        h.block.layout(I18n::tr("Not in any bibliography"), heading, width);
        h.height = h.block.height();
        rows_.push_back(std::move(h));
        for (const std::string& id : unknown) {
            Row r;
            r.group = group;
            r.block.layout(id, body, width - 2 * pad_);
            r.height = r.block.height() + 2 * pad_;
            rows_.push_back(std::move(r));
            ++works_;
        }
    }
}

float SourcesScreen::headingAbove(std::size_t first) const {
    if (first >= rows_.size() || rows_[first].heading) {
        return 0.f;
    }
    return rows_[rows_[first].group].height + gap_;
}

std::size_t SourcesScreen::fitting(std::size_t first) const {
    const sf::FloatRect content = chrome_.content();
    const float room = content.top + content.height - listTop_;
    float y = headingAbove(first);
    std::size_t n = 0;
    for (std::size_t i = first; i < rows_.size(); ++i) {
        const float h = rows_[i].height + (n > 0 ? gap_ : 0.f);
        if (y + h > room && n > 0) {
            break;
        }
        y += h;
        ++n;
    }
    if (n > 1 && rows_[first + n - 1].heading) {
        --n; // a heading goes with its first work, on the next screenful
    }
    return n;
}

void SourcesScreen::relayout() {
    Context& c = context();
    // The library is shown anew when the learner changes language: find the module again.
    module_ = c.library.find(c.nav.moduleId);
    const Metrics& m = c.metrics;
    const Theme& t = c.theme;
    const sf::FloatRect content = chrome_.content();
    pad_ = std::round(m.u(12.f));
    gap_ = std::round(m.u(10.f));
    const std::string focused = buttons_.focusedId();
    TextBlock::Style title{&c.fonts.bold(), &c.fonts.bold(), m.title(), 1.25f,
                           t.ink,           t.secondary,     t.tint};
    // TRANSLATORS: the title of the sources screen; {1} is the module's title.
    title_.layout(
        I18n::format(I18n::tr("Sources \u2014 {1}"),
                     {module_ != nullptr ? module_->title : std::string(I18n::tr("lesson"))}),
        title, content.width);
    TextBlock::Style caption{&c.fonts.regular(), &c.fonts.bold(), m.caption(), 1.4f,
                             t.secondary,        t.secondary,     t.tint};
    intro_.layout(I18n::tr("Every work this module cites, by kind. In the reader, the marker "
                           "after a paragraph (\u201c[1]\u201d) shows the sources of that "
                           "paragraph alone."),
                  caption, content.width);
    listTop_ = content.top + title_.height() + m.u(6.f) + intro_.height() + m.u(14.f);
    buildRows();
    if (first_ >= rows_.size()) {
        first_ = 0;
    }
    layoutRows();
    if (focused.rfind("work.", 0) == 0 && buttons_.find(focused) == nullptr) {
        buttons_.clearFocus();
    }
}

void SourcesScreen::layoutRows() {
    const sf::FloatRect content = chrome_.content();
    buttons_.clear();
    chrome_.addTopButtons(buttons_, true);
    rects_.clear();
    const std::size_t n = fitting(first_);
    float y = listTop_ + headingAbove(first_);
    for (std::size_t i = first_; i < first_ + n; ++i) {
        const sf::FloatRect r{content.left, y, content.width, rows_[i].height};
        rects_.push_back(r);
        if (!rows_[i].heading) {
            buttons_.add("work." + std::to_string(i), "", r, ButtonGroup::Kind::Hidden);
        }
        y += rows_[i].height + gap_;
    }
    // TRANSLATORS: a button: back to the module's text.
    const std::string back = I18n::tr("Back");
    buttons_.add("back", back, chrome_.primaryRect(back), ButtonGroup::Kind::Primary);
}

std::size_t SourcesScreen::focusedRow() const {
    const std::string focused = buttons_.focusedId();
    if (focused.rfind("work.", 0) == 0) {
        return std::stoul(focused.substr(5));
    }
    return rows_.size();
}

void SourcesScreen::focusRow(std::size_t row) {
    if (row >= rows_.size()) {
        return;
    }
    if (row <= first_) {
        first_ = row > 0 && rows_[row - 1].heading ? row - 1 : row;
    }
    while (first_ < row && row >= first_ + fitting(first_)) {
        ++first_;
    }
    layoutRows();
    buttons_.focus("work." + std::to_string(row));
}

void SourcesScreen::handleEvent(const sf::Event& event) {
    if (event.type == sf::Event::KeyPressed) {
        const auto key = event.key.code;
        if (key == sf::Keyboard::Escape) {
            pop();
            return;
        }
        const std::size_t current = focusedRow();
        if (key == sf::Keyboard::Down || key == sf::Keyboard::Up) {
            std::size_t row = current;
            if (current >= rows_.size()) {
                // Nothing focused yet: the first work on screen.
                row = first_;
                while (row < rows_.size() && rows_[row].heading) {
                    ++row;
                }
            } else if (key == sf::Keyboard::Down) {
                for (std::size_t i = current + 1; i < rows_.size(); ++i) {
                    if (!rows_[i].heading) {
                        row = i;
                        break;
                    }
                }
            } else {
                for (std::size_t i = current; i-- > 0;) {
                    if (!rows_[i].heading) {
                        row = i;
                        break;
                    }
                }
            }
            focusRow(row);
            return;
        }
        if (key == sf::Keyboard::Home || key == sf::Keyboard::End) {
            std::size_t row = rows_.size();
            for (std::size_t i = 0; i < rows_.size(); ++i) {
                if (!rows_[i].heading && (row == rows_.size() || key == sf::Keyboard::End)) {
                    row = i;
                }
            }
            focusRow(row);
            return;
        }
        if ((key == sf::Keyboard::PageDown || key == sf::Keyboard::PageUp) && !rows_.empty()) {
            const std::size_t n = std::max<std::size_t>(1, fitting(first_));
            std::size_t row = key == sf::Keyboard::PageDown ? std::min(rows_.size() - 1, first_ + n)
                                                            : (first_ > n ? first_ - n : 0);
            while (row + 1 < rows_.size() && rows_[row].heading) {
                ++row;
            }
            focusRow(row);
            return;
        }
    }
    if (event.type == sf::Event::MouseWheelScrolled && !rows_.empty()) {
        std::size_t last = rows_.size() - 1; // the first row of the last screenful
        while (last > 0 && fitting(last - 1) >= rows_.size() - (last - 1)) {
            --last;
        }
        if (event.mouseWheelScroll.delta < 0 && first_ < last) {
            ++first_;
        } else if (event.mouseWheelScroll.delta > 0 && first_ > 0) {
            --first_;
        }
        layoutRows();
        return;
    }
    const std::string id = buttons_.handleEvent(event);
    if (id == "back" || id == "top.back") {
        pop();
    } else if (id == "top.settings") {
        push(ScreenId::Settings);
    }
}

void SourcesScreen::draw(Painter& painter) {
    Context& c = context();
    const Metrics& m = c.metrics;
    const Theme& t = c.theme;
    const sf::FloatRect content = chrome_.content();
    chrome_.drawTopBar(painter,
                       (module_ != nullptr ? module_->title : std::string(I18n::tr("Lesson"))) +
                           " \u203A " + I18n::tr("Sources"));
    chrome_.drawNotice(painter);
    title_.draw(painter, {content.left, content.top});
    intro_.draw(painter, {content.left, content.top + title_.height() + m.u(6.f)});
    if (module_ == nullptr || rows_.empty()) {
        sf::Text none =
            fittedText(module_ == nullptr ? I18n::tr("This module is no longer installed.")
                                          : I18n::tr("This module cites no sources."),
                       c.fonts.regular(), m.body(), content.width);
        none.setFillColor(t.secondary);
        placeText(none, content.left, listTop_ + m.u(14.f));
        painter.text(none);
    }
    if (first_ < rows_.size() && !rows_[first_].heading) {
        rows_[rows_[first_].group].block.draw(painter, {content.left, listTop_});
    }
    const std::string focused = buttons_.focusedId();
    std::size_t shownFrom = 0;
    std::size_t shownTo = 0;
    std::size_t work = 0;
    for (std::size_t i = 0; i < rows_.size(); ++i) {
        if (!rows_[i].heading) {
            ++work;
        }
        if (i < first_ || i >= first_ + rects_.size()) {
            continue;
        }
        const sf::FloatRect r = rects_[i - first_];
        const Row& row = rows_[i];
        if (row.heading) {
            row.block.draw(painter, {r.left, r.top});
            continue;
        }
        shownFrom = shownFrom == 0 ? work : shownFrom;
        shownTo = work;
        painter.rect(r, t.panel, t.rule, std::max(1.f, m.u(1.f)));
        row.block.draw(painter, {r.left + pad_, r.top + pad_});
        if (focused == "work." + std::to_string(i)) {
            painter.focusRing(r, t.accent, std::max(2.f, m.u(3.f)));
        }
    }
    if (shownFrom > 1 || shownTo < works_) {
        const float room = chrome_.bottomButtonsLeft(buttons_) - content.left - m.u(12.f);
        sf::Text more =
            fittedText(I18n::format(I18n::tr("Works {1}\u2013{2} of {3} (scroll or use the arrow "
                                             "keys)"),
                                    {std::to_string(shownFrom), std::to_string(shownTo),
                                     std::to_string(works_)}),

                       c.fonts.regular(), m.caption(), std::max(10.f, room));
        more.setFillColor(t.secondary);
        placeText(more, content.left, c.height() - chrome_.bottomBarHeight() / 2.f);
        painter.text(more);
    }
    buttons_.draw(painter, c);
}

} // namespace yaddas::app
