#include <app/Announcer.hpp>

#include <core/I18n.hpp>

namespace yaddas::app {

std::string Announcer::spoken(const std::string& text) {
    // Signs that carry meaning on screen only; a synthesiser would name them ("check mark").
    static const std::pair<const char*, const char*> signs[] = {
        {"\u203A", ","}, {"\u2039", ""},  {"\u2713", ""}, {"\u2715", ""},
        {"\u25D0", ""},  {"\u00B7", ","}, {"\u2022", ""}, {"\u2192", ","},
        {"\u2014", ","}, {"\u2026", "."}, {" / ", ", "}}; // "Sual 1 / 10": the voices would say
                                                          // "slash"
    std::string out = text;
    for (const auto& [sign, said] : signs) {
        const std::string from(sign);
        for (std::size_t at = out.find(from); at != std::string::npos;
             at = out.find(from, at + std::string(said).size())) {
            out.replace(at, from.size(), said);
        }
    }
    // "Quiz #2": the number sign is not read.
    for (std::size_t at = out.find('#'); at != std::string::npos; at = out.find('#', at)) {
        if (at + 1 < out.size() && out[at + 1] >= '0' && out[at + 1] <= '9') {
            out.erase(at, 1);
        } else {
            ++at;
        }
    }
    // A gap to fill ("_____") is said as the word, not as a row of underscores.
    for (std::size_t at = out.find("__"); at != std::string::npos; at = out.find("__", at)) {
        std::size_t end = at;
        while (end < out.size() && out[end] == '_') {
            ++end;
        }
        const std::string blank = core::I18n::tr("blank");
        out.replace(at, end - at, blank);
        at += blank.size();
    }
    // Spaces left before the commas, and doubled ones.
    std::string clean;
    for (std::size_t i = 0; i < out.size(); ++i) {
        const char ch = out[i];
        if (ch == ' ' && (clean.empty() || clean.back() == ' ' ||
                          (i + 1 < out.size() && (out[i + 1] == ',' || out[i + 1] == ' ')))) {
            continue;
        }
        if (ch == ',' && !clean.empty() && (clean.back() == ',' || clean.back() == ':')) {
            continue;
        }
        clean += ch;
    }
    while (!clean.empty() && clean.back() == ' ') {
        clean.pop_back();
    }
    return clean;
}

void Announcer::announce(const std::string& text) {
    if (!text.empty()) {
        pending_.push_back(text);
    }
}

void Announcer::sayAll(const std::vector<std::string>& lines) {
    bool first = true;
    for (const std::string& line : lines) {
        const std::string said = spoken(line);
        if (said.empty()) {
            continue;
        }
        if (first) {
            speech_->say(said);
            first = false;
        } else {
            speech_->queue(said);
        }
    }
    if (!first) {
        reading_ = false;
    }
}

void Announcer::afterFrame(State* top, const std::string& notice) {
    const std::string name = top != nullptr ? top->name() : "";
    if (!speech_->enabled()) {
        // Nothing to say: nothing worked out. again() says the screen when speech comes on.
        pending_.clear();
        lastTop_ = top;
        lastName_ = name;
        lastNotice_ = notice;
        return;
    }
    const std::string focus = top != nullptr ? top->spokenFocus() : std::string();
    // A screen's title changes with its content (the quiz's "Question 3 of 10"): a new screen.
    // Not while a reading turns the pages by itself (the lesson's next section).
    const bool screenChanged =
        top != lastTop_ || name != lastName_ ||
        (!where_.empty() && where_ != lastWhere_ && !(reading_ && !inputSeen_));
    {
        std::vector<std::string> lines;
        if (!notice.empty() && notice != lastNotice_) {
            lines.push_back(notice);
        }
        if ((screenChanged || again_) && top != nullptr) {
            lines.push_back(where_);
            lines.push_back(top->spokenIntro());
        }
        lines.insert(lines.end(), pending_.begin(), pending_.end());
        if (screenChanged || again_ || (focus != lastFocus_ && inputSeen_) ||
            (!pending_.empty() && focus != lastFocus_)) {
            lines.push_back(focus);
        }
        const bool wasReading = reading_;
        sayAll(lines);
        if (wasReading && !reading_ && top != nullptr) {
            lastTag_.clear();
            top->speaking({}); // interrupted: no sentence is highlighted any more
        }
        if (reading_ && top != nullptr) {
            const std::string tag = speech_->playingTag();
            if (tag != lastTag_) {
                lastTag_ = tag;
                top->speaking(tag);
            }
        }
    }
    pending_.clear();
    inputSeen_ = false;
    again_ = false;
    lastTop_ = top;
    lastName_ = name;
    if (!where_.empty()) {
        lastWhere_ = where_;
    }
    lastFocus_ = focus;
    lastNotice_ = notice;
}

void Announcer::readFrom(State* top) {
    if (top == nullptr || !speech_->enabled()) {
        return;
    }
    bool first = true;
    for (const SpokenLine& line : top->readFromFocus()) {
        const std::string said = spoken(line.text);
        if (said.empty()) {
            continue;
        }
        if (first) {
            speech_->say(said, line.tag);
            first = false;
        } else {
            speech_->queue(said, line.tag);
        }
    }
    reading_ = !first;
    lastTag_.clear();
}

bool Announcer::reading() const {
    return reading_ && speech_->speaking();
}

void Announcer::stop() {
    speech_->stop();
    reading_ = false;
}

bool Announcer::tagChanged() const {
    return reading_ && speech_->playingTag() != lastTag_;
}

} // namespace yaddas::app
