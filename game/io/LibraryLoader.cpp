#include <io/LibraryLoader.hpp>

#include <io/DataPaths.hpp>
#include <io/Language.hpp>
#include <io/ModuleReader.hpp>
#include <io/RegularFile.hpp>
#include <io/TextFile.hpp>

#include <core/ModuleValidator.hpp>
#include <core/Plural.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <string_view>
#include <tuple>

namespace yaddas::io {
namespace fs = std::filesystem;

namespace {

core::Diagnostic leftOut(const core::Module& m, std::size_t errors) {
    const std::string module = m.id.empty() ? std::string("the module") : "module '" + m.id + "'";
    return {m.file, m.line,
            (m.language == "en" ? module : "the " + m.language + " translation of " + module) +
                " is left out because of " +
                core::Plural::count(static_cast<long long>(errors), "error", "errors"),
            core::Diagnostic::Severity::Warning};
}

/// A translation as read, with the errors its own checks found.
struct Translation {
    core::Module module;
    std::size_t errors = 0;
};

std::size_t errorCount(const core::Diagnostics& diagnostics) {
    return static_cast<std::size_t>(
        std::count_if(diagnostics.begin(), diagnostics.end(), [](const core::Diagnostic& d) {
            return d.severity == core::Diagnostic::Severity::Error;
        }));
}

/// The source text facts point into; a problem reading it goes to `diagnostics`.
core::SourceText readSource(const fs::path& sourceText, core::Diagnostics& diagnostics) {
    auto text = TextFile::read(sourceText, sourceText.string());
    if (!text.text) {
        diagnostics.insert(diagnostics.end(), text.diagnostics.begin(), text.diagnostics.end());
        return {};
    }
    return core::SourceText::fromText(*text.text);
}

/// What the reader found, then the validator's checks of the module alone when the reader
/// found no error.
core::Diagnostics checkRead(ModuleReader::Result& read, const core::ModuleValidator& validator) {
    core::Diagnostics found = std::move(read.diagnostics);
    if (read.module && !core::hasErrors(found)) {
        auto checked = validator.check(*read.module);
        found.insert(found.end(), checked.begin(), checked.end());
    }
    return found;
}

/// Pairs each translation with the English module of its id among `modules`; one that does
/// not match its English module is reported and left out (the English module stays).
std::vector<core::Module> pairTranslations(std::vector<Translation> translations,
                                           const std::vector<core::Module>& modules,
                                           const std::vector<core::Source>& bibliography,
                                           const core::ModuleValidator& validator,
                                           core::Diagnostics& diagnostics) {
    // Each translation is first checked against its English module.
    struct Pending {
        const core::Module* english = nullptr;
        core::Diagnostics found;
        bool referencesChecked = false; ///< its references are checked with the library's
    };
    std::map<std::string_view, const core::Module*> byId;
    for (const core::Module& m : modules) {
        byId.emplace(m.id, &m);
    }
    std::vector<Pending> pending(translations.size());
    std::set<std::pair<std::string, std::string>> taken; // (id, language) of those paired
    std::map<std::string, std::map<std::string_view, const core::Module*>> byLanguage;
    for (std::size_t i = 0; i < translations.size(); ++i) {
        core::Module& t = translations[i].module;
        Pending& p = pending[i];
        const auto english = byId.find(t.id);
        if (english == byId.end()) {
            p.found.push_back(
                {t.file, t.line,
                 "a translation of module '" + t.id + "', but no English module has that id",
                 core::Diagnostic::Severity::Error});
            continue;
        }
        if (!taken.emplace(t.id, t.language).second) {
            auto twin = std::find_if(
                translations.begin(), translations.begin() + static_cast<std::ptrdiff_t>(i),
                [&](const Translation& other) {
                    return other.module.id == t.id && other.module.language == t.language;
                });
            p.found.push_back({t.file, t.line,
                               "module '" + t.id + "' is already translated into " + t.language +
                                   " in " + twin->module.file,
                               core::Diagnostic::Severity::Error});
            continue;
        }
        p.english = english->second;
        p.found = validator.checkTranslation(*p.english, t);
        p.referencesChecked = true;
        byLanguage[t.language].emplace(t.id, &t);
    }
    // Then their references, as the library's with the translations in place of the English:
    // once per language, not once per translation, which made a large library take minutes.
    std::map<std::string, std::size_t> indexOfFile;
    for (std::size_t i = 0; i < translations.size(); ++i) {
        if (pending[i].referencesChecked) {
            indexOfFile.emplace(translations[i].module.file, i);
        }
    }
    for (const auto& [language, translated] : byLanguage) {
        std::vector<const core::Module*> set;
        for (const core::Module& m : modules) {
            const auto t = translated.find(m.id);
            set.push_back(t == translated.end() ? &m : t->second);
        }
        for (const core::Diagnostic& d : validator.checkTogether(set, bibliography)) {
            if (auto it = indexOfFile.find(d.file); it != indexOfFile.end()) {
                pending[it->second].found.push_back(d);
            }
        }
    }

    std::vector<core::Module> paired;
    for (std::size_t i = 0; i < translations.size(); ++i) {
        core::Module& t = translations[i].module;
        core::Diagnostics& found = pending[i].found;
        const std::size_t errors = translations[i].errors + errorCount(found);
        if (errors > 0) {
            found.push_back(leftOut(t, errors));
        }
        diagnostics.insert(diagnostics.end(), found.begin(), found.end());
        if (errors > 0) {
            continue;
        }
        for (core::Figure& f : t.figures) {
            if (const core::Figure* e = pending[i].english->findFigure(f.meta.id)) {
                f.countsEn = e->counts;
            }
        }
        paired.push_back(std::move(t));
    }
    return paired;
}

} // namespace

core::Diagnostics LibraryLoader::checkText(std::string_view xml, const std::string& fileName,
                                           const fs::path& sourceText) {
    core::Diagnostics unreadSource; // load() reports it; here it only leaves excerpts unchecked
    const core::SourceText source = readSource(sourceText, unreadSource);
    auto read = ModuleReader::readString(xml, fileName);
    return checkRead(read, core::ModuleValidator(source));
}

std::vector<fs::path> LibraryLoader::moduleFiles(const std::vector<fs::path>& paths) {
    core::Diagnostics skipped;
    return moduleFiles(paths, skipped);
}

std::vector<fs::path> LibraryLoader::moduleFiles(const std::vector<fs::path>& paths,
                                                 core::Diagnostics& skipped) {
    std::vector<fs::path> files;
    std::set<fs::path> seen;
    auto add = [&](const fs::path& p) {
        std::error_code ec;
        fs::path key = fs::weakly_canonical(p, ec);
        if (ec) {
            key = p;
        }
        if (seen.insert(key).second) {
            files.push_back(p);
        }
    };
    for (const fs::path& p : paths) {
        std::error_code ec;
        if (fs::is_directory(p, ec)) {
            std::vector<fs::path> inDir;
            for (fs::directory_iterator it(p, ec), end; !ec && it != end; it.increment(ec)) {
                const fs::path& f = it->path();
                const std::string name = f.filename().string();
                // Editors leave hidden lock and backup files beside the ones being edited.
                if (f.extension() != ".xml" || name.empty() || name.front() == '.') {
                    continue;
                }
                // A FIFO or device in a lessons folder is named, not read; one named on the
                // command line is still read, and refused with an error.
                if (auto notFile = RegularFile::skipped(f)) {
                    skipped.push_back(std::move(*notFile));
                    continue;
                }
                inDir.push_back(f);
            }
            std::sort(inDir.begin(), inDir.end());
            for (const fs::path& f : inDir) {
                add(f);
            }
            // Translations live beside the English modules, in a folder named for their
            // language: lessons/az/01-beginning.xml.
            for (const std::string& language : Language::offered()) {
                if (language != "en" && fs::is_directory(p / language, ec)) {
                    for (const fs::path& f : moduleFiles({p / language}, skipped)) {
                        add(f);
                    }
                }
            }
        } else if (fs::exists(p, ec)) {
            add(p);
        }
    }
    return files;
}

LibraryLoader::Result LibraryLoader::load(const std::vector<fs::path>& paths,
                                          const fs::path& sourceText) {
    Result result;
    core::Diagnostics diagnostics;

    core::SourceText source = readSource(sourceText, diagnostics);
    const core::ModuleValidator validator(source);

    // Each module on its own: the reader, then the checks that need no other module.
    std::vector<core::Module> candidates;
    std::vector<Translation> translations;
    std::vector<core::Source> bibliography;
    for (const fs::path& f : moduleFiles(paths, diagnostics)) {
        result.files.push_back(f.string());
        auto read = ModuleReader::readFile(f);
        if (read.isBibliography) {
            result.bibliographies.push_back(f.string());
            // A broken entry is left out; the modules citing it then say which ref is missing.
            if (!core::hasErrors(read.diagnostics)) {
                bibliography.insert(bibliography.end(), read.bibliography.begin(),
                                    read.bibliography.end());
            }
            diagnostics.insert(diagnostics.end(), read.diagnostics.begin(), read.diagnostics.end());
            continue;
        }
        if (read.module && read.module->language != "en") {
            result.translationFiles.emplace_back(f.string(), read.module->language);
        }
        const bool readCleanly = read.module && !core::hasErrors(read.diagnostics);
        core::Diagnostics found = checkRead(read, validator);
        diagnostics.insert(diagnostics.end(), found.begin(), found.end());
        if (readCleanly && read.module->language != "en") {
            // Compared with its English module below even when it has errors of its own, so
            // that every difference is reported at once; left out there.
            translations.push_back({std::move(*read.module), errorCount(found)});
            continue;
        }
        if (read.module && core::hasErrors(found)) {
            diagnostics.push_back(leftOut(*read.module, errorCount(found)));
        }
        if (read.module && !core::hasErrors(found)) {
            candidates.push_back(std::move(*read.module));
        }
    }

    // Then together: leaving a module out can break references into it, so repeat until the
    // set of kept modules is stable.
    std::vector<bool> kept(candidates.size(), true);
    for (bool changed = true; changed;) {
        changed = false;
        std::vector<const core::Module*> set;
        for (std::size_t i = 0; i < candidates.size(); ++i) {
            if (kept[i]) {
                set.push_back(&candidates[i]);
            }
        }
        const auto together = validator.checkTogether(set, bibliography);
        std::map<std::string, std::size_t> errorsByFile;
        for (const auto& d : together) {
            if (d.severity == core::Diagnostic::Severity::Error) {
                ++errorsByFile[d.file];
            }
        }
        diagnostics.insert(diagnostics.end(), together.begin(), together.end());
        for (std::size_t i = 0; i < candidates.size(); ++i) {
            auto it = errorsByFile.find(candidates[i].file);
            if (kept[i] && it != errorsByFile.end()) {
                kept[i] = false;
                changed = true;
                diagnostics.push_back(leftOut(candidates[i], it->second));
            }
        }
    }

    std::vector<core::Module> modules;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        if (kept[i]) {
            modules.push_back(std::move(candidates[i]));
        }
    }
    std::vector<core::Module> paired =
        pairTranslations(std::move(translations), modules, bibliography, validator, diagnostics);
    // Group the messages by file, in the order files were read, then by line, so that they
    // read top to bottom like the file; the note that a module was left out ends its group.
    std::map<std::string, std::size_t> rank;
    for (const std::string& f : result.files) {
        rank.emplace(f, rank.size() + 1);
    }
    auto key = [&](const core::Diagnostic& d) {
        auto it = rank.find(d.file);
        return std::make_tuple(it == rank.end() ? 0 : it->second,
                               d.severity == core::Diagnostic::Severity::Warning, d.line);
    };
    std::stable_sort(
        diagnostics.begin(), diagnostics.end(),
        [&](const core::Diagnostic& a, const core::Diagnostic& b) { return key(a) < key(b); });
    result.diagnostics = std::move(diagnostics);
    result.library = core::Library(std::move(modules), std::move(source), std::move(bibliography));
    for (core::Module& t : paired) {
        result.library.addTranslation(std::move(t));
    }
    return result;
}

LibraryLoader::Result LibraryLoader::loadDefault() {
    return load({DataPaths::shippedLessons(), DataPaths::userLessons()}, DataPaths::sourceText());
}

} // namespace yaddas::io
