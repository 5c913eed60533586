#include <cli/QuestionsCommand.hpp>

#include <core/QuizGenerator.hpp>
#include <io/DataPaths.hpp>
#include <io/LibraryLoader.hpp>
#include <io/QuestionWriter.hpp>

#include <CLI/CLI.hpp>

namespace yaddas::cli {

void QuestionsCommand::attach(CLI::App& parent) {
    subcommand_ = parent.add_subcommand("questions", "Print a quiz's generated questions as XML");
    subcommand_->add_option("--module", module_, "Module id (default: an exam over all modules)");
    subcommand_->add_option("--category", category_, "dates, figures, victims or ideas");
    subcommand_->add_option("--count", count_, "Number of questions (1 to 1000)")
        ->check(CLI::Range(1, 1000));
    subcommand_->add_option("--seed", seed_, "Seed: the same seed gives the same quiz");
}

int QuestionsCommand::run(const GlobalOptions& options) {
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
