#include <io/ReportSpreadsheet.hpp>

#include <io/AtomicFile.hpp>

#include <core/I18n.hpp>
#include <core/Plural.hpp>

#include <xlsxwriter.h>

#include <cstdlib>
#include <string>
#include <system_error>
#include <vector>

namespace yaddas::io {
namespace {

namespace fs = std::filesystem;
using Row = core::ClassReport::Row;
using core::I18n;

/// A private temporary folder, removed with what is in it.
class PrivateFolder {
public:
    PrivateFolder() {
        std::error_code ec;
        std::string pattern = (fs::temp_directory_path(ec) / "yaddas-report-XXXXXX").string();
        if (::mkdtemp(pattern.data()) != nullptr) {
            path_ = pattern;
        }
    }
    ~PrivateFolder() {
        if (!path_.empty()) {
            std::error_code ignored;
            fs::remove_all(path_, ignored);
        }
    }
    PrivateFolder(const PrivateFolder&) = delete;
    PrivateFolder& operator=(const PrivateFolder&) = delete;
    const fs::path& path() const { return path_; }

private:
    fs::path path_;
};

/// The sheets' writing helpers over one workbook.
class Sheets {
public:
    explicit Sheets(lxw_workbook* book) : book_(book) {
        bold_ = workbook_add_format(book);
        format_set_bold(bold_);
        format_set_text_wrap(bold_);
        format_set_align(bold_, LXW_ALIGN_VERTICAL_TOP);
        format_set_bg_color(bold_, 0xDDD3C3);
        percent_ = workbook_add_format(book);
        format_set_num_format(percent_, "0.0%");
        decimal_ = workbook_add_format(book);
        format_set_num_format(decimal_, "0.0");
        right_ = fill(0xD5E4D2);
        partial_ = fill(0xEFE2B8);
        wrong_ = fill(0xEBCFC8);
        italic_ = workbook_add_format(book);
        format_set_italic(italic_);
    }

    lxw_format* fill(lxw_color_t color) {
        lxw_format* f = workbook_add_format(book_);
        format_set_bg_color(f, color);
        return f;
    }

    static void text(lxw_worksheet* s, std::size_t row, std::size_t col, const std::string& v,
                     lxw_format* f = nullptr) {
        if (!v.empty()) {
            // Text cells only: a learner's "=…" stays text, never a formula.
            worksheet_write_string(s, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(col),
                                   v.c_str(), f);
        }
    }
    static void number(lxw_worksheet* s, std::size_t row, std::size_t col, double v,
                       lxw_format* f = nullptr) {
        worksheet_write_number(s, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(col), v, f);
    }
    void header(lxw_worksheet* s, std::size_t row, const std::vector<std::string>& names) {
        for (std::size_t c = 0; c < names.size(); ++c) {
            text(s, row, c, names[c], bold_);
        }
    }

    lxw_workbook* book_;
    lxw_format* bold_;
    lxw_format* percent_;
    lxw_format* decimal_;
    lxw_format* right_;
    lxw_format* partial_;
    lxw_format* wrong_;
    lxw_format* italic_;
};

std::string nameOf(const Row& r) {
    return r.learnerName.empty() ? r.learnerId : r.learnerName;
}

std::string questionHeader(const core::ClassReport& report, std::size_t i) {
    return I18n::format(I18n::tr("Q{1}"), {std::to_string(i + 1)}) + " " +
           report.questions[i].shortText;
}

void summary(Sheets& x, lxw_worksheet* s, const core::ClassReport& report) {
    const std::string title =
        report.assignmentTitle.empty() ? report.assignmentId : report.assignmentTitle;
    std::size_t row = 0;
    auto line = [&](const std::string& label, auto value, lxw_format* f) {
        Sheets::text(s, row, 0, label, x.bold_);
        if constexpr (std::is_same_v<decltype(value), std::string>) {
            Sheets::text(s, row, 1, value, f);
        } else {
            Sheets::number(s, row, 1, static_cast<double>(value), f);
        }
        ++row;
    };
    line(I18n::tr("Assignment"), title, nullptr);
    line(I18n::tr("Assignment id"), report.assignmentId, nullptr);
    line(I18n::tr("Pass mark"), report.passMark / 100.0, x.percent_);
    line(I18n::tr("Attempt that counts"),
         std::string(report.keep == core::Assignment::Keep::Best ? I18n::tr("best handed in")
                                                                 : I18n::tr("last handed in")),
         nullptr);
    line(I18n::tr("Learners"), report.rows.size(), nullptr);
    line(I18n::tr("Handed in"), static_cast<long>(report.rows.size()) - report.unfinishedCount(),
         nullptr);
    line(I18n::tr("Unfinished"), report.unfinishedCount(), nullptr);
    line(I18n::tr("Passed"), report.passedCount(), nullptr);
    line(I18n::tr("Mean score"), report.meanScore(), x.percent_);
    if (report.hasRoster) {
        line(I18n::tr("On the roster, not submitted"), report.missing.size(), nullptr);
        line(I18n::tr("Submitted, not on the roster"), report.notOnRosterCount(), nullptr);
    }
    line(I18n::tr("Clashes"), report.clashes.size(), nullptr);
    for (const auto& c : report.clashes) {
        std::string uids;
        for (const auto& u : c.shortUids) {
            uids += (uids.empty() ? "" : ", ") + u;
        }
        line(c.kind == core::ClassReport::Clash::Kind::SameName ? I18n::tr("Same name")
                                                                : I18n::tr("Same roster id"),
             c.what + " (uids " + uids + ")", nullptr);
    }
    if (report.hasRoster) {
        for (const auto& m : report.missing) {
            line(I18n::tr("Not submitted"), m.name.empty() ? m.id : m.name, nullptr);
        }
        for (const auto& r : report.rows) {
            if (!r.onRoster) {
                line(I18n::tr("Not on the roster"),
                     nameOf(r) + (r.shortUid.empty() ? "" : " (" + r.shortUid + ")"), nullptr);
            }
        }
    }
    worksheet_set_column(s, 0, 0, 30, nullptr);
    worksheet_set_column(s, 1, 1, 50, nullptr);
}

void learners(Sheets& x, lxw_worksheet* s, const core::ClassReport& report,
              const ReportWriter::Options& options) {
    x.header(s, 0,
             {I18n::tr("Learner"), I18n::tr("Learner id"), I18n::tr("Uid"), I18n::tr("Roster id"),
              I18n::tr("Attempts"), I18n::tr("Answered"), I18n::tr("Right"), I18n::tr("Score"),
              I18n::tr("Passed"), I18n::tr("Minutes"), I18n::tr("Submitted"), I18n::tr("Status")});
    std::size_t row = 1;
    for (const auto& r : report.rows) {
        lxw_format* f = r.unfinished ? x.italic_ : nullptr;
        Sheets::text(s, row, 0, nameOf(r), f);
        Sheets::text(s, row, 1, r.learnerId);
        Sheets::text(s, row, 2, r.shortUid);
        Sheets::text(s, row, 3, r.rosterId);
        Sheets::number(s, row, 4, r.attempts);
        Sheets::number(s, row, 5, r.answered);
        Sheets::number(s, row, 6, r.right);
        Sheets::number(s, row, 7, r.score, x.percent_);
        Sheets::text(s, row, 8, r.unfinished ? "" : r.passed ? I18n::tr("yes") : I18n::tr("no"));
        Sheets::number(s, row, 9, r.minutes, x.decimal_);
        if (r.submitted > 0) {
            const long offset = options.utcOffset ? options.utcOffset(r.submitted)
                                                  : ReportWriter::systemUtcOffset(r.submitted);
            Sheets::text(s, row, 10, ReportWriter::localTime(r.submitted, offset));
        }
        Sheets::text(s, row, 11, ReportWriter::status(r), f);
        ++row;
    }
    for (const auto& m : report.missing) {
        Sheets::text(s, row, 0, m.name.empty() ? m.id : m.name);
        Sheets::text(s, row, 3, m.id);
        Sheets::number(s, row, 4, 0);
        Sheets::text(s, row, 11, I18n::tr("not submitted"));
        ++row;
    }
    worksheet_set_column(s, 0, 0, 28, nullptr);
    worksheet_set_column(s, 1, 3, 14, nullptr);
    worksheet_set_column(s, 4, 9, 10, nullptr);
    worksheet_set_column(s, 10, 11, 20, nullptr);
    worksheet_freeze_panes(s, 1, 1);
    if (row > 1) {
        worksheet_autofilter(s, 0, 0, static_cast<lxw_row_t>(row - 1), 11);
    }
}

void grid(Sheets& x, lxw_worksheet* s, const core::ClassReport& report) {
    std::vector<std::string> head{I18n::tr("Learner"), I18n::tr("Uid")};
    for (std::size_t i = 0; i < report.questions.size(); ++i) {
        head.push_back(questionHeader(report, i));
    }
    x.header(s, 0, head);
    std::size_t row = 1;
    for (const auto& r : report.rows) {
        Sheets::text(s, row, 0, nameOf(r));
        Sheets::text(s, row, 1, r.shortUid);
        for (std::size_t q = 0; q < r.cells.size(); ++q) {
            const auto& cell = r.cells[q];
            if (!cell.asked) {
                continue;
            }
            lxw_format* f = cell.outcome == core::Outcome::Right     ? x.right_
                            : cell.outcome == core::Outcome::Partial ? x.partial_
                                                                     : x.wrong_;
            const char* mark = cell.outcome == core::Outcome::Right     ? "✓ "
                               : cell.outcome == core::Outcome::Partial ? "½ "
                                                                        : "✕ ";
            Sheets::text(s, row, q + 2, mark + cell.given, f);
        }
        ++row;
    }
    worksheet_set_column(s, 0, 0, 28, nullptr);
    if (!report.questions.empty()) {
        worksheet_set_column(s, 2, static_cast<lxw_col_t>(report.questions.size() + 1), 22,
                             nullptr);
    }
    worksheet_set_row(s, 0, 45, nullptr);
    worksheet_freeze_panes(s, 1, 2);
}

void categories(Sheets& x, lxw_worksheet* s, const core::ClassReport& report) {
    std::vector<std::string> head{I18n::tr("Learner"), I18n::tr("Uid")};
    for (const auto& c : report.categories) {
        head.push_back(c.empty() ? I18n::tr("other") : c);
    }
    x.header(s, 0, head);
    std::size_t row = 1;
    auto scores = [&](const std::vector<core::ClassReport::CategoryScore>& v) {
        for (std::size_t c = 0; c < v.size(); ++c) {
            if (v[c].asked > 0) {
                Sheets::number(s, row, c + 2, v[c].mean(), x.percent_);
            }
        }
    };
    for (const auto& r : report.rows) {
        Sheets::text(s, row, 0, nameOf(r));
        Sheets::text(s, row, 1, r.shortUid);
        scores(r.byCategory);
        ++row;
    }
    Sheets::text(s, row, 0, I18n::tr("Class"), x.bold_);
    scores(report.classByCategory);
    worksheet_set_column(s, 0, 0, 28, nullptr);
    worksheet_freeze_panes(s, 1, 1);
}

void wrongAnswers(Sheets& x, lxw_worksheet* s, const core::ClassReport& report) {
    x.header(s, 0,
             {I18n::tr("Question"), I18n::tr("Prompt"), I18n::tr("Right answer"),
              I18n::tr("Wrong answer given"), I18n::tr("Learners")});
    std::size_t row = 1;
    for (std::size_t i = 0; i < report.questions.size(); ++i) {
        const auto& q = report.questions[i];
        for (const auto& w : q.wrongAnswers) {
            Sheets::text(s, row, 0, I18n::format(I18n::tr("Q{1}"), {std::to_string(i + 1)}));
            Sheets::text(s, row, 1, q.prompt);
            Sheets::text(s, row, 2, q.right);
            Sheets::text(s, row, 3, w.given.empty() ? I18n::tr("(no answer)") : w.given);
            Sheets::number(s, row, 4, w.count);
            ++row;
        }
    }
    worksheet_set_column(s, 1, 1, 60, nullptr);
    worksheet_set_column(s, 2, 3, 30, nullptr);
    worksheet_freeze_panes(s, 1, 0);
}

} // namespace

core::Result<std::size_t> ReportSpreadsheet::write(const core::ClassReport& report,
                                                   const fs::path& path,
                                                   const ReportWriter::Options& options) {
    if (auto refused = AtomicFile::refusal(path)) {
        return *refused;
    }
    PrivateFolder temp;
    if (temp.path().empty()) {
        return core::Error{path.string() + ": cannot make a private temporary folder"};
    }
    const fs::path made = temp.path() / "report.xlsx";
    std::string tmpdir = temp.path().string();
    lxw_workbook_options bookOptions{};
    bookOptions.tmpdir = tmpdir.data();
    lxw_workbook* book = workbook_new_opt(made.c_str(), &bookOptions);
    if (book == nullptr) {
        return core::Error{path.string() + ": cannot start the workbook"};
    }
    Sheets x(book);
    summary(x, workbook_add_worksheet(book, I18n::tr("Summary")), report);
    learners(x, workbook_add_worksheet(book, I18n::tr("Learners")), report, options);
    grid(x, workbook_add_worksheet(book, I18n::tr("Learner × question")), report);
    categories(x, workbook_add_worksheet(book, I18n::tr("Categories")), report);
    wrongAnswers(x, workbook_add_worksheet(book, I18n::tr("Wrong answers")), report);
    const lxw_error closed = workbook_close(book);
    if (closed != LXW_NO_ERROR) {
        return core::Error{path.string() + ": cannot write the workbook (" + lxw_strerror(closed) +
                           ")"};
    }
    return AtomicFile::copy(made, path);
}

} // namespace yaddas::io
