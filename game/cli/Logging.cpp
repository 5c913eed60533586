#include <cli/Logging.hpp>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <system_error>
#include <vector>

namespace yaddas::cli {

void setupLogging(const std::filesystem::path& dataDir, bool verbose) {
    auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    console->set_level(verbose ? spdlog::level::debug : spdlog::level::warn);
    console->set_pattern("yaddas: %^%l%$: %v");
    std::vector<spdlog::sink_ptr> sinks{console};

    std::error_code ec;
    std::filesystem::create_directories(dataDir, ec);
    if (!ec) {
        try {
            constexpr std::size_t maxSize = 1024 * 1024;
            auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                (dataDir / "yaddas.log").string(), maxSize, 3);
            file->set_level(verbose ? spdlog::level::debug : spdlog::level::info);
            sinks.push_back(file);
        } catch (const spdlog::spdlog_ex&) {
            // A read-only home is no reason to refuse to start; the console still gets warnings.
        }
    }
    auto logger = std::make_shared<spdlog::logger>("yaddas", sinks.begin(), sinks.end());
    logger->set_level(spdlog::level::debug);
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(logger);
}

} // namespace yaddas::cli
