#include <core/CitationText.hpp>

#include <core/I18n.hpp>

namespace yaddas::core {

namespace {

std::string title(const Source& s) {
    if (s.kind == Source::Kind::SourceText) {
        return I18n::tr("the source text");
    }
    const std::string year = s.year();
    // An encyclopedia entry or a web page is known by its title and where it appears:
    // "“Great Purge”, Wikipedia" reads better than its collective author.
    if (s.kind == Source::Kind::Encyclopedia || s.kind == Source::Kind::Web) {
        std::string out = "\u201c" + s.title + "\u201d";
        const std::string& where = !s.publisher.empty() ? s.publisher : s.author;
        if (!where.empty()) {
            out += ", " + where;
        }
        return year.empty() ? out : out + " (" + year + ")";
    }
    std::string out = s.author.empty() ? s.title : s.author + ", " + s.title;
    return year.empty() ? out : out + " (" + year + ")";
}

} // namespace

std::string CitationText::line(const Library& library, const Citation& citation) {
    const Source* s = library.findSource(citation.source);
    std::string out = s != nullptr ? title(*s) : citation.source;
    if (!citation.locator.empty()) {
        out += ", " + citation.locator;
    }
    return out;
}

std::string CitationText::forFact(const Library& library, const FactMeta& meta) {
    std::string out;
    auto add = [&](const Citation& c) { out += (out.empty() ? "" : "; ") + line(library, c); };
    for (const Citation& c : meta.cites) {
        add(c);
    }
    if (meta.citesSourceText()) {
        add(meta.citations().front());
    }
    if (out.empty() && !meta.contextCite.source.empty()) {
        add(meta.contextCite);
    }
    if (!out.empty()) {
        out[0] = static_cast<char>(out[0] >= 'a' && out[0] <= 'z' ? out[0] - 'a' + 'A' : out[0]);
    }
    return out;
}

std::string CitationText::entry(const Source& s) {
    if (s.kind == Source::Kind::SourceText) {
        // TRANSLATORS: the bibliography's entry for the English text the course is built on.
        return I18n::tr("The source text of this course (lessons/source-text.txt), quoted "
                        "verbatim with its own spelling.");
    }
    std::string out;
    if (!s.author.empty()) {
        out += s.author + ". ";
    }
    out += s.title + ".";
    std::string published = s.publisher;
    if (!s.date.empty()) {
        published += (published.empty() ? "" : ", ") + s.date;
    }
    if (!published.empty()) {
        out += " " + published + ".";
    }
    if (!s.url.empty()) {
        out += " " + s.url;
    }
    return out;
}

std::string CitationText::quote(const Citation& citation) {
    return citation.quote.empty() ? std::string() : "\u201c" + citation.quote + "\u201d";
}

} // namespace yaddas::core
