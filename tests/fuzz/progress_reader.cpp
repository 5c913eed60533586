// Fuzz target: io::ProgressReader::parse on arbitrary bytes (a learner's progress file, which
// another program, a full disk or a curious learner may have changed), and the same bytes
// replayed as the learner's journal.
#include "support/FuzzCheck.hpp"

#include <io/ProgressReader.hpp>
#include <io/ProgressWriter.hpp>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

[[noreturn]] void broken(const char* what) {
    std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
    std::abort();
}

/// What the reader lets through must be what the rest of the app can trust.
void checkLearner(const yaddas::core::Learner& learner) {
    for (const auto& a : learner.answers()) {
        if (!(a.fraction >= 0.0 && a.fraction <= 1.0)) {
            broken("an answer's fraction outside 0 to 1");
        }
        if (!std::isfinite(a.seconds) || a.seconds < 0.0) {
            broken("an answer's time is negative or not a number");
        }
        if (a.factId.empty()) {
            broken("an answer without a fact");
        }
    }
    for (const auto& [fact, state] : learner.memory()) {
        if (fact.empty() || !std::isfinite(state.stability) || !std::isfinite(state.difficulty)) {
            broken("a memory state that is not a number");
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using yaddas::io::ProgressReader;
    const std::string fileName = "fuzz-learner.xml";
    const auto text = yaddas::fuzz::asText(data, size);
    const auto result = ProgressReader::parse(text, fileName);
    yaddas::fuzz::checkDiagnostics(result.diagnostics, fileName, text);
    if (result.status == ProgressReader::Status::Ok) {
        checkLearner(result.learner);
        // What was read is written and read again unchanged: a learner's answers survive the
        // next save whatever state the file was in.
        const std::string again = yaddas::io::ProgressWriter::toXml(result.learner);
        const auto reread = ProgressReader::parse(again, "rewritten.xml");
        if (reread.status != ProgressReader::Status::Ok) {
            broken("the rewritten file does not read back");
        }
        if (reread.learner.answers().size() != result.learner.answers().size() ||
            reread.learner.quizzes().size() != result.learner.quizzes().size() ||
            reread.learner.reading().size() != result.learner.reading().size()) {
            broken("answers, quizzes or reading lost in a write and read");
        }
        if (yaddas::io::ProgressWriter::toXml(reread.learner) != again) {
            broken("a second write differs from the first");
        }
    } else if (result.diagnostics.empty()) {
        broken("not loaded and no diagnostic");
    }

    // The same bytes as the journal of a learner whose file is generation 0.
    ProgressReader::Result journaled;
    journaled.status = ProgressReader::Status::Ok;
    journaled.fileVersion = ProgressReader::schemaVersion;
    journaled.learner = yaddas::core::Learner(yaddas::core::LearnerProfile{"fuzz", "Fuzz", 0, ""});
    const std::string journalName = "fuzz.xml.journal";
    ProgressReader::replayJournal(journaled, text, journalName);
    yaddas::fuzz::checkDiagnostics(journaled.diagnostics, journalName, text);
    checkLearner(journaled.learner);
    if (journaled.journal.goodSize > text.size()) {
        broken("the journal's whole records end past its end");
    }
    const std::string folded = yaddas::io::ProgressWriter::toXml(journaled.learner, 1);
    const auto refolded = ProgressReader::parse(folded, "folded.xml");
    if (refolded.status != ProgressReader::Status::Ok || !refolded.diagnostics.empty() ||
        refolded.learner.answers().size() != journaled.learner.answers().size()) {
        broken("a replayed journal does not fold into a file that reads back");
    }
    return 0;
}
