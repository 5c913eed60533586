#include <io/AssignmentWriter.hpp>

#include <io/AtomicFile.hpp>

#include <tinyxml2.h>

namespace yaddas::io {

std::string AssignmentWriter::toXml(const core::Assignment& a) {
    tinyxml2::XMLPrinter p;
    p.PushHeader(false, true);
    p.OpenElement("assignment");
    p.PushAttribute("format", "1");
    p.PushAttribute("id", a.id.c_str());
    p.OpenElement("title");
    p.PushText(a.title.c_str());
    p.CloseElement();
    for (const std::string& m : a.modules) {
        p.OpenElement("module");
        p.PushAttribute("id", m.c_str());
        p.CloseElement();
    }
    for (core::Category c : a.categories) {
        p.OpenElement("category");
        p.PushText(std::string(core::toString(c)).c_str());
        p.CloseElement();
    }
    p.OpenElement("questions");
    p.PushAttribute("count", std::to_string(a.count).c_str());
    p.CloseElement();
    p.OpenElement("seed");
    p.PushAttribute("value", std::to_string(a.seed).c_str());
    p.PushAttribute("rule",
                    a.seedRule == core::Assignment::SeedRule::Same ? "same" : "per-learner");
    p.CloseElement();
    p.OpenElement("pass-mark");
    p.PushAttribute("percent", a.passMark);
    p.CloseElement();
    if (a.due) {
        p.OpenElement("due");
        p.PushAttribute("date", a.due->iso().c_str());
        p.CloseElement();
    }
    p.OpenElement("attempts");
    p.PushAttribute("allowed", a.attempts);
    p.PushAttribute("keep", std::string(core::toString(a.keep)).c_str());
    p.CloseElement();
    if (a.timeLimitMinutes) {
        p.OpenElement("time-limit");
        p.PushAttribute("minutes", *a.timeLimitMinutes);
        p.CloseElement();
    }
    if (!a.classList.empty()) {
        p.OpenElement("class");
        for (const core::Roster::Entry& e : a.classList) {
            p.OpenElement("learner");
            p.PushAttribute("id", e.id.c_str());
            p.PushAttribute("name", e.name.c_str());
            p.CloseElement();
        }
        p.CloseElement();
    }
    p.CloseElement();
    return p.CStr();
}

core::Result<std::size_t> AssignmentWriter::save(const core::Assignment& assignment,
                                                 const std::filesystem::path& path) {
    return AtomicFile::write(path, toXml(assignment));
}

} // namespace yaddas::io
