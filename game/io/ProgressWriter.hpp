#pragma once

#include <core/Learner.hpp>
#include <core/Result.hpp>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>

namespace yaddas::io {

/// Writes a learner's progress file in the current schema (game/io/PROGRESS.md), atomically,
/// and the records of its journal.
class ProgressWriter {
public:
    /// `journal`: the generation of the journal that continues this file (0: none yet).
    static std::string toXml(const core::Learner& learner, std::uint64_t journal = 0);
    /// Saves through AtomicFile: the old version stays as `name.xml.bak`.
    static core::Result<std::size_t> save(const core::Learner& learner,
                                          const std::filesystem::path& path,
                                          std::uint64_t journal = 0);

    /// The first two lines of a journal continuing the file of generation `base`.
    static std::string journalHeader(const std::string& learnerId, std::uint64_t base);
    /// One journal record each, a whole line: an answer (`<a>`), a finished quiz (`<quiz>`), a
    /// module's reading (`<read>`), the settings (`<settings>`), a session begun (`<begin>`).
    static std::string journalRecord(const core::AnswerRecord& answer);
    static std::string journalRecord(const core::QuizResult& quiz);
    static std::string journalRecord(const core::ReadingProgress& reading);
    static std::string journalRecord(const core::LearnerSettings& settings);
    static std::string journalBegin(std::int64_t at);
};

} // namespace yaddas::io
