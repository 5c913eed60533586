#include <core/Library.hpp>

#include <algorithm>

namespace yaddas::core {

Library::Library(std::vector<Module> modules, SourceText source, std::vector<Source> bibliography)
    : modules_(std::move(modules)), source_(std::move(source)),
      bibliography_(std::move(bibliography)) {
    std::stable_sort(modules_.begin(), modules_.end(), [](const Module& a, const Module& b) {
        return a.order != b.order ? a.order < b.order : a.id < b.id;
    });
    index();
}

void Library::index() {
    moduleAt_.clear();
    factAt_.clear();
    firstFact_.clear();
    factModule_.clear();
    sameId_.clear();
    category_.clear();
    personAt_.clear();
    bibliographyAt_.clear();
    moduleSourceAt_.clear();
    firstAuthored_.clear();
    authoredFact_.clear();
    authoredOnly_.clear();
    keys_ = LibraryKeys(modules_);
    for (std::size_t i = 0; i < bibliography_.size(); ++i) {
        bibliographyAt_.emplace(bibliography_[i].id, i);
    }
    for (std::size_t k = 0; k < modules_.size(); ++k) {
        const Module& m = modules_[k];
        moduleAt_.emplace(m.id, k);
        firstFact_.push_back(factModule_.size());
        for (const FactMeta* meta : m.facts()) {
            const std::size_t number = factModule_.size();
            sameId_.push_back(factAt_.emplace(meta->id, number).first->second);
            factModule_.push_back(k);
            category_.push_back(m.categoryOf(meta->id));
        }
        for (std::size_t i = 0; i < m.people.size(); ++i) {
            personAt_.emplace(m.people[i].meta.id, Position{k, i});
        }
        for (std::size_t i = 0; i < m.sources.size(); ++i) {
            moduleSourceAt_.emplace(m.sources[i].id, Position{k, i});
        }
    }
    // Authored questions may ask about a fact of any module: every fact is numbered first.
    for (const Module& m : modules_) {
        firstAuthored_.push_back(authoredFact_.size());
        for (const AuthoredQuestion& q : m.questions) {
            auto it = factAt_.find(q.fact);
            authoredFact_.push_back(it == factAt_.end() ? noFact : it->second);
            const Claim* claim =
                it == factAt_.end() ? nullptr : modules_[factModule_[it->second]].findClaim(q.fact);
            authoredOnly_.push_back(claim != nullptr && !claim->generated);
        }
    }
}

void Library::addTranslation(Module translation) {
    translations_.push_back(std::move(translation));
}

namespace {

void addSpellings(std::vector<Person>& people, const std::vector<Person>& others) {
    for (Person& person : people) {
        for (const Person& other : others) {
            if (other.meta.id != person.meta.id) {
                continue;
            }
            for (const std::string& spelling : other.spellings()) {
                std::vector<std::string> known = person.spellings();
                if (std::find(known.begin(), known.end(), spelling) == known.end()) {
                    person.otherSpellings.push_back(spelling);
                }
            }
        }
    }
}

} // namespace

Library Library::inLanguage(const std::string& language) const {
    Library result = *this;
    result.translations_.clear();
    for (Module& module : result.modules_) {
        const Module english = module;
        auto translated =
            std::find_if(translations_.begin(), translations_.end(), [&](const Module& t) {
                return t.id == module.id && t.language == language;
            });
        if (translated != translations_.end()) {
            module = *translated;
        } else {
            module.untranslated = language != module.language;
        }
        addSpellings(module.people, english.people);
        for (const Module& t : translations_) {
            if (t.id == module.id) {
                addSpellings(module.people, t.people);
            }
        }
    }
    result.index();
    return result;
}

const Module* Library::find(const std::string& moduleId) const {
    auto it = moduleAt_.find(moduleId);
    return it == moduleAt_.end() ? nullptr : &modules_[it->second];
}

const Module* Library::moduleOfFact(const std::string& factId) const {
    auto it = factAt_.find(factId);
    return it == factAt_.end() ? nullptr : &modules_[factModule_[it->second]];
}

const FactMeta& Library::fact(std::size_t number) const {
    const Module& m = modules_[factModule_[number]];
    std::size_t i = number - firstFact_[factModule_[number]]; // in Module::facts() order
    if (i < m.events.size()) {
        return m.events[i].meta;
    }
    i -= m.events.size();
    if (i < m.figures.size()) {
        return m.figures[i].meta;
    }
    i -= m.figures.size();
    if (i < m.people.size()) {
        return m.people[i].meta;
    }
    i -= m.people.size();
    if (i < m.terms.size()) {
        return m.terms[i].meta;
    }
    return m.claims[i - m.terms.size()].meta;
}

std::optional<std::size_t> Library::factNumber(const std::string& factId) const {
    auto it = factAt_.find(factId);
    return it == factAt_.end() ? std::nullopt : std::optional<std::size_t>(it->second);
}

const Source* Library::findSource(const std::string& sourceId) const {
    if (sourceId == Source::sourceTextId) {
        return &sourceText_;
    }
    if (auto it = bibliographyAt_.find(sourceId); it != bibliographyAt_.end()) {
        return &bibliography_[it->second];
    }
    auto it = moduleSourceAt_.find(sourceId);
    return it == moduleSourceAt_.end() ? nullptr
                                       : &modules_[it->second.module].sources[it->second.item];
}

const Person* Library::findPerson(const std::string& factId) const {
    auto it = personAt_.find(factId);
    return it == personAt_.end() ? nullptr : &modules_[it->second.module].people[it->second.item];
}

} // namespace yaddas::core
