#include <app/QuestionSources.hpp>

#include <core/CitationText.hpp>
#include <core/I18n.hpp>
#include <core/Source.hpp>

#include <algorithm>

namespace yaddas::app {

using core::I18n;
namespace {

const core::FactMeta* metaOf(const core::Library& library, const std::string& factId) {
    const core::Module* module = library.moduleOfFact(factId);
    return module != nullptr ? module->findFact(factId) : nullptr;
}

/// The fact ids a question tests, the main one first, each once.
std::vector<std::string> factsOf(const core::Question& q) {
    std::vector<std::string> ids;
    auto add = [&](const std::string& id) {
        if (!id.empty() && std::find(ids.begin(), ids.end(), id) == ids.end()) {
            ids.push_back(id);
        }
    };
    add(q.factId);
    for (const std::string& id : q.relatedFacts) {
        add(id);
    }
    return ids;
}

const std::string kSourceText = "The source text";

/// "The source text, paragraph 3" reads "the source text, paragraph 3" after "Source: ".
std::string lowerSourceText(std::string text) {
    if (text.compare(0, kSourceText.size(), kSourceText) == 0) {
        text[0] = 't';
    }
    return text;
}

} // namespace

QuestionSources QuestionSources::of(const core::Library& library, const core::Question& q) {
    QuestionSources out;
    const std::vector<std::string> ids = factsOf(q);
    std::vector<const core::FactMeta*> metas;
    for (const std::string& id : ids) {
        if (const core::FactMeta* meta = metaOf(library, id)) {
            metas.push_back(meta);
        }
    }
    if (metas.empty()) {
        return out;
    }
    std::size_t count = 0;
    if (metas.size() == 1) {
        const core::FactMeta& meta = *metas.front();
        out.line = lowerSourceText(core::CitationText::forFact(library, meta));
        count = meta.citations().size();
        const auto citations = meta.citations();
        for (const core::Citation& c : citations) {
            const std::string quote = core::CitationText::quote(c);
            if (quote.empty()) {
                continue;
            }
            // Which work the words are from, unless the line above names only that one.
            out.quotes.push_back(citations.size() > 1
                                     ? quote + " (" + core::CitationText::line(library, c) + ")"
                                     : quote);
        }
        if (!meta.contextCite.source.empty()) {
            out.contextSource = core::CitationText::line(library, meta.contextCite);
        }
    } else {
        // Several facts (a timeline, a matching question): each work once, the other sources
        // first and the source text's paragraphs last, as for one fact.
        std::vector<std::string> others;
        std::vector<std::string> text;
        auto add = [](std::vector<std::string>& list, std::string item) {
            if (std::find(list.begin(), list.end(), item) == list.end()) {
                list.push_back(std::move(item));
            }
        };
        for (const core::FactMeta* meta : metas) {
            for (const core::Citation& c : meta->citations()) {
                add(c.source == core::Source::sourceTextId ? text : others,
                    core::CitationText::line(library, c));
            }
        }
        others.insert(others.end(), text.begin(), text.end());
        count = others.size();
        for (const std::string& item : others) {
            out.line += (out.line.empty() ? "" : "; ") + item;
        }
    }
    if (!out.line.empty()) {
        out.line = I18n::format(count > 1 ? I18n::tr("Sources: {1}") : I18n::tr("Source: {1}"),
                                {out.line});
    }
    return out;
}

std::string QuestionSources::statedBy(const core::Library& library, const core::Question& q) {
    const core::FactMeta* meta = metaOf(library, q.factId);
    if (meta == nullptr || meta->status == core::Status::Confirmed) {
        return {};
    }
    const bool bySourceText = meta->attribution.empty() || meta->attribution == "the source text";
    if (bySourceText) {
        return meta->citesSourceText() ? std::string(I18n::tr("as the source text states it"))
                                       : std::string();
    }
    return I18n::format(I18n::tr("as stated by {1}"), {meta->attribution});
}

} // namespace yaddas::app
