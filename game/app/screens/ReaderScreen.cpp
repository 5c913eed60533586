#include <app/screens/ReaderScreen.hpp>

#include <app/Announcer.hpp>
#include <app/Context.hpp>
#include <app/Fonts.hpp>
#include <app/Learners.hpp>
#include <app/Painter.hpp>
#include <app/StateStack.hpp>
#include <app/widgets/Label.hpp>

#include <core/CitationText.hpp>
#include <core/I18n.hpp>
#include <core/SentenceSplitter.hpp>
#include <core/TextNormalizer.hpp>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cmath>

namespace yaddas::app {
namespace {

using core::I18n;

const std::string kCiteRef = "#cite:"; // a marker's ref: never a fact id, which has no '#'

bool isMarkerRef(const std::string& ref) {
    return ref.rfind(kCiteRef, 0) == 0;
}

} // namespace

ReaderScreen::ReaderScreen(StateStack& stack, Context& context)
    : State(stack, context), chrome_(context) {
    module_ = context.library.find(context.nav.moduleId);
    if (module_ != nullptr) {
        const auto reading = context.learners.reading(*module_);
        // A finished module opens at its start again; an unfinished one where the learner was.
        startSection_ = reading.finished() ? 0 : static_cast<int>(reading.section);
    }
}

std::vector<StyledRun> ReaderScreen::runsOf(const core::Block& block) const {
    std::vector<StyledRun> runs;
    for (const core::Span& s : block.spans) {
        RunStyle style = RunStyle::Plain;
        switch (s.kind) {
        case core::Span::Kind::Date:
        case core::Span::Kind::Number:
        case core::Span::Kind::Name:
            style = RunStyle::Strong;
            break;
        case core::Span::Kind::Term:
            style = findTerm(s.ref) != nullptr ? RunStyle::Term : RunStyle::Plain;
            break;
        case core::Span::Kind::Text:
            break;
        }
        runs.push_back({s.text, style, s.ref});
    }
    return runs;
}

const core::Term* ReaderScreen::findTerm(const std::string& ref) const {
    if (module_ != nullptr) {
        if (const core::Term* term = module_->findTerm(ref)) {
            return term;
        }
    }
    // A term another module defines (a lesson may use the glossary of an earlier one).
    const core::Module* home = context().library.moduleOfFact(ref);
    return home != nullptr ? home->findTerm(ref) : nullptr;
}

void ReaderScreen::buildItems() {
    Context& c = context();
    const Metrics& m = c.metrics;
    const Theme& t = c.theme;
    items_.clear();
    citedBlocks_.clear();
    sentences_.clear();
    heard_ = -1;
    if (module_ == nullptr) {
        return;
    }
    pad_ = std::round(m.u(18.f));
    gap_ = std::round(m.u(16.f));
    const float width = chrome_.column().width;
    TextBlock::Style body{&c.fonts.regular(), &c.fonts.bold(), m.body(), 1.5f, t.ink,
                          t.secondary,        t.tint};
    TextBlock::Style heading = body;
    heading.size = m.heading();
    heading.regular = &c.fonts.bold();
    heading.lineSpacing = 1.3f;

    if (module_->untranslated) {
        Item note;
        note.kind = Item::Kind::Note;
        note.section = 0;
        // TRANSLATORS: shown above a module that has no translation into the learner's language.
        note.block.layout({{I18n::tr("This module has not been translated into your language yet, "
                                     "so it is shown in English."),
                            RunStyle::Secondary,
                            {}}},
                          body, width - 2 * pad_);
        items_.push_back(std::move(note));
    }
    for (std::size_t s = 0; s < module_->sections.size(); ++s) {
        const core::Section& section = module_->sections[s];
        Item h;
        h.kind = Item::Kind::Heading;
        h.section = s;
        h.block.layout(section.title, heading, width);
        addSentences(items_.size(), {{section.title, RunStyle::Plain, {}}});
        items_.push_back(std::move(h));
        for (const core::Block& block : section.blocks) {
            Item item;
            item.section = s;
            std::vector<StyledRun> runs;
            switch (block.kind) {
            case core::Block::Kind::Paragraph:
                item.kind = Item::Kind::Paragraph;
                runs = runsOf(block);
                break;
            case core::Block::Kind::Note:
                item.kind = Item::Kind::Note;
                // TRANSLATORS: the heading of a boxed note beside the module's text.
                runs.push_back(
                    {std::string(I18n::tr("Context note")) + "\n", RunStyle::Secondary, {}});
                for (auto& r : runsOf(block)) {
                    runs.push_back(std::move(r));
                }
                break;
            case core::Block::Kind::Card: {
                item.kind = Item::Kind::Card;
                // The person may be defined in another module (a card refers to it by id).
                const core::Person* p = c.library.findPerson(block.person);
                if (p == nullptr) {
                    continue;
                }
                runs.push_back({p->displayName(), RunStyle::Strong, p->meta.id});
                if (!p->nameAz.empty() && p->nameAz != p->displayName()) {
                    runs.push_back({"  ·  " + p->nameAz, RunStyle::Plain, {}});
                }
                runs.push_back({"\n" + p->lifeYears() + (p->role.empty() ? "" : " · " + p->role),
                                RunStyle::Secondary,
                                {}});
                if (!p->fate.empty()) {
                    const std::string fate =
                        core::TextNormalizer::capitalised(p->fate, module_->language);
                    runs.push_back({"\n" + fate + ".", RunStyle::Plain, {}});
                }
                if (p->meta.status != core::Status::Confirmed && !p->meta.context.empty()) {
                    runs.push_back({"\n" + p->meta.context, RunStyle::Secondary, {}});
                }
                break;
            }
            }
            if (block.kind != core::Block::Kind::Card && !block.citations().empty()) {
                // The marker of its sources, right after the last word, like a footnote's number.
                citedBlocks_.push_back(&block);
                runs.push_back({"[" + std::to_string(citedBlocks_.size()) + "]", RunStyle::Marker,
                                kCiteRef + std::to_string(citedBlocks_.size() - 1)});
            }
            item.block.layout(runs, body, item.boxed() ? width - 2 * pad_ : width);
            addSentences(items_.size(), runs);
            items_.push_back(std::move(item));
        }
    }
    if (!module_->objectives.empty()) {
        Item h;
        h.kind = Item::Kind::Heading;
        h.section = module_->sections.size();
        // TRANSLATORS: a heading before the module's learning objectives, after its last section.
        h.block.layout(I18n::tr("What you should now know"), heading, width);
        addSentences(items_.size(), {{I18n::tr("What you should now know"), RunStyle::Plain, {}}});
        items_.push_back(std::move(h));
        Item o;
        o.kind = Item::Kind::Objectives;
        o.section = module_->sections.size();
        std::vector<StyledRun> runs;
        for (std::size_t i = 0; i < module_->objectives.size(); ++i) {
            runs.push_back({(i ? "\n• " : "• ") + module_->objectives[i], RunStyle::Plain, {}});
        }
        o.block.layout(runs, body, width);
        addSentences(items_.size(), runs);
        items_.push_back(std::move(o));
    }
}

void ReaderScreen::paginate() {
    pages_.clear();
    const float available = chrome_.content().height;
    Page current;
    float y = 0.f;
    bool started = false;
    auto flush = [&] {
        if (!current.slices.empty()) {
            pages_.push_back(std::move(current));
        }
        current = Page{};
        y = 0.f;
    };
    for (std::size_t i = 0; i < items_.size(); ++i) {
        const Item& item = items_[i];
        if (!started || item.section != current.section) {
            flush();
            current.section = item.section;
            started = true;
        }
        const float boxPad = item.boxed() ? 2 * pad_ : 0.f;
        const float lh = item.block.lineHeight();
        const std::size_t lines = item.block.lineCount();
        std::size_t from = 0;
        while (from < lines) {
            const float before = current.slices.empty() ? 0.f : gap_;
            const float avail = available - y - before - boxPad;
            const auto fit = static_cast<std::size_t>(std::max(0.f, std::floor(avail / lh)));
            const std::size_t remaining = lines - from;
            // A heading stays with the first lines of what follows it.
            const bool lonelyHeading =
                item.kind == Item::Kind::Heading && avail < item.block.height() + 3 * lh;
            if (fit >= remaining && !(lonelyHeading && !current.slices.empty())) {
                current.slices.push_back({i, from, lines, y + before});
                y += before + boxPad + static_cast<float>(remaining) * lh;
                from = lines;
            } else if (item.kind != Item::Kind::Heading && fit >= 2) {
                current.slices.push_back({i, from, from + fit, y + before});
                from += fit;
                flush();
                current.section = item.section;
            } else if (current.slices.empty()) {
                // Taller than a whole page even alone (huge text on a tiny window): one line.
                current.slices.push_back({i, from, from + std::max<std::size_t>(1, fit), 0.f});
                from += std::max<std::size_t>(1, fit);
                flush();
                current.section = item.section;
            } else {
                flush();
                current.section = item.section;
            }
        }
    }
    flush();
}

void ReaderScreen::relayout() {
    // The library is shown anew when the learner changes language: find the module again.
    module_ = context().library.find(context().nav.moduleId);
    std::size_t keepSection = pages_.empty() ? static_cast<std::size_t>(std::max(0, startSection_))
                                             : pages_[page_].section;
    buildItems();
    paginate();
    page_ = 0;
    for (std::size_t p = 0; p < pages_.size(); ++p) {
        if (pages_[p].section == keepSection) {
            page_ = p;
            break;
        }
    }
    tooltipRef_.clear();
    closeCitations();
    layoutButtons();
    if (!opened_) {
        opened_ = true;
        save(); // the module counts as started as soon as it is opened
    }
}

void ReaderScreen::layoutButtons() {
    Context& c = context();
    const sf::FloatRect content = chrome_.content();
    buttons_.clear();
    chrome_.addTopButtons(buttons_, true);
    termIds_.clear();
    termRects_.clear();
    hoveredTerm_ = -1;
    if (!pages_.empty()) {
        for (const Slice& s : pages_[page_].slices) {
            const Item& item = items_[s.item];
            const float left = content.left + (item.boxed() ? pad_ : 0.f);
            const float top = content.top + s.y + (item.boxed() ? pad_ : 0.f);
            for (const auto& hot : item.block.hots()) {
                if (hot.line < s.from || hot.line >= s.to) {
                    continue;
                }
                sf::FloatRect r(left + hot.rect.left,
                                top +
                                    static_cast<float>(hot.line - s.from) * item.block.lineHeight(),
                                hot.rect.width, item.block.lineHeight());
                const bool marker = hot.style == RunStyle::Marker;
                if (marker) {
                    // A small target: a little wider for the mouse.
                    const float grow = std::round(c.metrics.u(4.f));
                    r.left -= grow;
                    r.width += 2 * grow;
                }
                const std::string id =
                    (marker ? "cite." : "term.") + std::to_string(termIds_.size());
                termIds_.push_back({id, hot.ref});
                termRects_.push_back(r);
                buttons_.add(id, hot.ref, r, ButtonGroup::Kind::Hidden);
            }
        }
    }
    const bool last = pages_.empty() || page_ + 1 >= pages_.size();
    // TRANSLATORS: buttons: on the last page the quiz follows, otherwise the next page.
    const std::string primary = last ? I18n::tr("Take the quiz") : I18n::tr("Next \u203A");
    const sf::FloatRect p = chrome_.primaryRect(primary);
    buttons_.add("next", primary, p, ButtonGroup::Kind::Primary);
    const float gap = c.metrics.u(10.f);
    // TRANSLATORS: a button: the previous page of the module's text.
    const std::string previous = I18n::tr("\u2039 Previous");
    const sf::FloatRect pr = chrome_.bottomRect(previous, p.left - gap);
    auto& prev = buttons_.add("prev", previous, pr);
    prev.enabled = page_ > 0;
    if (module_ != nullptr && !module_->citedSources().empty()) {
        // TRANSLATORS: a button opening the list of works the module cites.
        const std::string sources = I18n::tr("Sources");
        buttons_.add("sources", sources, chrome_.bottomRect(sources, pr.left - gap));
    }
}

void ReaderScreen::save() {
    Context& c = context();
    if (module_ == nullptr || pages_.empty()) {
        return;
    }
    const std::size_t section = std::min(pages_[page_].section, module_->sections.size() - 1);
    const double fraction = static_cast<double>(page_ + 1) / static_cast<double>(pages_.size());
    const std::string error = c.learners.saveReading(*module_, section, fraction);
    if (!error.empty()) {
        c.notice = error;
        spdlog::error("{}", error);
    }
}

void ReaderScreen::goTo(std::size_t page) {
    if (pages_.empty()) {
        return;
    }
    page_ = std::min(page, pages_.size() - 1);
    save();
    tooltipRef_.clear();
    closeCitations();
    const std::string focused = buttons_.focusedId();
    layoutButtons();
    if (focused.rfind("term.", 0) == 0 || focused.rfind("cite.", 0) == 0) {
        buttons_.clearFocus();
    }
}

const std::string* ReaderScreen::activeHot() const {
    const std::string focused = buttons_.focusedId();
    for (const auto& [id, ref] : termIds_) {
        if (id == focused) {
            return &ref;
        }
    }
    if (hoveredTerm_ >= 0 && static_cast<std::size_t>(hoveredTerm_) < termIds_.size()) {
        return &termIds_[static_cast<std::size_t>(hoveredTerm_)].second;
    }
    return nullptr;
}

const std::string* ReaderScreen::activeTerm() const {
    const std::string* ref = activeHot();
    return ref != nullptr && !isMarkerRef(*ref) ? ref : nullptr;
}

void ReaderScreen::toggleCitations(const std::string& id) {
    if (openCite_ == id) {
        closeCitations();
        return;
    }
    for (const auto& [hotId, ref] : termIds_) {
        if (hotId == id && isMarkerRef(ref)) {
            const std::size_t k = std::stoul(ref.substr(kCiteRef.size()));
            if (k < citedBlocks_.size()) {
                layoutCitations(k);
                openCite_ = id;
                buttons_.focus(id);
            }
            return;
        }
    }
}

void ReaderScreen::layoutCitations(std::size_t k) {
    Context& c = context();
    const Metrics& m = c.metrics;
    const core::Block& block = *citedBlocks_[k];
    std::vector<StyledRun> runs;
    runs.push_back({block.kind == core::Block::Kind::Note ? I18n::tr("Sources of this note")
                                                          : I18n::tr("Sources of this paragraph"),
                    RunStyle::Strong,
                    {}});
    for (const core::Citation& cite : block.citations()) {
        std::string line = core::CitationText::line(c.library, cite);
        if (!line.empty() && line[0] >= 'a' && line[0] <= 'z') {
            line[0] = static_cast<char>(line[0] - 'a' + 'A');
        }
        runs.push_back({"\n\u2022 " + line, RunStyle::Plain, {}});
        const std::string quote = core::CitationText::quote(cite);
        if (!quote.empty()) {
            runs.push_back({"\n" + quote, RunStyle::Secondary, {}});
        }
    }
    // TRANSLATORS: “Sources” is the button of that name below the text.
    runs.push_back({"\n" + std::string(I18n::tr("Esc closes this box; \u201cSources\u201d below "
                                                "lists every work the module cites.")),
                    RunStyle::Secondary,
                    {}});
    const float width = std::min(chrome_.column().width, m.u(640.f)) - 2 * pad_;
    const float room = chrome_.content().height - 2 * pad_;
    for (unsigned size : {m.body(), m.caption()}) {
        TextBlock::Style style{&c.fonts.regular(), &c.fonts.bold(),   size,        1.4f,
                               c.theme.ink,        c.theme.secondary, c.theme.tint};
        citeBox_.layout(runs, style, width);
        if (citeBox_.height() <= room) {
            break;
        }
    }
}

void ReaderScreen::layoutTooltip(const std::string& ref) {
    Context& c = context();
    const Metrics& m = c.metrics;
    const core::Term* term = findTerm(ref);
    if (term == nullptr) {
        return;
    }
    TextBlock::Style style{&c.fonts.regular(), &c.fonts.bold(),   m.body(),    1.4f,
                           c.theme.ink,        c.theme.secondary, c.theme.tint};
    const float width = std::min(chrome_.column().width, m.u(520.f)) - 2 * pad_;
    tooltip_.layout(
        {{term->word, RunStyle::Strong, {}}, {"\n" + term->definition, RunStyle::Plain, {}}}, style,
        width);
    tooltipRef_ = ref;
}

void ReaderScreen::addSentences(std::size_t item, const std::vector<StyledRun>& runs) {
    // Code points as TextBlock counts them; a sources marker is not read.
    std::vector<char32_t> cps;
    std::vector<bool> skipped;
    for (const StyledRun& r : runs) {
        const sf::String s = sf::String::fromUtf8(r.text.begin(), r.text.end());
        for (const sf::Uint32 cp : s) {
            cps.push_back(static_cast<char32_t>(cp));
            skipped.push_back(r.style == RunStyle::Marker);
        }
    }
    for (const core::SentenceSplitter::Span& span : core::SentenceSplitter::split(cps, skipped)) {
        sf::String text;
        for (std::size_t k = span.begin; k < span.end; ++k) {
            if (!skipped[k]) {
                text += cps[k] == U'\n' ? sf::Uint32(' ') : static_cast<sf::Uint32>(cps[k]);
            }
        }
        const std::basic_string<sf::Uint8> utf8 = text.toUtf8();
        sentences_.push_back({item, span.begin, span.end, std::string(utf8.begin(), utf8.end())});
    }
}

std::size_t ReaderScreen::pageOf(std::size_t k) const {
    const Sentence& sentence = sentences_[k];
    const std::size_t line = items_[sentence.item].block.lineOf(sentence.begin);
    for (std::size_t p = 0; p < pages_.size(); ++p) {
        for (const Slice& s : pages_[p].slices) {
            if (s.item == sentence.item && line >= s.from && line < s.to) {
                return p;
            }
        }
    }
    return page_;
}

std::string ReaderScreen::spokenIntro() const {
    if (pages_.empty()) {
        return {};
    }
    return I18n::format(I18n::tr("Page {1} of {2}."),
                        {std::to_string(page_ + 1), std::to_string(pages_.size())}) +
           " " + I18n::tr("F3 reads the lesson aloud from this page on.");
}

std::vector<SpokenLine> ReaderScreen::readFromFocus() const {
    std::vector<SpokenLine> out;
    if (pages_.empty() || pages_[page_].slices.empty()) {
        return State::readFromFocus();
    }
    const Slice& first = pages_[page_].slices.front();
    for (std::size_t k = 0; k < sentences_.size(); ++k) {
        const Sentence& s = sentences_[k];
        const std::size_t line = items_[s.item].block.lineOf(s.begin);
        if (s.item > first.item || (s.item == first.item && line >= first.from)) {
            out.push_back({s.text, "s." + std::to_string(k)});
        }
    }
    // TRANSLATORS: read aloud after the last sentence of a lesson.
    out.push_back({I18n::tr("End of the lesson. Enter takes the quiz."), "end"});
    return out;
}

void ReaderScreen::speaking(const std::string& tag) {
    heard_ = -1;
    if (tag == "end") {
        if (page_ + 1 < pages_.size()) {
            goTo(pages_.size() - 1);
        }
        buttons_.focus("next");
        return;
    }
    if (tag.rfind("s.", 0) != 0) {
        return;
    }
    const std::size_t k = std::stoul(tag.substr(2));
    if (k >= sentences_.size()) {
        return;
    }
    heard_ = static_cast<int>(k);
    if (const std::size_t p = pageOf(k); p != page_) {
        goTo(p); // the page follows the voice
    }
}

void ReaderScreen::handleEvent(const sf::Event& event) {
    if (event.type == sf::Event::KeyPressed || event.type == sf::Event::MouseButtonPressed) {
        // The learner takes over: the reading aloud no longer turns the pages.
        if (heard_ >= 0 || context().announcer.reading()) {
            context().announcer.stop();
            heard_ = -1;
        }
    }
    if (event.type == sf::Event::KeyPressed) {
        switch (event.key.code) {
        case sf::Keyboard::Right:
        case sf::Keyboard::PageDown:
            if (page_ + 1 < pages_.size()) {
                goTo(page_ + 1);
            }
            return;
        case sf::Keyboard::Left:
        case sf::Keyboard::PageUp:
            if (page_ > 0) {
                goTo(page_ - 1);
            }
            return;
        case sf::Keyboard::Escape:
            if (!openCite_.empty()) {
                closeCitations();
            } else {
                pop();
            }
            return;
        case sf::Keyboard::Enter:
        case sf::Keyboard::Space:
            // A focused marker opens (or closes) its citations; Enter elsewhere turns the page.
            if (const std::string focused = buttons_.focusedId(); focused.rfind("cite.", 0) == 0) {
                toggleCitations(focused);
                return;
            }
            break;
        default:
            break;
        }
    }
    if (event.type == sf::Event::MouseMoved) {
        const sf::Vector2f p(static_cast<float>(event.mouseMove.x),
                             static_cast<float>(event.mouseMove.y));
        hoveredTerm_ = -1;
        for (std::size_t i = 0; i < termRects_.size(); ++i) {
            if (termRects_[i].contains(p)) {
                hoveredTerm_ = static_cast<int>(i);
            }
        }
    }
    const std::string id = buttons_.handleEvent(event);
    if (id.rfind("cite.", 0) == 0) {
        toggleCitations(id); // a click on a marker
        return;
    }
    if (!openCite_.empty() &&
        (buttons_.focusedId() != openCite_ || event.type == sf::Event::MouseButtonPressed)) {
        closeCitations(); // the focus moved on, or a click elsewhere
    }
    if (id == "sources") {
        push(ScreenId::Sources);
    } else if (id == "next") {
        if (page_ + 1 < pages_.size()) {
            goTo(page_ + 1);
        } else {
            save();
            context().nav.retakeFacts.clear();
            reset(ScreenId::ModuleMap);
            push(ScreenId::Quiz);
        }
    } else if (id == "prev") {
        if (page_ > 0) {
            goTo(page_ - 1);
        }
    } else if (id == "top.back") {
        pop();
    } else if (id == "top.settings") {
        push(ScreenId::Settings);
    }
}

void ReaderScreen::draw(Painter& painter) {
    Context& c = context();
    const Metrics& m = c.metrics;
    const Theme& t = c.theme;
    const sf::FloatRect content = chrome_.content();
    if (module_ == nullptr) {
        // TRANSLATORS: the top bar's name of the screen where a module is read.
        chrome_.drawTopBar(painter, I18n::tr("Reader"));
        sf::Text missing = fittedText(I18n::tr("This module is no longer installed. Go back and "
                                               "choose another one."),
                                      c.fonts.regular(), m.body(), content.width);
        missing.setFillColor(t.ink);
        placeText(missing, content.left, content.top + m.u(20.f));
        painter.text(missing);
        buttons_.draw(painter, c);
        return;
    }
    std::string where = module_->title;
    if (!pages_.empty()) {
        const std::size_t s = pages_[page_].section;
        where += " \u203A " + (s < module_->sections.size() ? module_->sections[s].title
                                                            : std::string(I18n::tr("Summary")));
    }
    chrome_.drawTopBar(painter, where);
    chrome_.drawNotice(painter);

    // How far through the module: a thin bar under the top bar, and words in the bottom row.
    const float barH = std::max(2.f, std::round(m.u(4.f)));
    const float frac =
        pages_.empty() ? 0.f : static_cast<float>(page_ + 1) / static_cast<float>(pages_.size());
    painter.rect({0.f, chrome_.topBarHeight(), c.width(), barH}, t.panel);
    painter.rect({0.f, chrome_.topBarHeight(), c.width() * frac, barH}, t.accent);

    const std::string* hot = activeHot();
    if (!pages_.empty()) {
        for (const Slice& s : pages_[page_].slices) {
            const Item& item = items_[s.item];
            float left = content.left;
            float top = content.top + s.y;
            if (item.boxed()) {
                const float h =
                    static_cast<float>(s.to - s.from) * item.block.lineHeight() + 2 * pad_;
                painter.rect({content.left, top, content.width, h}, t.panel);
                if (item.kind == Item::Kind::Note) {
                    painter.rect({content.left, top, std::max(3.f, m.u(5.f)), h}, t.accent);
                } else {
                    painter.rect({content.left, top, content.width, h}, sf::Color::Transparent,
                                 t.rule, std::max(1.f, m.u(1.f)));
                }
                left += pad_;
                top += pad_;
            }
            if (hot != nullptr) {
                item.block.drawTermHighlight(painter, {left, top}, *hot, t.highlight, s.from, s.to);
            }
            if (heard_ >= 0 && sentences_[static_cast<std::size_t>(heard_)].item == s.item) {
                const Sentence& heard = sentences_[static_cast<std::size_t>(heard_)];
                item.block.drawRangeHighlight(painter, {left, top}, heard.begin, heard.end,
                                              t.highlight, s.from, s.to);
            }
            item.block.draw(painter, {left, top}, s.from, s.to);
        }
    }

    // Where we are, left of the buttons.
    const float rowY = c.height() - chrome_.bottomBarHeight() / 2.f;
    std::string pageText =
        pages_.empty() ? std::string(I18n::tr("This module has no text yet."))
                       : I18n::format(I18n::tr("Page {1} of {2}"),
                                      {std::to_string(page_ + 1), std::to_string(pages_.size())});

    const float room = chrome_.bottomButtonsLeft(buttons_) - content.left - m.u(12.f);
    if (!pages_.empty() && textWidth(sf::String::fromUtf8(pageText.begin(), pageText.end()),
                                     c.fonts.regular(), m.caption()) > room) {
        // Longer words (another language, a larger text size) leave room for the numbers only.
        pageText = std::to_string(page_ + 1) + " / " + std::to_string(pages_.size());
    }
    const bool pageFits = textWidth(sf::String::fromUtf8(pageText.begin(), pageText.end()),
                                    c.fonts.regular(), m.caption()) <= room;
    if (pageFits) { // else the buttons took the row: "Take the quiz" says it is the last page
        sf::Text where2 =
            fittedText(pageText, c.fonts.regular(), m.caption(), std::max(10.f, room));
        where2.setFillColor(t.secondary);
        placeText(where2, content.left, rowY);
        painter.text(where2);
    }
    buttons_.draw(painter, c);

    // The focused or hovered term: its box, then its definition in a card near it.
    const std::string* term = activeTerm();
    if (term != nullptr) {
        if (tooltipRef_ != *term) {
            layoutTooltip(*term);
        }
        sf::FloatRect anchor;
        for (std::size_t i = 0; i < termIds_.size(); ++i) {
            if (termIds_[i].second == *term && (buttons_.focusedId() == termIds_[i].first ||
                                                hoveredTerm_ == static_cast<int>(i))) {
                anchor = termRects_[i];
            }
        }
        if (buttons_.focusedId().rfind("term.", 0) == 0) {
            painter.focusRing(anchor, t.accent, std::max(2.f, m.u(2.f)));
        }
        const float w = tooltip_.widestLine() + 2 * pad_;
        const float h = tooltip_.height() + 2 * pad_;
        float x = std::clamp(anchor.left, content.left, content.left + content.width - w);
        float y = anchor.top + anchor.height + m.u(6.f);
        if (y + h > c.height() - m.u(8.f)) {
            y = anchor.top - h - m.u(6.f);
        }
        y = std::max(y, chrome_.topBarHeight());
        painter.rect({x, y, w, h}, t.paper, t.accent, std::max(1.f, m.u(2.f)));
        tooltip_.draw(painter, {x + pad_, y + pad_});
    }

    // A focused marker: its ring; an open one: the citations in a box under (or over) it.
    const std::string focused = buttons_.focusedId();
    for (std::size_t i = 0; i < termIds_.size(); ++i) {
        if (termIds_[i].first != focused || focused.rfind("cite.", 0) != 0) {
            continue;
        }
        const sf::FloatRect anchor = termRects_[i];
        painter.focusRing(anchor, t.accent, std::max(2.f, m.u(2.f)));
        if (openCite_ != focused) {
            continue;
        }
        const float w = citeBox_.widestLine() + 2 * pad_;
        const float h = citeBox_.height() + 2 * pad_;
        const float x = std::clamp(anchor.left + anchor.width - w, content.left,
                                   std::max(content.left, content.left + content.width - w));
        float y = anchor.top + anchor.height + m.u(6.f);
        if (y + h > content.top + content.height) {
            y = anchor.top - h - m.u(6.f);
        }
        y = std::max(y, content.top);
        painter.rect({x, y, w, h}, t.paper, t.accent, std::max(1.f, m.u(2.f)));
        citeBox_.draw(painter, {x + pad_, y + pad_});
    }
}

} // namespace yaddas::app
