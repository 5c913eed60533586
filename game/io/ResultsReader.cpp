#include <io/ResultsReader.hpp>

#include <core/LearnerUid.hpp>
#include <core/Roster.hpp>
#include <core/UtcTime.hpp>
#include <io/RegularFile.hpp>
#include <io/XmlFields.hpp>

#include <algorithm>
#include <cstring>
#include <map>

namespace yaddas::io {
namespace {

constexpr std::size_t maxText = 10000;

} // namespace

ResultsReader::Result ResultsReader::readFile(const std::filesystem::path& file) {
    return XmlFields::readFile<Result>(
        file, maxBytes,
        [](std::string_view xml, const std::string& name) { return readString(xml, name); });
}

ResultsReader::Result ResultsReader::readString(std::string_view xml, const std::string& fileName) {
    using tinyxml2::XMLElement;
    Result r;
    if (xml.size() > maxBytes) {
        r.diagnostics.push_back({fileName, 0, "the file is too large to be a results file"});
        return r;
    }
    XmlFields f(fileName, r.diagnostics);
    tinyxml2::XMLDocument doc;
    if (!f.parse(doc, xml)) {
        return r;
    }
    const XMLElement* rootElement = f.root(doc, "results", "this is not a results file");
    if (rootElement == nullptr) {
        return r;
    }
    const XMLElement& root = *rootElement;
    f.onlyAttributes(root, {"format"});
    f.format(root, "1");
    core::AssignmentResult out;
    bool sawLearner = false;
    bool sawAssignment = false;
    auto time = [&](const XMLElement& e, const char* name) -> std::int64_t {
        auto raw = f.attribute(e, name, true, 40);
        if (!raw) {
            return 0;
        }
        auto t = core::UtcTime::parse(*raw);
        if (!t) {
            f.error(e.GetLineNum(), XmlFields::tag(e) + ": " + name + "=\"" +
                                        XmlFields::clip(*raw) +
                                        "\" is not a time written YYYY-MM-DDTHH:MM:SSZ");
            return 0;
        }
        return *t;
    };
    for (const XMLElement* e = root.FirstChildElement(); e != nullptr;
         e = e->NextSiblingElement()) {
        const std::string name = e->Name();
        const int line = e->GetLineNum();
        if (name == "learner") {
            f.onlyAttributes(*e, {"id", "name", "uid", "roster-id"});
            out.learnerId = f.attribute(*e, "id", true, 200).value_or("");
            out.learnerName = f.attribute(*e, "name", false, 200).value_or("");
            // Both optional: files written before profiles had a uid, or without a class list.
            out.learnerUid = f.attribute(*e, "uid", false, 40).value_or("");
            out.rosterId =
                f.attribute(*e, "roster-id", false, core::Roster::maxIdLength).value_or("");
            if (out.learnerId.empty()) {
                f.error(line, "<learner>: the id is empty");
            }
            if (e->Attribute("uid") != nullptr && !core::LearnerUid::valid(out.learnerUid)) {
                f.error(line, "<learner>: uid=\"" + XmlFields::clip(out.learnerUid) +
                                  "\" is not sixteen lowercase hex digits");
            }
            if (e->Attribute("roster-id") != nullptr && !core::Roster::validId(out.rosterId)) {
                f.error(line, "<learner>: roster-id=\"" + XmlFields::clip(out.rosterId) +
                                  "\" is not an id from a class list");
            }
            sawLearner = true;
        } else if (name == "assignment") {
            f.onlyAttributes(*e, {"id", "title", "checksum", "questions", "pass-mark", "keep"});
            out.assignmentId = f.attribute(*e, "id", true, 80).value_or("");
            out.assignmentTitle = f.attribute(*e, "title", false, 200).value_or("");
            out.assignmentChecksum = f.attribute(*e, "checksum", false, 64).value_or("");
            out.questionCount = static_cast<int>(
                f.integer(*e, "questions", false, 0, core::Assignment::maxCount).value_or(0));
            out.passMark = static_cast<int>(f.integer(*e, "pass-mark", false, 0, 100).value_or(60));
            if (auto keep = f.attribute(*e, "keep", false, 40)) {
                if (auto k = core::keepFromString(*keep)) {
                    out.keep = *k;
                } else {
                    f.error(line, "<assignment>: keep=\"" + XmlFields::clip(*keep) +
                                      "\" must be best or last");
                }
            }
            sawAssignment = true;
        } else if (name == "attempt") {
            f.onlyAttributes(*e, {"start", "end", "open"});
            if (out.attempts.size() >= maxAttempts) {
                f.error(line, "more than " + std::to_string(maxAttempts) + " attempts");
                break;
            }
            core::AssignmentResult::Attempt attempt;
            attempt.start = time(*e, "start");
            attempt.end = time(*e, "end");
            if (const char* open = e->Attribute("open")) {
                if (std::strcmp(open, "true") == 0) {
                    attempt.open = true;
                } else if (std::strcmp(open, "false") != 0) {
                    f.error(line,
                            "<attempt>: open=\"" + std::string(open) + "\" must be true or false");
                }
            }
            if (attempt.end < attempt.start) {
                f.error(line, "<attempt>: it ends before it starts");
            }
            for (const XMLElement* q = e->FirstChildElement(); q != nullptr;
                 q = q->NextSiblingElement()) {
                if (std::strcmp(q->Name(), "answer") != 0) {
                    f.error(q->GetLineNum(),
                            "unknown element " + XmlFields::tag(*q) + " in <attempt>");
                    continue;
                }
                if (attempt.answers.size() >= maxAnswers) {
                    f.error(q->GetLineNum(),
                            "more than " + std::to_string(maxAnswers) + " answers in one attempt");
                    break;
                }
                f.onlyAttributes(*q, {"question", "fact", "kind", "category", "score", "outcome"});
                core::AssignmentResult::AnsweredQuestion a;
                a.questionId = f.attribute(*q, "question", true, 200).value_or("");
                a.factId = f.attribute(*q, "fact", true, 200).value_or("");
                a.kind = f.attribute(*q, "kind", false, 40).value_or("");
                if (auto c = f.attribute(*q, "category", false, 40)) {
                    if (core::categoryFromString(*c)) {
                        a.category = *c;
                    } else {
                        f.error(q->GetLineNum(), "<answer>: category=\"" + XmlFields::clip(*c) +
                                                     "\" must be dates, figures, victims or ideas");
                    }
                }
                a.score = f.decimal(*q, "score", true, 0.0, 1.0).value_or(0.0);
                if (auto o = f.attribute(*q, "outcome", true, 40)) {
                    if (auto outcome = core::outcomeFromString(*o)) {
                        a.outcome = *outcome;
                    } else {
                        f.error(q->GetLineNum(), "<answer>: outcome=\"" + XmlFields::clip(*o) +
                                                     "\" must be right, partial or wrong");
                    }
                }
                for (const XMLElement* c = q->FirstChildElement(); c != nullptr;
                     c = c->NextSiblingElement()) {
                    const std::string child = c->Name();
                    if (child == "prompt") {
                        a.prompt = f.text(*c, maxText, false);
                    } else if (child == "right") {
                        a.right = f.text(*c, maxText, false);
                    } else if (child == "given") {
                        // The learner's answer is kept exactly as given, line breaks and all.
                        const char* given = c->GetText();
                        a.given = given == nullptr ? "" : given;
                        if (a.given.size() > maxText) {
                            f.error(c->GetLineNum(), "<given> is longer than " +
                                                         std::to_string(maxText) + " characters");
                        }
                    } else {
                        f.error(c->GetLineNum(),
                                "unknown element " + XmlFields::tag(*c) + " in <answer>");
                    }
                }
                attempt.answers.push_back(std::move(a));
            }
            out.attempts.push_back(std::move(attempt));
        } else {
            f.error(line, "unknown element " + XmlFields::tag(*e) + " in <results>");
        }
    }
    if (!sawLearner) {
        f.error(root.GetLineNum(), "<results> needs a <learner id=\"…\"/>");
    }
    if (!sawAssignment) {
        f.error(root.GetLineNum(), "<results> needs an <assignment id=\"…\"/>");
    }
    if (!core::hasErrors(r.diagnostics)) {
        r.result = std::move(out);
    }
    return r;
}

ResultsReader::Folder ResultsReader::readFolder(const std::filesystem::path& folder,
                                                const std::string& assignmentId) {
    namespace fs = std::filesystem;
    Folder out;
    std::vector<fs::path> files;
    std::error_code ec;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        const fs::path& p = it->path();
        const std::string name = p.filename().string();
        if (name.empty() || name[0] == '.' || p.extension() != ".xml") {
            continue;
        }
        // A FIFO or device among the results is named and left unopened: reading it could
        // wait forever.
        if (auto skipped = RegularFile::skipped(p)) {
            out.warnings.push_back(std::move(*skipped));
            continue;
        }
        files.push_back(p);
    }
    if (ec) {
        out.warnings.push_back({folder.string(), 0, "cannot list the folder: " + ec.message(),
                                core::Diagnostic::Severity::Error});
        return out;
    }
    std::sort(files.begin(), files.end());
    out.files = files.size();
    std::vector<std::pair<fs::path, core::AssignmentResult>> read;
    std::map<std::string, std::size_t> perAssignment;
    for (const fs::path& p : files) {
        Result r = readFile(p);
        if (!r.result) {
            core::Diagnostic why{p.string(), 0, "skipped: not a results file",
                                 core::Diagnostic::Severity::Warning};
            for (const auto& d : r.diagnostics) {
                if (d.severity == core::Diagnostic::Severity::Error) {
                    why.line = d.line;
                    why.message = "skipped: " + d.message;
                    break;
                }
            }
            out.warnings.push_back(std::move(why));
            continue;
        }
        perAssignment[r.result->assignmentId] += 1;
        read.emplace_back(p, std::move(*r.result));
    }
    out.assignmentId = assignmentId;
    if (out.assignmentId.empty()) {
        std::size_t most = 0;
        for (const auto& [id, n] : perAssignment) {
            if (n > most) {
                most = n;
                out.assignmentId = id;
            }
        }
    }
    std::string checksum;
    for (auto& [p, result] : read) {
        if (result.assignmentId != out.assignmentId) {
            out.warnings.push_back(
                {p.string(), 0,
                 "skipped: it belongs to another assignment ('" + result.assignmentId + "')",
                 core::Diagnostic::Severity::Warning});
            continue;
        }
        if (checksum.empty()) {
            checksum = result.assignmentChecksum;
        } else if (!result.assignmentChecksum.empty() && result.assignmentChecksum != checksum) {
            out.warnings.push_back({p.string(), 0,
                                    "the assignment file it was taken from differs from the "
                                    "others' (checksum " +
                                        result.assignmentChecksum + "); kept",
                                    core::Diagnostic::Severity::Warning});
        }
        out.results.push_back(std::move(result));
    }
    return out;
}

} // namespace yaddas::io
