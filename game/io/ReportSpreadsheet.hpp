#pragma once

#include <core/ClassReport.hpp>
#include <core/Result.hpp>

#include <io/ReportWriter.hpp>

#include <cstddef>
#include <filesystem>

namespace yaddas::io {

/// Writes a class report as an .xlsx workbook (libxlsxwriter): sheets Summary, Learners,
/// Learner × question, Categories and Wrong answers. Numbers are number cells (scores with a
/// percent format, so every locale shows them its own way), text is text cells, never formulas.
class ReportSpreadsheet {
public:
    /// Writes the workbook to `path`. libxlsxwriter writes to a file name, so the workbook is
    /// made in a private temporary folder (0700) and then copied over `path` by AtomicFile:
    /// nothing is ever written through a link planted in the report folder, and a crash leaves
    /// the old report or the new one. Returns the bytes written or why it failed.
    static core::Result<std::size_t> write(const core::ClassReport& report,
                                           const std::filesystem::path& path,
                                           const ReportWriter::Options& options);
    static core::Result<std::size_t> write(const core::ClassReport& report,
                                           const std::filesystem::path& path) {
        return write(report, path, ReportWriter::Options{});
    }
};

} // namespace yaddas::io
