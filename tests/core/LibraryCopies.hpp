#pragma once
// A library several times the size of another, as tests/bench/make-library.py writes one for the
// benchmarks: copy k of every module has every id and every reference to one suffixed "-k<k>"
// and its order moved past the other copies; copy 0 is the library's own modules.

#include <core/Library.hpp>

#include <string>
#include <vector>

namespace yaddas::test {

inline core::Module copyOf(core::Module m, int k, int modules) {
    const std::string suffix = "-k" + std::to_string(k);
    auto rename = [&](std::string& id) {
        if (!id.empty()) {
            id += suffix;
        }
    };
    m.id += suffix;
    m.order += k * modules;
    m.title += " (" + std::to_string(k) + ")";
    for (auto& e : m.events) {
        rename(e.meta.id);
    }
    for (auto& f : m.figures) {
        rename(f.meta.id);
    }
    for (auto& p : m.people) {
        rename(p.meta.id);
    }
    for (auto& t : m.terms) {
        rename(t.meta.id);
    }
    for (auto& c : m.claims) {
        rename(c.meta.id);
    }
    for (auto& s : m.sections) {
        for (auto& b : s.blocks) {
            rename(b.person);
            for (auto& span : b.spans) {
                rename(span.ref);
            }
        }
    }
    for (auto& q : m.questions) {
        rename(q.id);
        rename(q.fact);
    }
    return m;
}

/// `copies` times the library's modules (copies >= 1), with its source text and bibliography.
inline core::Library copies(const core::Library& library, int copies) {
    std::vector<core::Module> modules;
    const int count = static_cast<int>(library.modules().size());
    for (int k = 0; k < copies; ++k) {
        for (const core::Module& m : library.modules()) {
            modules.push_back(k == 0 ? m : copyOf(m, k, count));
        }
    }
    return core::Library(std::move(modules), library.source(), library.bibliography());
}

} // namespace yaddas::test
