#include <io/ResultsWriter.hpp>

#include <core/LearnerUid.hpp>
#include <core/UtcTime.hpp>
#include <io/AtomicFile.hpp>
#include <io/XmlText.hpp>

#include <tinyxml2.h>

#include <cstdio>

namespace yaddas::io {
namespace {

std::string safePart(const std::string& id) {
    std::string out;
    for (const char c : id) {
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                           (c >= '0' && c <= '9') || c == '-' || c == '_';
        out += plain ? c : '_';
    }
    return out.empty() ? "unnamed" : out.substr(0, 80);
}

/// `value` without the characters a results file cannot hold (a typed answer may hold U+FFFE
/// or a control character): written raw, they would make the whole file unreadable.
std::string xmlSafe(std::string value) {
    XmlText::clean(value);
    return value;
}

std::string score(double v) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.4g", v);
    return buffer;
}

} // namespace

std::string ResultsWriter::toXml(const core::AssignmentResult& r) {
    tinyxml2::XMLPrinter p;
    p.PushHeader(false, true);
    p.OpenElement("results");
    p.PushAttribute("format", "1");
    p.OpenElement("learner");
    p.PushAttribute("id", xmlSafe(r.learnerId).c_str());
    p.PushAttribute("name", xmlSafe(r.learnerName).c_str());
    if (!r.learnerUid.empty()) {
        p.PushAttribute("uid", xmlSafe(r.learnerUid).c_str());
    }
    if (!r.rosterId.empty()) {
        p.PushAttribute("roster-id", xmlSafe(r.rosterId).c_str());
    }
    p.CloseElement();
    p.OpenElement("assignment");
    p.PushAttribute("id", xmlSafe(r.assignmentId).c_str());
    p.PushAttribute("title", xmlSafe(r.assignmentTitle).c_str());
    p.PushAttribute("checksum", xmlSafe(r.assignmentChecksum).c_str());
    p.PushAttribute("questions", r.questionCount);
    p.PushAttribute("pass-mark", r.passMark);
    p.PushAttribute("keep", std::string(core::toString(r.keep)).c_str());
    p.CloseElement();
    for (const auto& a : r.attempts) {
        p.OpenElement("attempt");
        p.PushAttribute("start", core::UtcTime::format(a.start).c_str());
        p.PushAttribute("end", core::UtcTime::format(a.end).c_str());
        if (a.open) {
            p.PushAttribute("open", "true");
        }
        for (const auto& q : a.answers) {
            p.OpenElement("answer");
            p.PushAttribute("question", xmlSafe(q.questionId).c_str());
            p.PushAttribute("fact", xmlSafe(q.factId).c_str());
            p.PushAttribute("kind", xmlSafe(q.kind).c_str());
            if (!q.category.empty()) {
                p.PushAttribute("category", xmlSafe(q.category).c_str());
            }
            p.PushAttribute("score", score(q.score).c_str());
            p.PushAttribute("outcome", std::string(core::toString(q.outcome)).c_str());
            p.OpenElement("prompt");
            p.PushText(xmlSafe(q.prompt).c_str());
            p.CloseElement();
            p.OpenElement("given");
            p.PushText(xmlSafe(q.given).c_str());
            p.CloseElement();
            if (!q.right.empty()) {
                p.OpenElement("right");
                p.PushText(xmlSafe(q.right).c_str());
                p.CloseElement();
            }
            p.CloseElement();
        }
        p.CloseElement();
    }
    p.CloseElement();
    return p.CStr();
}

std::string ResultsWriter::fileName(const core::AssignmentResult& r) {
    const std::string tag = core::LearnerUid::fileTag(r.learnerUid);
    if (tag.empty()) {
        return legacyFileName(r);
    }
    return safePart(r.assignmentId) + "--" + safePart(r.learnerId) + "--" + tag + ".results.xml";
}

std::string ResultsWriter::legacyFileName(const core::AssignmentResult& r) {
    return safePart(r.assignmentId) + "--" + safePart(r.learnerId) + ".results.xml";
}

core::Result<std::filesystem::path> ResultsWriter::save(const core::AssignmentResult& result,
                                                        const std::filesystem::path& folder) {
    const std::filesystem::path path = folder / fileName(result);
    // A shared class folder: no `.bak` beside each learner's file for the report to trip on.
    auto written = AtomicFile::write(path, toXml(result), AtomicFile::Backup::None);
    if (!written) {
        return written.error();
    }
    return path;
}

} // namespace yaddas::io
