#include <core/Module.hpp>

#include <algorithm>

namespace yaddas::core {
namespace {

template <class T> const T* findIn(const std::vector<T>& items, const std::string& id) {
    auto it = std::find_if(items.begin(), items.end(),
                           [&](const T& item) { return item.meta.id == id; });
    return it == items.end() ? nullptr : &*it;
}

} // namespace

const Event* Module::findEvent(const std::string& factId) const { return findIn(events, factId); }
const Figure* Module::findFigure(const std::string& factId) const { return findIn(figures, factId); }
const Person* Module::findPerson(const std::string& factId) const { return findIn(people, factId); }
const Term* Module::findTerm(const std::string& factId) const { return findIn(terms, factId); }
const Claim* Module::findClaim(const std::string& factId) const { return findIn(claims, factId); }

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
    if (findPerson(factId) != nullptr) {
        return Category::Victims;
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

std::size_t Module::factCount() const {
    return events.size() + figures.size() + people.size() + terms.size() + claims.size();
}

} // namespace yaddas::core
