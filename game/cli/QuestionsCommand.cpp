#include <cli/QuestionsCommand.hpp>

#include <core/I18n.hpp>
#include <core/QuestionLinter.hpp>
#include <core/QuizGenerator.hpp>
#include <io/DataPaths.hpp>
#include <io/Language.hpp>
#include <io/LibraryLoader.hpp>
#include <io/QuestionWriter.hpp>

#include <CLI/CLI.hpp>

#include <filesystem>
#include <map>
#include <random>
#include <set>

namespace yaddas::cli {

using core::I18n;

void QuestionsCommand::attach(CLI::App& parent) {
    subcommand_ =
        parent.add_subcommand("questions", I18n::tr("Print a quiz's generated questions as XML"));
    subcommand_->add_option("--module", module_,
                            I18n::tr("Module id (default: an exam over all modules)"));
    // TRANSLATORS: the words of --category: keep them in English, as they are typed.
    subcommand_->add_option("--category", category_, I18n::tr("dates, figures, victims or ideas"));
    subcommand_->add_option("--count", count_, I18n::tr("Number of questions (1 to 1000)"))
        ->check(CLI::Range(1, 1000));
    subcommand_->add_option("--seed", seed_, I18n::tr("Seed: the same seed gives the same quiz"));
    subcommand_->add_flag("--lint", lint_,
                          I18n::tr("Check every question of every module (or of the FILEs) over "
                                   "many seeds and list each defect; exit 1 when any is found"));
    subcommand_->add_option("--seeds", seeds_, I18n::tr("With --lint: how many seeds (1 to 10000)"))
        ->check(CLI::Range(1, 10000));
    subcommand_->add_option("files", files_, I18n::tr("With --lint: module files to check"));
}

int QuestionsCommand::lint(const GlobalOptions& options) {
    auto paths = options.effectiveLessonPaths();
    paths.insert(paths.end(), files_.begin(), files_.end());
    const auto loaded = io::LibraryLoader::load(paths, io::DataPaths::sourceText());
    for (const auto& d : loaded.diagnostics) {
        err_ << d.format() << '\n';
    }
    // In the language of the interface: translated modules where there are some.
    const core::Library library = loaded.library.inLanguage(io::Language::current());
    auto canonical = [](const std::string& p) {
        std::error_code ec;
        auto c = std::filesystem::weakly_canonical(p, ec);
        return ec ? std::filesystem::path(p) : c;
    };
    std::set<std::filesystem::path> asked;
    for (const std::string& f : files_) {
        asked.insert(canonical(f));
    }
    std::vector<const core::Module*> modules;
    for (const core::Module& m : library.modules()) {
        if (asked.empty() || asked.count(canonical(m.file)) > 0) {
            modules.push_back(&m);
        }
    }
    if (modules.empty()) {
        err_ << "yaddas questions --lint: " << I18n::tr("no module to check") << '\n';
        return 2;
    }
    struct Finding {
        std::set<std::string> defects;
        std::uint64_t seed = 0;
        std::string prompt;
    };
    std::map<std::string, Finding> found; // by module/question id
    std::set<std::string> ids;
    std::size_t variants = 0;
    const core::QuizGenerator generator(library);
    auto check = [&](const core::Question& q, std::uint64_t seed) {
        const std::string id = q.moduleId + "/" + q.id;
        ids.insert(id);
        ++variants;
        for (const std::string& d : core::QuestionLinter::defects(q, library)) {
            Finding& f = found[id];
            if (f.defects.empty()) {
                f.seed = seed;
                f.prompt = q.prompt;
            }
            f.defects.insert(d);
        }
    };
    for (std::uint64_t seed = 1; seed <= seeds_; ++seed) {
        for (const core::Module* m : modules) {
            std::mt19937_64 rng(seed);
            for (const std::string& fact : m->factIds()) {
                for (const auto& q : generator.questionsForFact(fact, rng)) {
                    check(q, seed);
                }
            }
            for (const auto& q : generator.groupQuestions(*m, rng)) {
                check(q, seed);
            }
        }
        if (asked.empty()) {
            for (const auto& q :
                 generator.generate(core::QuizSpec::exam({}, {}, 20, seed)).questions) {
                check(q, seed);
            }
        }
    }
    for (const auto& [id, f] : found) {
        for (const std::string& d : f.defects) {
            out_ << id << ": " << d << '\n';
        }
        out_ << "  (" << I18n::format(I18n::tr("seed {1}"), {std::to_string(f.seed)}) << ") "
             << f.prompt << '\n';
    }
    const double share = ids.empty() ? 0.0 : 100.0 * double(found.size()) / double(ids.size());
    out_ << I18n::format(I18n::tr("{1} question ids in {2} variants over {3} seeds; {4} with a "
                                  "defect ({5} %)"),
                         {std::to_string(ids.size()), std::to_string(variants),
                          std::to_string(seeds_), std::to_string(found.size()),
                          std::to_string(share).substr(0, 4)})
         << '\n';
    return found.empty() ? 0 : 1;
}

int QuestionsCommand::run(const GlobalOptions& options) {
    if (lint_) {
        return lint(options);
    }
    std::vector<core::Category> categories;
    if (!category_.empty()) {
        const auto c = core::categoryFromString(category_);
        if (!c) {
            err_ << "yaddas questions: "
                 << I18n::format(I18n::tr("unknown category '{1}' (expected dates, figures, "
                                          "victims or ideas)"),
                                 {category_})
                 << '\n';
            return 2;
        }
        categories.push_back(*c);
    }
    const auto loaded =
        io::LibraryLoader::load(options.effectiveLessonPaths(), io::DataPaths::sourceText());
    for (const auto& d : loaded.diagnostics) {
        err_ << d.format() << '\n';
    }
    // In the language of the interface: translated modules where there are some.
    const core::Library library = loaded.library.inLanguage(io::Language::current());
    core::QuizSpec spec;
    if (!module_.empty()) {
        if (library.find(module_) == nullptr) {
            std::string known;
            for (const auto& m : library.modules()) {
                known += (known.empty() ? "" : ", ") + m.id;
            }
            err_ << "yaddas questions: "
                 << I18n::format(known.empty() ? I18n::tr("no module '{1}' (no modules loaded)")
                                               : I18n::tr("no module '{1}' (modules: {2})"),
                                 {module_, known})
                 << '\n';
            return 2;
        }
        spec = categories.empty() ? core::QuizSpec::afterModule(module_, seed_, count_)
                                  : core::QuizSpec::exam({module_}, categories, count_, seed_);
    } else {
        spec = core::QuizSpec::exam({}, categories, count_, seed_);
    }
    const core::Quiz quiz = core::QuizGenerator(library).generate(spec);
    io::QuestionWriter::write(quiz, out_);
    if (quiz.questions.empty()) {
        const char* nothing =
            module_.empty()
                ? (category_.empty() ? I18n::tr("no questions: nothing in the lessons")
                                     : I18n::tr("no questions: nothing in the lessons for the "
                                                "category {2}"))
                : (category_.empty() ? I18n::tr("no questions: nothing in module {1}")
                                     : I18n::tr("no questions: nothing in module {1} for the "
                                                "category {2}"));
        err_ << "yaddas questions: " << I18n::format(nothing, {module_, category_}) << '\n';

        return 1;
    }
    return 0;
}

} // namespace yaddas::cli
