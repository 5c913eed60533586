#include <io/ModuleReader.hpp>

#include <fstream>
#include <sstream>

namespace yaddas::io {

ModuleReader::Result ModuleReader::readFile(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return readString(buffer.str(), file.string());
}

ModuleReader::Result ModuleReader::readString(std::string_view, const std::string& fileName) {
    Result r;
    r.diagnostics.push_back({fileName, 0, "module reader not implemented yet"});
    return r;
}

} // namespace yaddas::io
