#include <cli/QuestionsCommand.hpp>

#include <core/QuestionLinter.hpp>
#include <core/QuizGenerator.hpp>
#include <io/DataPaths.hpp>
#include <io/LibraryLoader.hpp>
#include <io/QuestionWriter.hpp>

#include <CLI/CLI.hpp>

#include <filesystem>
#include <map>
#include <random>
#include <set>

namespace yaddas::cli {

void QuestionsCommand::attach(CLI::App& parent) {
    subcommand_ = parent.add_subcommand("questions", "Print a quiz's generated questions as XML");
    subcommand_->add_option("--module", module_, "Module id (default: an exam over all modules)");
    subcommand_->add_option("--category", category_, "dates, figures, victims or ideas");
    subcommand_->add_option("--count", count_, "Number of questions (1 to 1000)")
        ->check(CLI::Range(1, 1000));
    subcommand_->add_option("--seed", seed_, "Seed: the same seed gives the same quiz");
    subcommand_->add_flag("--lint", lint_,
                          "Check every question of every module (or of the FILEs) over many "
                          "seeds and list each defect; exit 1 when any is found");
    subcommand_->add_option("--seeds", seeds_, "With --lint: how many seeds (1 to 10000)")
        ->check(CLI::Range(1, 10000));
    subcommand_->add_option("files", files_, "With --lint: module files to check");
}

int QuestionsCommand::lint(const GlobalOptions& options) {
    auto paths = options.effectiveLessonPaths();
    paths.insert(paths.end(), files_.begin(), files_.end());
    const auto loaded = io::LibraryLoader::load(paths, io::DataPaths::sourceText());
    for (const auto& d : loaded.diagnostics) {
        err_ << d.format() << '\n';
    }
    const core::Library& library = loaded.library;
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
        err_ << "yaddas questions --lint: no module to check\n";
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
        out_ << "  (seed " << f.seed << ") " << f.prompt << '\n';
    }
    const double share = ids.empty() ? 0.0 : 100.0 * double(found.size()) / double(ids.size());
    out_ << ids.size() << " question ids in " << variants << " variants over " << seeds_
         << " seeds; " << found.size() << " with a defect (" << std::to_string(share).substr(0, 4)
         << " %)\n";
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
            err_ << "yaddas questions: unknown category '" << category_
                 << "' (expected dates, figures, victims or ideas)\n";
            return 2;
        }
        categories.push_back(*c);
    }
    const auto loaded =
        io::LibraryLoader::load(options.effectiveLessonPaths(), io::DataPaths::sourceText());
    for (const auto& d : loaded.diagnostics) {
        err_ << d.format() << '\n';
    }
    const core::Library& library = loaded.library;
    core::QuizSpec spec;
    if (!module_.empty()) {
        if (library.find(module_) == nullptr) {
            err_ << "yaddas questions: no module '" << module_ << "'";
            std::string known;
            for (const auto& m : library.modules()) {
                known += (known.empty() ? "" : ", ") + m.id;
            }
            err_ << (known.empty() ? " (no modules loaded)" : " (modules: " + known + ")") << '\n';
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
        err_ << "yaddas questions: no questions: nothing in "
             << (module_.empty() ? "the lessons" : "module " + module_)
             << (category_.empty() ? "" : " for the category " + category_) << '\n';
        return 1;
    }
    return 0;
}

} // namespace yaddas::cli
