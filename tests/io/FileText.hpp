#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace yaddas::test {

/// The bytes of a file ("" when it cannot be read).
inline std::string slurp(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

/// Replaces a file's bytes.
inline void spit(const std::filesystem::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
}

} // namespace yaddas::test
