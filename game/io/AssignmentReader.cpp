#include <io/AssignmentReader.hpp>

#include <core/Fnv1a.hpp>
#include <io/XmlFields.hpp>

#include <algorithm>

namespace yaddas::io {

AssignmentReader::Result AssignmentReader::readFile(const std::filesystem::path& file) {
    return XmlFields::readFile<Result>(
        file, maxBytes,
        [](std::string_view xml, const std::string& name) { return readString(xml, name); });
}

AssignmentReader::Result AssignmentReader::readString(std::string_view xml,
                                                      const std::string& fileName) {
    using tinyxml2::XMLElement;
    Result r;
    r.checksum = core::Fnv1a::hex(core::Fnv1a::hash(xml));
    if (xml.size() > maxBytes) {
        r.diagnostics.push_back({fileName, 0,
                                 "the file is larger than " + std::to_string(maxBytes / 1024) +
                                     " KiB: not an assignment"});
        return r;
    }
    XmlFields f(fileName, r.diagnostics);
    tinyxml2::XMLDocument doc;
    if (!f.parse(doc, xml)) {
        return r;
    }
    const XMLElement* rootElement = f.root(doc, "assignment", "this is not an assignment file");
    if (rootElement == nullptr) {
        return r;
    }
    const XMLElement& root = *rootElement;
    f.onlyAttributes(root, {"format", "id"});
    core::Assignment a;
    f.format(root, "1");
    if (auto id = f.attribute(root, "id", true, 80)) {
        const bool valid =
            !id->empty() && (*id)[0] != '-' && std::all_of(id->begin(), id->end(), [](char c) {
                return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
            });
        if (!valid) {
            f.error(root.GetLineNum(), "<assignment>: id=\"" + XmlFields::clip(*id) +
                                           "\" may hold only lowercase letters, digits and '-'");
        }
        a.id = *id;
    }
    bool sawTitle = false;
    bool sawQuestions = false;
    bool sawClass = false;
    for (const XMLElement* e = root.FirstChildElement(); e != nullptr;
         e = e->NextSiblingElement()) {
        const std::string name = e->Name();
        const int line = e->GetLineNum();
        if (name == "title") {
            f.onlyAttributes(*e, {});
            a.title = f.text(*e, core::Assignment::maxTitleLength);
            sawTitle = true;
        } else if (name == "module") {
            f.onlyAttributes(*e, {"id"});
            if (auto id = f.attribute(*e, "id", true, 80)) {
                if (id->empty()) {
                    f.error(line, "<module>: the id is empty");
                } else if (a.modules.size() >= 100) {
                    f.error(line, "<module>: more than 100 modules");
                } else if (std::find(a.modules.begin(), a.modules.end(), *id) != a.modules.end()) {
                    f.error(line, "<module>: '" + *id + "' is named twice");
                } else {
                    a.modules.push_back(*id);
                }
            }
        } else if (name == "category") {
            f.onlyAttributes(*e, {});
            const std::string text = f.text(*e, 40);
            if (auto c = core::categoryFromString(text)) {
                if (std::find(a.categories.begin(), a.categories.end(), *c) == a.categories.end()) {
                    a.categories.push_back(*c);
                }
            } else if (!text.empty()) {
                f.error(line, "<category>: '" + XmlFields::clip(text) +
                                  "' must be dates, figures, victims or ideas");
            }
        } else if (name == "questions") {
            f.onlyAttributes(*e, {"count"});
            if (auto v = f.integer(*e, "count", true, 1,
                                   static_cast<std::int64_t>(core::Assignment::maxCount))) {
                a.count = static_cast<std::size_t>(*v);
            }
            sawQuestions = true;
        } else if (name == "seed") {
            f.onlyAttributes(*e, {"value", "rule"});
            if (auto v = f.integer(*e, "value", true, 0, INT64_MAX)) {
                a.seed = static_cast<std::uint64_t>(*v);
            }
            if (auto rule = f.attribute(*e, "rule", false, 40)) {
                if (*rule == "same") {
                    a.seedRule = core::Assignment::SeedRule::Same;
                } else if (*rule == "per-learner") {
                    a.seedRule = core::Assignment::SeedRule::PerLearner;
                } else {
                    f.error(line, "<seed>: rule=\"" + XmlFields::clip(*rule) +
                                      "\" must be same or per-learner");
                }
            }
        } else if (name == "pass-mark") {
            f.onlyAttributes(*e, {"percent"});
            if (auto v = f.integer(*e, "percent", true, 0, 100)) {
                a.passMark = static_cast<int>(*v);
            }
        } else if (name == "due") {
            f.onlyAttributes(*e, {"date"});
            if (auto d = f.attribute(*e, "date", true, 40)) {
                std::string why;
                auto date = core::HistoricalDate::parse(*d, &why);
                if (!date || date->precision() != core::HistoricalDate::Precision::Day ||
                    date->year() < 1970 || date->year() > 9999) {
                    f.error(line, "<due>: date=\"" + XmlFields::clip(*d) +
                                      "\" is not a day written YYYY-MM-DD" +
                                      (why.empty() ? "" : " (" + why + ")"));
                } else {
                    a.due = *date;
                }
            }
        } else if (name == "attempts") {
            f.onlyAttributes(*e, {"allowed", "keep"});
            if (auto v = f.integer(*e, "allowed", true, 1, core::Assignment::maxAttempts)) {
                a.attempts = static_cast<int>(*v);
            }
            if (auto keep = f.attribute(*e, "keep", false, 40)) {
                if (auto k = core::keepFromString(*keep)) {
                    a.keep = *k;
                } else {
                    f.error(line, "<attempts>: keep=\"" + XmlFields::clip(*keep) +
                                      "\" must be best or last");
                }
            }
        } else if (name == "time-limit") {
            f.onlyAttributes(*e, {"minutes"});
            if (auto v = f.integer(*e, "minutes", true, 1, core::Assignment::maxTimeLimitMinutes)) {
                a.timeLimitMinutes = static_cast<int>(*v);
            }
        } else if (name == "class") {
            f.onlyAttributes(*e, {});
            if (sawClass) {
                f.error(line, "<class>: an assignment has one class list");
                continue;
            }
            sawClass = true;
            std::vector<core::Roster::Entry> entries;
            for (const XMLElement* l = e->FirstChildElement(); l != nullptr;
                 l = l->NextSiblingElement()) {
                if (std::string(l->Name()) != "learner") {
                    f.error(l->GetLineNum(),
                            "unknown element " + XmlFields::tag(*l) + " in <class>");
                    continue;
                }
                if (entries.size() > core::Roster::maxLearners) {
                    break; // check() names the line of the first learner too many
                }
                f.onlyAttributes(*l, {"id", "name"});
                core::Roster::Entry entry;
                entry.line = l->GetLineNum();
                entry.id = f.attribute(*l, "id", true, core::Roster::maxIdLength).value_or("");
                // Read whole: check() says a name is too long, naming the limit.
                entry.name = f.attribute(*l, "name", true, 10000).value_or("");
                if (entry.id.empty() && l->Attribute("id") != nullptr) {
                    f.error(entry.line, "<learner>: the id is empty");
                }
                entries.push_back(std::move(entry));
            }
            for (core::Diagnostic& d : core::Roster::check(entries, fileName, line)) {
                d.message = "<class>: " + d.message;
                r.diagnostics.push_back(std::move(d));
            }
            a.classList = std::move(entries);
        } else {
            f.error(line, "unknown element " + XmlFields::tag(*e) + " in <assignment>");
        }
    }
    if (!sawTitle) {
        f.error(root.GetLineNum(), "<assignment> needs a <title>");
    }
    if (!sawQuestions) {
        f.error(root.GetLineNum(), "<assignment> needs <questions count=\"N\"/>");
    }
    if (!core::hasErrors(r.diagnostics)) {
        r.assignment = std::move(a);
    }
    return r;
}

} // namespace yaddas::io
