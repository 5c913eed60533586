#include <cli/ImportCommand.hpp>

#include <core/Assignment.hpp>
#include <core/I18n.hpp>
#include <core/MoodleImport.hpp>
#include <core/Plural.hpp>
#include <io/AtomicFile.hpp>
#include <io/DataPaths.hpp>
#include <io/ImportedModuleWriter.hpp>
#include <io/LibraryLoader.hpp>
#include <io/MoodleReader.hpp>
#include <io/XmlText.hpp>

#include <CLI/CLI.hpp>

#include <filesystem>
#include <iostream>

namespace yaddas::cli {

using core::I18n;
namespace fs = std::filesystem;

ImportCommand::ImportCommand(std::ostream& out, std::ostream& err) : out_(out), err_(err) {}

ImportCommand::ImportCommand() : ImportCommand(std::cout, std::cerr) {}

void ImportCommand::attach(CLI::App& parent) {
    subcommand_ = parent.add_subcommand(
        "import", I18n::tr("Import questions: `import moodle FILE` makes a lesson module of a "
                           "Moodle XML question bank"));
    subcommand_->add_option("format", format_, I18n::tr("Import format: moodle"))
        ->required()
        ->check(CLI::IsMember({"moodle"}));
    subcommand_->add_option("file", file_, I18n::tr("Moodle XML file"))->required();
    subcommand_->add_option("-o,--output", output_,
                            I18n::tr("Module file to write (default: ID.xml)"));
    subcommand_->add_option("--id", id_,
                            I18n::tr("Module id (default: moodle- and the file's name)"));
    subcommand_->add_option("--title", title_,
                            I18n::tr("Module title (default: from the category)"));
    subcommand_
        ->add_option(
            "--category", category_,
            // TRANSLATORS: the words dates, figures, victims, ideas, ordering and numerical stay
            // in English: the first four are typed, the last two are Moodle's names.
            I18n::tr("Quiz category of every question: dates, figures, victims or ideas "
                     "(default: ordering under dates, numerical under figures, the rest "
                     "ideas)"))
        ->check(CLI::IsMember({"dates", "figures", "victims", "ideas"}));
}

int ImportCommand::run(const GlobalOptions& options) {
    auto read = io::MoodleReader::readFile(file_);
    for (const auto& d : read.diagnostics) {
        err_ << d.format() << '\n';
    }
    if (!read.ok) {
        return 1;
    }
    const std::string stem = fs::path(file_).stem().string();
    const std::string id = id_.empty() ? "moodle-" + core::Assignment::slugOf(stem) : id_;
    std::string title = title_;
    if (title.empty()) {
        for (const auto& q : read.questions) {
            if (q.type != "category" && !q.category.empty()) {
                const auto slash = q.category.rfind('/');
                title = q.category.substr(slash == std::string::npos ? 0 : slash + 1);
                break;
            }
        }
    }
    if (title.empty() || title == "$course$") {
        title = stem;
    }
    title = "Imported: " + title;
    std::string fileName = fs::path(file_).filename().string();
    // A file name or --title may hold what a lesson file cannot (any byte but '/' is allowed).
    io::XmlText::clean(title);
    io::XmlText::clean(fileName);
    std::optional<core::Category> category;
    if (!category_.empty()) {
        category = core::categoryFromString(category_);
    }
    auto result = core::MoodleImport::convert(read.questions, id, title, fileName, category);
    for (const auto& s : result.skipped) {
        // TRANSLATORS: {1} is Moodle's name of the question type (multichoice, essay, …).
        out_ << file_ << ":" << s.line << ": "
             << I18n::format(I18n::tr("skipped {1} question '{2}': {3}"),
                             {s.type.empty() ? std::string("?") : s.type, s.name, s.reason})
             << '\n';
    }
    if (result.module.questions.empty()) {
        err_ << "yaddas import: "
             << I18n::format(I18n::tr("no question of {1} can be kept; no module written"), {file_})
             << '\n';
        return 1;
    }
    const std::string output = output_.empty() ? id + ".xml" : output_;
    // Check the text as `yaddas validate` would read it back, before anything is written: a
    // module that its own check refuses is of no use to the teacher.
    const std::string xml = io::ImportedModuleWriter::toXml(result.module);
    const auto problems = io::LibraryLoader::checkText(xml, output, io::DataPaths::sourceText());
    if (core::hasErrors(problems)) {
        for (const auto& d : problems) {
            err_ << d.format() << '\n';
        }
        err_ << "yaddas import: "
             << I18n::format(I18n::tr("the module made of {1} would not pass `yaddas validate`; "
                                      "no module written"),
                             {file_})
             << '\n';
        return 1;
    }
    auto written = io::AtomicFile::write(output, xml);
    if (!written) {
        err_ << "yaddas import: " << output << ": " << written.error().message << '\n';
        return 1;
    }
    // Check the new module exactly as `yaddas validate` would, among the installed lessons.
    auto paths = options.effectiveLessonPaths();
    paths.emplace_back(output);
    auto loaded = io::LibraryLoader::load(paths, io::DataPaths::sourceText());
    int errors = 0;
    std::error_code ec;
    const fs::path written_path = fs::weakly_canonical(output, ec);
    for (const auto& d : loaded.diagnostics) {
        std::error_code ec2;
        if (fs::weakly_canonical(d.file, ec2) == written_path) {
            err_ << d.format() << '\n';
            errors += d.severity == core::Diagnostic::Severity::Error ? 1 : 0;
        }
    }
    out_ << I18n::format(
                I18n::tr("wrote {1}: {2} imported as {3}, {4} skipped"),
                {output, core::Plural::count(result.imported, "question", "questions"),
                 core::Plural::count(static_cast<long long>(result.module.questions.size()),
                                     "lesson question", "lesson questions"),
                 std::to_string(result.skipped.size())})
         << '\n';
    return errors > 0 ? 1 : 0;
}

} // namespace yaddas::cli
