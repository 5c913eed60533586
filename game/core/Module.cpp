#include <core/Module.hpp>

#include <algorithm>

namespace yaddas::core {
namespace {

template <class T> const T* findIn(const std::vector<T>& items, const std::string& id) {
    auto it =
        std::find_if(items.begin(), items.end(), [&](const T& item) { return item.meta.id == id; });
    return it == items.end() ? nullptr : &*it;
}

} // namespace

const Event* Module::findEvent(const std::string& factId) const {
    return findIn(events, factId);
}
const Figure* Module::findFigure(const std::string& factId) const {
    return findIn(figures, factId);
}
const Person* Module::findPerson(const std::string& factId) const {
    return findIn(people, factId);
}
const Term* Module::findTerm(const std::string& factId) const {
    return findIn(terms, factId);
}
const Claim* Module::findClaim(const std::string& factId) const {
    return findIn(claims, factId);
}

const FactMeta* Module::findFact(const std::string& factId) const {
    if (const auto* e = findEvent(factId)) {
        return &e->meta;
    }
    if (const auto* f = findFigure(factId)) {
        return &f->meta;
    }
    if (const auto* p = findPerson(factId)) {
        return &p->meta;
    }
    if (const auto* t = findTerm(factId)) {
        return &t->meta;
    }
    if (const auto* c = findClaim(factId)) {
        return &c->meta;
    }
    return nullptr;
}

std::optional<Category> Module::categoryOf(const std::string& factId) const {
    if (findEvent(factId) != nullptr) {
        return Category::Dates;
    }
    if (findFigure(factId) != nullptr) {
        return Category::Figures;
    }
    if (const Person* p = findPerson(factId)) {
        // Officials and other figures are never asked about as victims.
        return p->isVictim() ? Category::Victims : Category::Ideas;
    }
    if (findTerm(factId) != nullptr || findClaim(factId) != nullptr) {
        return Category::Ideas;
    }
    return std::nullopt;
}

std::vector<std::string> Module::factIds() const {
    std::vector<std::string> ids;
    ids.reserve(factCount());
    for (const auto& e : events) {
        ids.push_back(e.meta.id);
    }
    for (const auto& f : figures) {
        ids.push_back(f.meta.id);
    }
    for (const auto& p : people) {
        ids.push_back(p.meta.id);
    }
    for (const auto& t : terms) {
        ids.push_back(t.meta.id);
    }
    for (const auto& c : claims) {
        ids.push_back(c.meta.id);
    }
    return ids;
}

std::vector<const FactMeta*> Module::facts() const {
    std::vector<const FactMeta*> out;
    out.reserve(factCount());
    for (const auto& e : events) {
        out.push_back(&e.meta);
    }
    for (const auto& f : figures) {
        out.push_back(&f.meta);
    }
    for (const auto& p : people) {
        out.push_back(&p.meta);
    }
    for (const auto& t : terms) {
        out.push_back(&t.meta);
    }
    for (const auto& c : claims) {
        out.push_back(&c.meta);
    }
    return out;
}

std::vector<std::string> Module::citedSources() const {
    std::vector<std::string> out;
    auto add = [&](const std::string& sourceId) {
        if (!sourceId.empty() && std::find(out.begin(), out.end(), sourceId) == out.end()) {
            out.push_back(sourceId);
        }
    };
    for (const Section& s : sections) {
        for (const Block& b : s.blocks) {
            for (const Citation& c : b.citations()) {
                add(c.source);
            }
        }
    }
    for (const FactMeta* meta : facts()) {
        for (const Citation& c : meta->citations()) {
            add(c.source);
        }
        add(meta->contextCite.source);
    }
    auto text = std::find(out.begin(), out.end(), Source::sourceTextId);
    if (text != out.end()) {
        std::rotate(out.begin(), text, text + 1);
    }
    return out;
}

std::size_t Module::factCount() const {
    return events.size() + figures.size() + people.size() + terms.size() + claims.size();
}

} // namespace yaddas::core
