#include <cli/ExportCommand.hpp>

#include <core/I18n.hpp>
#include <core/MoodleExport.hpp>
#include <core/Plural.hpp>
#include <core/QuizGenerator.hpp>
#include <io/AssignmentReader.hpp>
#include <io/AtomicFile.hpp>
#include <io/DataPaths.hpp>
#include <io/Language.hpp>
#include <io/LibraryLoader.hpp>
#include <io/MoodleWriter.hpp>

#include <CLI/CLI.hpp>

#include <iostream>
#include <map>
#include <random>
#include <set>

namespace yaddas::cli {

using core::I18n;
namespace {

std::string categoryOf(const core::Library& library, const std::string& moduleId) {
    const core::Module* m = library.find(moduleId);
    return "$course$/Yaddas/" + (m != nullptr ? m->title : moduleId);
}

} // namespace

ExportCommand::ExportCommand(std::ostream& out, std::ostream& err) : out_(out), err_(err) {}

ExportCommand::ExportCommand() : ExportCommand(std::cout, std::cerr) {}

void ExportCommand::attach(CLI::App& parent) {
    subcommand_ = parent.add_subcommand(
        "export",
        I18n::tr("Export questions: `export moodle` writes Moodle XML for a question bank"));
    subcommand_->add_option("format", format_, I18n::tr("Export format: moodle"))
        ->required()
        ->check(CLI::IsMember({"moodle"}));
    auto* module =
        subcommand_->add_option("--module", module_, I18n::tr("Only this module's questions"));
    auto* assignment = subcommand_->add_option("--assignment", assignment_,
                                               I18n::tr("The questions of this assignment file"));
    module->excludes(assignment);
    subcommand_->add_option("-o,--output", output_, I18n::tr("Moodle XML file to write"))
        ->required();
    subcommand_->add_option("--seed", seed_, I18n::tr("Seed for the options' order (default 1)"));
}

std::vector<core::MoodleQuestion> ExportCommand::moduleQuestions(const core::Library& library,
                                                                 const core::Module& module,
                                                                 std::uint64_t seed) {
    core::QuizGenerator generator(library);
    std::mt19937_64 rng(seed);
    std::vector<core::Question> questions;
    for (const std::string& fact : module.factIds()) {
        auto made = generator.questionsForFact(fact, rng);
        questions.insert(questions.end(), made.begin(), made.end());
    }
    auto group = generator.groupQuestions(module, rng);
    questions.insert(questions.end(), group.begin(), group.end());
    std::vector<core::MoodleQuestion> out;
    std::set<std::string> seen;
    const std::string category = categoryOf(library, module.id);
    for (const core::Question& q : questions) {
        if (!seen.insert(q.id).second) {
            continue;
        }
        if (auto m = core::MoodleExport::convert(q, category)) {
            out.push_back(std::move(*m));
        }
    }
    return out;
}

int ExportCommand::run(const GlobalOptions& options) {
    auto loaded =
        io::LibraryLoader::load(options.effectiveLessonPaths(), io::DataPaths::sourceText());
    // In the language of the interface: translated modules where there are some.
    const core::Library library = loaded.library.inLanguage(io::Language::current());
    std::vector<core::MoodleQuestion> out;
    if (!assignment_.empty()) {
        auto read = io::AssignmentReader::readFile(assignment_);
        for (const auto& d : read.diagnostics) {
            err_ << d.format() << '\n';
        }
        if (!read.assignment) {
            return 1;
        }
        const auto problems = read.assignment->checkAgainst(library, assignment_);
        for (const auto& d : problems) {
            err_ << d.format() << '\n';
        }
        if (!problems.empty()) {
            return 1;
        }
        // The questions everyone gets (with a per-learner rule: one sample of them).
        const auto quiz = core::QuizGenerator(library).generate(read.assignment->specFor(""));
        // Group by module so each gets one category, keeping the quiz order within it.
        std::map<std::string, std::vector<core::MoodleQuestion>> byModule;
        std::vector<std::string> order;
        for (const auto& q : quiz.questions) {
            if (auto m = core::MoodleExport::convert(q, categoryOf(library, q.moduleId))) {
                if (byModule.count(q.moduleId) == 0) {
                    order.push_back(q.moduleId);
                }
                byModule[q.moduleId].push_back(std::move(*m));
            }
        }
        for (const std::string& id : order) {
            out.insert(out.end(), byModule[id].begin(), byModule[id].end());
        }
    } else {
        bool found = module_.empty();
        for (const core::Module& m : library.modules()) {
            if (module_.empty() || m.id == module_) {
                found = true;
                auto qs = moduleQuestions(library, m, seed_);
                out.insert(out.end(), qs.begin(), qs.end());
            }
        }
        if (!found) {
            err_ << "yaddas export: " << I18n::format(I18n::tr("unknown module '{1}'"), {module_})
                 << '\n';
            return 1;
        }
    }
    auto written = io::AtomicFile::write(output_, io::MoodleWriter::toXml(out));
    if (!written) {
        err_ << "yaddas export: " << output_ << ": " << written.error().message << '\n';
        return 1;
    }
    std::map<std::string, int> perType;
    for (const auto& q : out) {
        perType[q.type] += 1;
    }
    out_ << I18n::format(I18n::tr("wrote {1}: {2}"),
                         {output_, core::Plural::count(static_cast<long long>(out.size()),
                                                       "question", "questions")})
         << " (";
    bool first = true;
    for (const auto& [type, n] : perType) {
        out_ << (first ? "" : ", ") << n << ' ' << type;
        first = false;
    }
    out_ << ")\n";
    return 0;
}

} // namespace yaddas::cli
