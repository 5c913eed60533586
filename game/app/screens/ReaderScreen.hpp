#pragma once

#include <app/State.hpp>
#include <app/TextBlock.hpp>
#include <app/widgets/ButtonGroup.hpp>
#include <app/widgets/Chrome.hpp>

#include <core/Module.hpp>

#include <string>
#include <vector>

namespace yaddas::app {

/// The lesson reader: a module's sections as pages of wrapped prose in the reading column, with
/// key dates, numbers and names set in bold, glossary terms (of any module) explained on hover or
/// focus, context notes in boxes, a card for each person, and the learner's place saved on every
/// page turn. A paragraph or note that cites sources ends with a marker ("[3]"): focused (Tab)
/// or clicked, Enter, Space or the click opens a box with its citations; Esc closes it. "Sources"
/// opens the module's bibliography.
class ReaderScreen : public State {
public:
    ReaderScreen(StateStack& stack, Context& context);

    const char* name() const override { return "Reader"; }
    const ButtonGroup* focusGroup() const override { return &buttons_; }
    void handleEvent(const sf::Event& event) override;
    void draw(Painter& painter) override;
    void relayout() override;
    std::string spokenIntro() const override;
    std::vector<SpokenLine> readFromFocus() const override;
    void speaking(const std::string& tag) override;

private:
    struct Item {
        enum class Kind { Heading, Paragraph, Note, Card, Objectives };
        Kind kind = Kind::Paragraph;
        std::size_t section = 0;
        TextBlock block;
        bool boxed() const { return kind == Kind::Note || kind == Kind::Card; }
    };
    struct Slice {
        std::size_t item = 0;
        std::size_t from = 0;
        std::size_t to = 0;
        float y = 0.f; ///< top of the slice (its box), relative to the content top
    };
    /// A sentence of an item, as read aloud: code points [begin, end) of its runs.
    struct Sentence {
        std::size_t item = 0;
        std::size_t begin = 0;
        std::size_t end = 0;
        std::string text;
    };
    struct Page {
        std::size_t section = 0;
        std::vector<Slice> slices;
    };

    void buildItems();
    /// Splits an item's runs into sentences for reading aloud (its sources marker is not read).
    void addSentences(std::size_t item, const std::vector<StyledRun>& runs);
    /// The page showing the start of sentence `k`.
    std::size_t pageOf(std::size_t k) const;
    void paginate();
    void goTo(std::size_t page);
    void save();
    void layoutButtons();
    std::vector<StyledRun> runsOf(const core::Block& block) const;
    /// A glossary term of this module or, failing that, of any other module.
    const core::Term* findTerm(const std::string& ref) const;
    /// The ref of the focused, else the hovered, term or marker; nullptr when none.
    const std::string* activeHot() const;
    /// The same, for a glossary term only (a marker has no definition).
    const std::string* activeTerm() const;
    void layoutTooltip(const std::string& ref);
    /// Opens the citations box of the marker with button id `id`, or closes it when it is open.
    void toggleCitations(const std::string& id);
    void closeCitations() { openCite_.clear(); }
    void layoutCitations(std::size_t block);

    Chrome chrome_;
    ButtonGroup buttons_;
    const core::Module* module_ = nullptr;
    std::vector<Item> items_;
    std::vector<Page> pages_;
    std::size_t page_ = 0;
    int startSection_ = 0;
    float pad_ = 0.f;
    float gap_ = 0.f;
    /// Terms and markers on the current page: button id ("term.N", "cite.N") → the term's ref or
    /// the marker's ("#cite:K", K indexing citedBlocks_), with their rectangles on screen.
    std::vector<std::pair<std::string, std::string>> termIds_;
    std::vector<sf::FloatRect> termRects_;
    int hoveredTerm_ = -1;
    std::string tooltipRef_;
    TextBlock tooltip_;
    /// The paragraphs and notes that cite sources, in reading order: marker K+1 is block K.
    std::vector<const core::Block*> citedBlocks_;
    std::string openCite_; ///< the button id of the marker whose citations are shown
    TextBlock citeBox_;
    bool opened_ = false;
    std::vector<Sentence> sentences_;
    int heard_ = -1; ///< the sentence being read aloud, highlighted
};

} // namespace yaddas::app
