#pragma once

#include <io/AssignmentRun.hpp>

#include <cstddef>
#include <filesystem>
#include <memory>
#include <optional>

namespace yaddas::app {

/// The assignment being opened or taken, and what the file browser was asked and answered.
struct AssignmentFlow {
    /// What the file browser picks.
    enum class Pick { None, AssignmentFile, ResultsFolder };
    Pick pick = Pick::None;                 ///< set by the screen opening the browser
    std::filesystem::path picked;           ///< set by the browser; empty when cancelled
    std::optional<std::size_t> chosen;      ///< index in io::AssignmentRun::list() to take
    std::shared_ptr<io::AssignmentRun> run; ///< the attempt in progress or just finished
};

} // namespace yaddas::app
