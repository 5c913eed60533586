#pragma once

#include <core/Learner.hpp>
#include <core/Result.hpp>

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace yaddas::io {

/// A copy of a learner's progress written somewhere else when their own folder cannot be
/// written to, so that quitting never loses answers. Each copy is a new file,
/// `yaddas-ID-YYYYMMDDTHHMMSS.xml` (then `-2`, `-3` …), created so that it never replaces or
/// follows anything already there. A teacher puts it back as `<data>/learners/ID.xml`.
class EmergencyCopy {
public:
    /// Writes a copy into the first of `folders` that takes it; returns the file's path, or
    /// every folder's reason when none did.
    static core::Result<std::filesystem::path>
    write(const core::Learner& learner, const std::vector<std::filesystem::path>& folders,
          std::int64_t now);
    /// Where to look first: the Desktop, then the home folder, then the temporary folder.
    static std::vector<std::filesystem::path> defaultFolders();
};

} // namespace yaddas::io
