#include <core/Library.hpp>

#include <algorithm>

namespace yaddas::core {

Library::Library(std::vector<Module> modules, SourceText source)
    : modules_(std::move(modules)), source_(std::move(source)) {
    std::stable_sort(modules_.begin(), modules_.end(), [](const Module& a, const Module& b) {
        return a.order != b.order ? a.order < b.order : a.id < b.id;
    });
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

} // namespace yaddas::core
