#include <cli/ValidateCommand.hpp>

#include <core/I18n.hpp>
#include <core/Plural.hpp>

#include <io/AtomicFile.hpp>
#include <io/DataPaths.hpp>
#include <io/Language.hpp>
#include <io/LibraryLoader.hpp>
#include <io/ModuleUpgrade.hpp>
#include <io/TextFile.hpp>

#include <CLI/CLI.hpp>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <map>
#include <set>

namespace yaddas::cli {
namespace fs = std::filesystem;
using core::I18n;

ValidateCommand::ValidateCommand(std::ostream& out) : out_(out) {}

ValidateCommand::ValidateCommand() : ValidateCommand(std::cout) {}

void ValidateCommand::attach(CLI::App& parent) {
    subcommand_ = parent.add_subcommand(
        "validate", I18n::tr("Check lesson modules (default: all shipped and user lessons); "
                             "print file:line messages and exit 1 on any error"));
    subcommand_->add_option("paths", paths_, I18n::tr("Module files or folders of modules"));
    subcommand_->add_flag("--alone", alone_,
                          I18n::tr("Check the given modules only among themselves, not against "
                                   "the installed lessons"));
    // TRANSLATORS: FILE stands for each module file named on the command line.
    subcommand_->add_flag("--upgrade", upgrade_,
                          I18n::tr("Rewrite each format-1 module FILE named as format 2 (the old "
                                   "version is kept as FILE.bak), list what changed, then check "
                                   "it"));
}

bool ValidateCommand::upgradeFiles() {
    if (paths_.empty()) {
        out_ << "yaddas validate --upgrade: " << I18n::tr("name the module files to upgrade")
             << '\n';
        return false;
    }
    bool ok = true;
    for (const std::string& p : paths_) {
        std::error_code ec;
        if (fs::is_directory(p, ec)) {
            out_ << p << ": " << I18n::tr("a folder; --upgrade takes module files") << '\n';
            ok = false;
            continue;
        }
        auto text = io::TextFile::read(p, p);
        if (!text.text) {
            for (const auto& d : text.diagnostics) {
                out_ << d.format() << '\n';
            }
            ok = false;
            continue;
        }
        auto upgraded = io::ModuleUpgrade::upgrade(*text.text, p);
        for (const auto& d : upgraded.diagnostics) {
            out_ << d.format() << '\n';
            ok = ok && d.severity != core::Diagnostic::Severity::Error;
        }
        if (!upgraded.xml) {
            continue;
        }
        if (auto written = io::AtomicFile::write(p, *upgraded.xml); !written) {
            out_ << p << ": "
                 << I18n::format(I18n::tr("not upgraded: {1}"), {written.error().message}) << '\n';
            ok = false;
            continue;
        }
        // TRANSLATORS: {1} is the module file's path.
        out_ << p << ": "
             << I18n::format(I18n::tr("upgraded to format 2 (the format-1 version is {1}.bak)"),
                             {p})
             << '\n';
        for (const std::string& change : upgraded.changes) {
            out_ << "  " << p << ": " << change << '\n';
        }
    }
    return ok;
}

int ValidateCommand::run(const GlobalOptions& options) {
    if (upgrade_ && !upgradeFiles()) {
        return 1;
    }
    std::size_t errors = 0;
    std::size_t warnings = 0;
    auto print = [&](const core::Diagnostic& d) {
        out_ << d.format() << '\n';
        (d.severity == core::Diagnostic::Severity::Error ? errors : warnings) += 1;
    };

    std::vector<fs::path> asked;
    for (const std::string& p : paths_) {
        std::error_code ec;
        if (!fs::exists(p, ec)) {
            print({p, 0, I18n::tr("no such file or folder"), core::Diagnostic::Severity::Error});

        } else {
            asked.emplace_back(p);
        }
    }

    std::vector<fs::path> load = asked;
    if (paths_.empty()) {
        load = options.effectiveLessonPaths();
    } else if (!alone_) {
        // The app's lessons come first, so a clash is reported against the file being checked.
        load = options.effectiveLessonPaths();
        load.insert(load.end(), asked.begin(), asked.end());
    }
    auto result = io::LibraryLoader::load(load, io::DataPaths::sourceText());

    // Which files to report on: all of them, or only those the PATHs name. Paths are compared
    // canonically: "lessons/x.xml" and the same file reached through the lessons folder are one.
    auto canonical = [](const fs::path& p) {
        std::error_code ec;
        fs::path c = fs::weakly_canonical(p, ec);
        return ec ? p : c;
    };
    std::set<fs::path> reported;
    for (const fs::path& f : paths_.empty() || alone_
                                 ? std::vector<fs::path>(result.files.begin(), result.files.end())
                                 : io::LibraryLoader::moduleFiles(asked)) {
        reported.insert(canonical(f));
    }
    std::set<fs::path> read;
    for (const std::string& f : result.files) {
        read.insert(canonical(f));
    }
    for (const auto& d : result.diagnostics) {
        const fs::path file = canonical(d.file);
        // Problems of the source text itself concern every module: always shown.
        if (read.count(file) == 0 || reported.count(file) > 0) {
            print(d);
        }
    }
    std::size_t bibliographies = 0;
    for (const std::string& f : result.bibliographies) {
        bibliographies += reported.count(canonical(f));
    }
    // Translations by language, in the order offered: "6 translations: az 6, ru 6".
    std::map<std::string, std::size_t> byLanguage;
    std::size_t translations = 0;
    for (const auto& [file, language] : result.translationFiles) {
        if (reported.count(canonical(file)) > 0) {
            ++byLanguage[language];
            ++translations;
        }
    }
    const std::size_t modules = reported.size() - bibliographies - translations;
    out_ << core::Plural::count(static_cast<long long>(modules), "module", "modules") << ", ";
    if (translations > 0) {
        out_ << core::Plural::count(static_cast<long long>(translations), "translation",
                                    "translations");
        const char* separator = ": ";
        for (const std::string& language : io::Language::offered()) {
            if (auto it = byLanguage.find(language); it != byLanguage.end()) {
                out_ << separator << language << ' ' << it->second;
                separator = ", ";
            }
        }
        out_ << ", ";
    }
    out_ << core::Plural::count(static_cast<long long>(errors), "error", "errors");
    if (warnings > 0) {
        out_ << ", "
             << core::Plural::count(static_cast<long long>(warnings), "warning", "warnings");
    }
    out_ << '\n';
    return errors > 0 ? 1 : 0;
}

} // namespace yaddas::cli
