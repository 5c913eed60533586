#include <core/Library.hpp>

#include <algorithm>

namespace yaddas::core {

Library::Library(std::vector<Module> modules, SourceText source, std::vector<Source> bibliography)
    : modules_(std::move(modules)), source_(std::move(source)),
      bibliography_(std::move(bibliography)) {
    std::stable_sort(modules_.begin(), modules_.end(), [](const Module& a, const Module& b) {
        return a.order != b.order ? a.order < b.order : a.id < b.id;
    });
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
    return result;
}

const Module* Library::find(const std::string& moduleId) const {
    auto it = std::find_if(modules_.begin(), modules_.end(),
                           [&](const Module& m) { return m.id == moduleId; });
    return it == modules_.end() ? nullptr : &*it;
}

const Module* Library::moduleOfFact(const std::string& factId) const {
    for (const Module& m : modules_) {
        if (m.findFact(factId) != nullptr) {
            return &m;
        }
    }
    return nullptr;
}

const Source* Library::findSource(const std::string& sourceId) const {
    if (sourceId == Source::sourceTextId) {
        return &sourceText_;
    }
    for (const Source& s : bibliography_) {
        if (s.id == sourceId) {
            return &s;
        }
    }
    for (const Module& m : modules_) {
        for (const Source& s : m.sources) {
            if (s.id == sourceId) {
                return &s;
            }
        }
    }
    return nullptr;
}

const Person* Library::findPerson(const std::string& factId) const {
    for (const Module& m : modules_) {
        if (const Person* p = m.findPerson(factId)) {
            return p;
        }
    }
    return nullptr;
}

} // namespace yaddas::core
