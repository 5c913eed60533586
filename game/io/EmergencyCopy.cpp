#include <io/EmergencyCopy.hpp>

#include <io/AtomicFile.hpp>

#include <io/ProgressStore.hpp>
#include <io/ProgressWriter.hpp>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <string_view>
#include <unistd.h>

namespace yaddas::io {

std::vector<std::filesystem::path> EmergencyCopy::defaultFolders() {
    std::vector<std::filesystem::path> folders;
    std::error_code ec;
    if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0') {
        const std::filesystem::path desktop = std::filesystem::path(home) / "Desktop";
        if (std::filesystem::is_directory(desktop, ec)) {
            folders.push_back(desktop);
        }
        folders.emplace_back(home);
    }
    folders.push_back(std::filesystem::temp_directory_path(ec));
    return folders;
}

core::Result<std::filesystem::path>
EmergencyCopy::write(const core::Learner& learner,
                     const std::vector<std::filesystem::path>& folders, std::int64_t now) {
    const std::string xml = ProgressWriter::toXml(learner);
    const std::string id =
        ProgressStore::validId(learner.profile().id) ? learner.profile().id : "learner";
    const std::string base = "yaddas-" + id + "-" + ProgressStore::stamp(now);
    std::string reasons;
    for (const auto& folder : folders) {
        if (folder.empty()) {
            continue;
        }
        for (int n = 1; n <= 100; ++n) {
            const std::filesystem::path file =
                folder / (base + (n == 1 ? std::string() : "-" + std::to_string(n)) + ".xml");
            // A shared folder such as /tmp may hold a file or a link planted under this name;
            // the copy never opens, follows or replaces it.
            bool taken = false;
            // 0600: the temporary folder is shared with every user of the computer.
            auto written = AtomicFile::create(file, xml, &taken, 0600);
            if (taken) {
                continue;
            }
            if (!written) {
                reasons += (reasons.empty() ? "" : "; ") + written.error().message;
                break;
            }
            return file;
        }
    }
    return core::Error{"no copy could be written (" +
                       (reasons.empty() ? std::string("no folder to write to") : reasons) + ")"};
}

} // namespace yaddas::io
