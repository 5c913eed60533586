// yaddas: the window by default, or a command-line verb (see --help).
#include <app/Application.hpp>
#include <app/DisplayCheck.hpp>
#include <cli/AssignCommand.hpp>
#include <cli/Command.hpp>
#include <cli/ExportCommand.hpp>
#include <cli/GlobalOptions.hpp>
#include <cli/HelpText.hpp>
#include <cli/ImportCommand.hpp>
#include <cli/Logging.hpp>
#include <cli/ProgressCommand.hpp>
#include <cli/QuestionsCommand.hpp>
#include <cli/ReportCommand.hpp>
#include <cli/TerminalText.hpp>
#include <cli/ValidateCommand.hpp>
#include <core/I18n.hpp>
#include <io/Language.hpp>

#include <CLI/CLI.hpp>
#include <spdlog/spdlog.h>

#include <cstdlib>
#include <exception>
#include <filesystem>
#include <iostream>
#include <memory>
#include <sstream>
#include <vector>

int main(int argc, char** argv) {
    using namespace yaddas;
    try {
        // The system's language first, so that --help and every message is in it.
        io::Language::use(io::Language::fromEnvironment());
        CLI::App app{core::I18n::tr("Yaddas: learn the history of the Soviet political "
                                    "repressions in Azerbaijan, 1920 to the early 1950s.\nWith "
                                    "no verb, opens the window."),
                     "yaddas"};
        app.set_version_flag("--version", std::string("yaddas ") + YADDAS_VERSION,
                             core::I18n::tr("Display program version information and exit"));
        cli::GlobalOptions options;
        std::vector<std::string> lessonDirs;
        std::string dataDir;
        app.add_option("--lessons", lessonDirs, core::I18n::tr("Folder of extra lesson modules"))
            ->check(CLI::ExistingDirectory);
        app.add_option("--data-dir", dataDir,
                       core::I18n::tr("User data folder (default ~/.local/share/yaddas)"));
        app.add_flag("--verbose", options.verbose, core::I18n::tr("Print debug output"));
        app::AppOptions window;
        std::string script;
        std::string screenshotDir;
        std::string size;
        app.add_option("--script", script,
                       core::I18n::tr(
                           "Window: replay the input events in FILE (format: game/app/Script.hpp)"))
            ->check(CLI::ExistingFile);
        app.add_option(
            "--screenshot-dir", screenshotDir,
            core::I18n::tr("Window: where --script writes its screenshots and text dumps"));
        app.add_option("--size", size,
                       core::I18n::tr("Window: the first size, WIDTHxHEIGHT (default 1280x800)"));
        std::string assignmentFile;
        app.add_option(
            "assignment", assignmentFile,
            core::I18n::tr("Window: open this assignment file from your teacher (it is kept, so it "
                           "stays on the module map). Dropping the file on the window opens it "
                           "too."));
        app.add_option(
            "--learner", window.learner,
            core::I18n::tr("Window: open this learner's module map at once, without the choice of "
                           "learner (for a computer with one learner, or a desktop shortcut)"));
        app.add_flag(
            "--benchmark", window.benchmark,
            core::I18n::tr("Window: time the start and the frames, print the figures and quit"));

        app.add_flag("--speech", window.speech,
                     core::I18n::tr("Window: read aloud from the first screen on (F2 turns it "
                                    "on and off; the environment variable YADDAS_SPEECH=1 does "
                                    "the same as this option)"));
        std::string speechLog;
        std::string speechWav;
        app.add_option("--speech-log", speechLog,
                       core::I18n::tr("Window: write what is read aloud to FILE, one line each"));
        app.add_option("--speech-wav", speechWav,
                       core::I18n::tr("Window: write the speech into the WAV file FILE instead "
                                      "of playing it"));

        std::vector<std::unique_ptr<cli::Command>> commands;
        commands.push_back(std::make_unique<cli::ValidateCommand>());
        commands.push_back(std::make_unique<cli::QuestionsCommand>());
        commands.push_back(std::make_unique<cli::ProgressCommand>());
        commands.push_back(std::make_unique<cli::AssignCommand>());
        commands.push_back(std::make_unique<cli::ReportCommand>());
        commands.push_back(std::make_unique<cli::ExportCommand>());
        commands.push_back(std::make_unique<cli::ImportCommand>());
        for (auto& command : commands) {
            command->attach(app);
        }
        app.require_subcommand(0, 1);
        cli::HelpText::apply(app);

        try {
            app.parse(argc, argv);
        } catch (const CLI::CallForHelp& e) {
            return app.exit(e);
        } catch (const CLI::CallForAllHelp& e) {
            return app.exit(e);
        } catch (const CLI::CallForVersion& e) {
            return app.exit(e);
        } catch (const CLI::ParseError& e) {
            std::cerr << "yaddas: " << e.what() << "\n\n" << app.help();
            return 2;
        }
        options.lessonDirs.assign(lessonDirs.begin(), lessonDirs.end());
        options.dataDir = dataDir;
        cli::setupLogging(options.effectiveDataDir(), options.verbose);

        for (auto& command : commands) {
            if (command->chosen()) {
                return command->run(options);
            }
        }
        if (!assignmentFile.empty()) {
            std::error_code ec;
            if (!std::filesystem::is_regular_file(assignmentFile, ec)) {
                // Most often a mistyped verb: say both, and never open the window for it.
                std::cerr << "yaddas: \"" << cli::TerminalText::escape(assignmentFile)
                          << "\" is neither a verb nor an assignment file\n\n"
                          << app.help();
                return 2;
            }
        }
        if (!size.empty()) {
            unsigned w = 0;
            unsigned h = 0;
            char x = 0;
            std::istringstream in(size);
            if (!(in >> w >> x >> h) || x != 'x' || w < 200 || h < 200 || w > 8192 || h > 8192) {
                std::cerr << "yaddas: --size must look like 1280x800\n";
                return 2;
            }
            window.width = w;
            window.height = h;
        }
        if (window.benchmark && window.learner.empty()) {
            window.learner = "Benchmark"; // the learner with 10,000 answers it writes first
        }
        window.assignment = assignmentFile;
        window.script = script;
        window.screenshotDir = screenshotDir;
        window.speechLog = speechLog;
        window.speechWav = speechWav;
        // A school can turn speech on for everyone in the desktop file or the session.
        if (const char* env = std::getenv("YADDAS_SPEECH");
            env != nullptr && (std::string(env) == "1" || std::string(env) == "on" ||
                               std::string(env) == "yes" || std::string(env) == "true")) {
            window.speech = true;
        }
        if (const std::string problem = app::DisplayCheck::problem(); !problem.empty()) {
            // Before the Application: creating its window without a display aborts. The
            // console sink prints it on standard error as well as in the log.
            spdlog::critical("{}", problem);
            return 1;
        }
        return app::Application(options, window).run();
    } catch (const std::exception& e) {
        // The message may quote a file name or a file's content.
        const std::string what = cli::TerminalText::escape(e.what());
        spdlog::critical("unexpected error: {}", what);
        std::cerr << "yaddas: unexpected error: " << what << '\n';
        return 1;
    }
}
