#include <io/LibraryLoader.hpp>

#include <io/DataPaths.hpp>
#include <io/ModuleReader.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>

namespace yaddas::io {
namespace fs = std::filesystem;

LibraryLoader::Result LibraryLoader::load(const std::vector<fs::path>& paths,
                                          const fs::path& sourceText) {
    Result result;
    std::vector<core::Module> modules;
    std::vector<fs::path> files;
    for (const fs::path& p : paths) {
        std::error_code ec;
        if (fs::is_directory(p, ec)) {
            std::vector<fs::path> inDir;
            for (const auto& entry : fs::directory_iterator(p, ec)) {
                if (entry.path().extension() == ".xml") {
                    inDir.push_back(entry.path());
                }
            }
            std::sort(inDir.begin(), inDir.end());
            files.insert(files.end(), inDir.begin(), inDir.end());
        } else if (fs::exists(p, ec)) {
            files.push_back(p);
        }
    }
    for (const fs::path& f : files) {
        auto r = ModuleReader::readFile(f);
        result.diagnostics.insert(result.diagnostics.end(), r.diagnostics.begin(),
                                  r.diagnostics.end());
        if (r.module && !core::hasErrors(r.diagnostics)) {
            modules.push_back(std::move(*r.module));
        }
    }
    std::ifstream in(sourceText, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    result.library = core::Library(std::move(modules), core::SourceText::fromText(text.str()));
    return result;
}

LibraryLoader::Result LibraryLoader::loadDefault() {
    return load({DataPaths::shippedLessons(), DataPaths::userLessons()}, DataPaths::sourceText());
}

} // namespace yaddas::io
