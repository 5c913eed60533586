#include <cli/HelpText.hpp>

#include <core/I18n.hpp>

#include <CLI/CLI.hpp>

namespace yaddas::cli {
namespace {

using core::I18n;

void translate(CLI::App& app) {
    app.set_help_flag("-h,--help", I18n::tr("Print this help message and exit"));
    for (CLI::Option* option : app.get_options()) {
        if (option->get_group() == "Options") {
            option->group(I18n::tr("Options"));
        }
    }
    for (CLI::App* verb : app.get_subcommands([](CLI::App*) { return true; })) {
        if (verb->get_group() == "Subcommands") {
            verb->group(I18n::tr("Verbs"));
        }
        translate(*verb);
    }
}

} // namespace

void HelpText::apply(CLI::App& app) {
    auto formatter = app.get_formatter();
    formatter->label("Usage", I18n::tr("Usage"));
    formatter->label("OPTIONS", I18n::tr("OPTIONS"));
    formatter->label("SUBCOMMAND", I18n::tr("VERB"));
    formatter->label("Positionals", I18n::tr("Positionals"));
    formatter->label("REQUIRED", I18n::tr("REQUIRED"));
    formatter->label("TEXT", I18n::tr("TEXT"));
    formatter->label("INT", I18n::tr("INT"));
    formatter->label("UINT", I18n::tr("UINT"));
    formatter->label("FLOAT", I18n::tr("NUMBER"));
    formatter->label("Excludes", I18n::tr("Excludes"));
    formatter->label("Needs", I18n::tr("Needs"));
    translate(app);
}

} // namespace yaddas::cli
