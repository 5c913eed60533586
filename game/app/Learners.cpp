#include <app/Learners.hpp>

#include <core/I18n.hpp>

#include <io/AssignmentReader.hpp>
#include <io/EmergencyCopy.hpp>
#include <io/ProgressReader.hpp>
#include <io/RegularFile.hpp>

#include <spdlog/spdlog.h>

#include <sys/stat.h>

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace yaddas::app {
namespace fs = std::filesystem;
using core::I18n;

namespace {

std::string trimName(const std::string& name) {
    const std::size_t b = name.find_first_not_of(" \t\r\n");
    const std::size_t e = name.find_last_not_of(" \t\r\n");
    return b == std::string::npos ? std::string() : name.substr(b, e - b + 1);
}

std::size_t utf8Length(const std::string& s) {
    return static_cast<std::size_t>(
        std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

ThemeKind toApp(core::LearnerSettings::Theme t) {
    switch (t) {
    case core::LearnerSettings::Theme::Dark:
        return ThemeKind::Dark;
    case core::LearnerSettings::Theme::HighContrast:
        return ThemeKind::HighContrast;
    case core::LearnerSettings::Theme::Light:
        break;
    }
    return ThemeKind::Light;
}

core::LearnerSettings::Theme toCore(ThemeKind t) {
    switch (t) {
    case ThemeKind::Dark:
        return core::LearnerSettings::Theme::Dark;
    case ThemeKind::HighContrast:
        return core::LearnerSettings::Theme::HighContrast;
    case ThemeKind::Light:
        break;
    }
    return core::LearnerSettings::Theme::Light;
}

} // namespace

Learners::Learners(fs::path dataDir, io::ProgressStore::Clock clock)
    : dataDir_(std::move(dataDir)), clock_(clock), store_(dataDir_, std::move(clock)) {}

std::vector<std::string> Learners::names() const {
    std::vector<std::string> out;
    core::Diagnostics skipped;
    for (const auto& e : store_.listLearners(skipped)) {
        out.push_back(e.displayName.empty() ? e.id : e.displayName);
    }
    for (const auto& d : skipped) {
        spdlog::warn("{}", d.format());
    }
    return out;
}

std::vector<core::LearnerSearch::Learner> Learners::withLastUse() const {
    std::vector<core::LearnerSearch::Learner> out;
    core::Diagnostics skipped;
    for (const auto& e : store_.listLearners(skipped)) {
        // Opening a learner writes only their lock (the process id), so it dates the last
        // use as well as a change to the progress file or its journal does.
        std::int64_t used = 0;
        for (const fs::path& file :
             {e.file, io::ProgressReader::journalOf(e.file), store_.lockOf(e.id)}) {
            struct stat st {};
            if (::stat(file.c_str(), &st) == 0) {
                used = std::max(used, static_cast<std::int64_t>(st.st_mtime));
            }
        }
        out.push_back({e.displayName.empty() ? e.id : e.displayName, used});
    }
    for (const auto& d : skipped) {
        spdlog::warn("{}", d.format());
    }
    return out;
}

std::string Learners::create(const std::string& rawName) {
    const std::string name = trimName(rawName);
    if (name.empty()) {
        return I18n::tr("Type a name first.");
    }
    if (utf8Length(name) > 40) {
        return I18n::tr("A name can have at most 40 letters.");
    }
    if (auto existing = store_.find(name)) {
        return I18n::format(
            I18n::tr("There is already a learner called {1}. Choose that name in the list."),
            {existing->displayName});
    }
    if (std::string refused = close(); !refused.empty()) {
        return refused;
    }
    auto created = store_.create(name);
    if (!created) {
        spdlog::error("create learner {}: {}", name, created.error().message);
        return created.error().message;
    }
    session_.emplace(std::move(created).value());
    currentName_ = session_->learner().profile().displayName;
    report(session_->beginSession(clock_()));
    return {};
}

std::string Learners::select(const std::string& name) {
    auto entry = store_.find(name);
    if (!entry) {
        return I18n::format(
            I18n::tr("There is no learner called {1} any more. Choose another name."), {name});
    }
    if (std::string refused = close(); !refused.empty()) {
        return refused;
    }
    auto opened = store_.open(entry->id);
    if (!opened) {
        spdlog::error("open learner {}: {}", entry->id, opened.error().message);
        return opened.error().message;
    }
    session_.emplace(std::move(opened).value());
    currentName_ = session_->learner().profile().displayName;
    if (currentName_.empty()) {
        currentName_ = entry->id;
    }
    for (const auto& d : session_->diagnostics()) {
        spdlog::warn("{}", d.format());
    }
    return report(session_->beginSession(clock_()));
}

std::string Learners::close() {
    if (unsaved() && !retrySave().empty()) {
        // Closing now would drop the answers: the learner stays open, and saving is tried again.
        spdlog::warn("{} stays open: their answers are not saved yet", currentName_);
        return I18n::format(
            I18n::tr("{1}'s latest answers could not be saved yet, so {1} stays open for now. "
                     "Saving is tried again every {2} seconds; if the disk is full, free some "
                     "space. When you close the window, you can save a copy somewhere else."),
            {currentName_, std::to_string(kRetrySeconds)});
    }
    session_.reset(); // releases the lock for another window
    currentName_.clear();
    stats_.reset();
    moduleStats_.reset();
    return {};
}

std::string Learners::retrySave() {
    if (!unsaved()) {
        return {};
    }
    const std::string result = report(session_->save());
    if (result.empty()) {
        spdlog::info("the answers of {} that could not be saved before are saved now",
                     currentName_);
    }
    return result;
}

std::string Learners::retryIfDue() {
    if (!unsaved() || clock_() - lastSaveTry_ < kRetrySeconds) {
        return {};
    }
    return retrySave();
}

core::Result<fs::path> Learners::saveCopy(const std::vector<fs::path>& folders) {
    if (!session_) {
        return core::Error{"no learner is open"};
    }
    auto copy = io::EmergencyCopy::write(session_->learner(), folders, clock_());
    if (copy) {
        spdlog::warn("a copy of the progress of {} was saved as {}", currentName_,
                     copy.value().string());
    } else {
        spdlog::error("the progress of {} could not be copied elsewhere: {}", currentName_,
                      copy.error().message);
    }
    return copy;
}

std::string Learners::openingNotice() const {
    return session_ ? session_->notice() : "";
}

std::string Learners::report(const io::LearnerSession::SaveStatus& status) {
    // Every change goes through here: what was computed from the learner is computed again.
    stats_.reset();
    moduleStats_.reset();
    if (status.saved) {
        saveProblem_.clear();
        return {};
    }
    // Never silently: every failed save is in the log, with its reason.
    lastSaveTry_ = clock_();
    saveProblem_ = status.detail;
    spdlog::error("the progress of {} could not be saved: {}",
                  session_ ? session_->file().string() : currentName_, status.detail);
    return status.message.empty() ? std::string(I18n::tr("Your progress could not be saved. It is "
                                                         "kept until the next try; check that the "
                                                         "disk is not full."))
                                  : status.message;
}

Settings Learners::settings() const {
    Settings s;
    if (session_) {
        const auto& ls = session_->learner().settings();
        s.textPercent =
            std::clamp(ls.textSizePercent, Settings::kMinTextPercent, Settings::kMaxTextPercent);
        s.theme = toApp(ls.theme);
        s.fullscreen = ls.fullScreen;
        s.language = ls.language;
        s.speech = ls.speech;
        s.speechRate =
            std::clamp(ls.speechRatePercent, Settings::kMinSpeechRate, Settings::kMaxSpeechRate);
        s.voice = ls.voice;
    }
    return s;
}

std::string Learners::saveSettings(const Settings& settings) {
    if (!session_) {
        return {};
    }
    core::LearnerSettings ls;
    ls.textSizePercent = settings.textPercent;
    ls.theme = toCore(settings.theme);
    ls.fullScreen = settings.fullscreen;
    ls.language = settings.language;
    ls.speech = settings.speech;
    ls.speechRatePercent =
        std::clamp(settings.speechRate, Settings::kMinSpeechRate, Settings::kMaxSpeechRate);
    ls.voice = settings.voice;
    if (ls == session_->learner().settings()) {
        return {};
    }
    return report(session_->setSettings(ls));
}

Learners::Reading Learners::reading(const core::Module& module) const {
    Reading r;
    if (!session_) {
        return r;
    }
    const core::ReadingProgress* p = session_->learner().readingOf(module.id);
    if (p == nullptr) {
        return r;
    }
    r.started = true;
    r.fraction = p->fraction;
    for (std::size_t i = 0; i < module.sections.size(); ++i) {
        if (module.sections[i].id == p->section) {
            r.section = i;
        }
    }
    return r;
}

std::string Learners::saveReading(const core::Module& module, std::size_t section,
                                  double fraction) {
    if (!session_) {
        return {};
    }
    const std::string sectionId =
        section < module.sections.size() ? module.sections[section].id : std::string();
    return report(
        session_->markRead(module.id, sectionId, std::clamp(fraction, 0.0, 1.0), clock_()));
}

const core::LearnerStatistics& Learners::statistics(const core::Library& library) const {
    if (!stats_) {
        static const core::Learner empty;
        const auto index = core::LearnerStatistics::FactIndex::fromLibrary(library);
        stats_ = session_ ? session_->statistics(index, clock_())
                          : core::LearnerStatistics::compute(empty, index, clock_(),
                                                             core::FsrsScheduler());
    }
    return *stats_;
}

Learners::ModuleStats Learners::moduleStats(const core::Module& module,
                                            const core::Library& library) const {
    if (!session_) {
        return {};
    }
    // Every module's at once, kept until a change or a minute has passed (facts fall due as
    // time goes on): the module map asks for each card at every layout, and looking through
    // the learner's answers once per card grows with modules × facts.
    const std::int64_t now = clock_();
    if (!moduleStats_ || now < moduleStatsAt_ || now - moduleStatsAt_ >= 60) {
        std::unordered_map<std::string, ModuleStats> all;
        std::unordered_multimap<std::string, std::string> modulesOfFact;
        for (const auto& m : library.modules()) {
            all.emplace(m.id, ModuleStats{});
            for (const auto& f : m.factIds()) {
                modulesOfFact.emplace(f, m.id);
            }
        }
        const auto& quizzes = session_->learner().quizzes();
        for (auto it = quizzes.rbegin(); it != quizzes.rend(); ++it) {
            auto found = all.find(it->moduleId);
            if (found != all.end() && !found->second.lastScore) {
                found->second.lastScore =
                    std::to_string(it->right) + " of " + std::to_string(it->questions);
            }
        }
        for (const auto& m : statistics(library).modules) {
            auto found = all.find(m.moduleId);
            if (found != all.end() && m.mastery.seen > 0) {
                found->second.mastery = static_cast<int>(std::lround(m.mastery.share() * 100.0));
            }
        }
        for (const auto& d : session_->dueFacts(now)) {
            const auto [from, to] = modulesOfFact.equal_range(d.factId);
            for (auto it = from; it != to; ++it) {
                ++all[it->second].due;
            }
        }
        moduleStats_ = std::move(all);
        moduleStatsAt_ = now;
    }
    const auto found = moduleStats_->find(module.id);
    return found == moduleStats_->end() ? ModuleStats{} : found->second;
}

std::string Learners::dueSummary(const core::Library& library) const {
    if (!session_) {
        return {};
    }
    const std::size_t due = statistics(library).dueNow;
    if (due == 0) {
        return I18n::tr("Nothing is due for review today.");
    }
    return I18n::format(I18n::trn("{1} fact is due for review: the module map shows where.",
                                  "{1} facts are due for review: the module map shows where.",
                                  static_cast<long long>(due)),
                        {std::to_string(due)});
}

std::string Learners::assignmentSummary() const {
    // A teacher copies assignment files (yaddas assign) into <data>/assignments/.
    std::vector<std::string> shown;
    int unreadable = 0;
    std::error_code ec;
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(dataDir_ / "assignments", ec)) {
        if (entry.path().extension() != ".xml") {
            continue;
        }
        if (auto skipped = io::RegularFile::skipped(entry.path())) {
            spdlog::warn("{}", skipped->format());
            ++unreadable;
            continue;
        }
        files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    for (const fs::path& file : files) {
        const auto read = io::AssignmentReader::readFile(file);
        if (!read.assignment) {
            ++unreadable;
            for (const auto& d : read.diagnostics) {
                spdlog::warn("{}", d.format());
            }
            continue;
        }
        const auto& a = *read.assignment;
        shown.push_back(a.due ? I18n::format(I18n::tr("{1} (due {2})"), {a.title, a.due->text()})
                              : a.title);
    }
    std::string out;
    if (shown.empty()) {
        out = I18n::tr("No assignment from your teacher.");
    } else {
        std::string list;
        for (std::size_t i = 0; i < shown.size(); ++i) {
            list += (i ? "; " : "") + shown[i];
        }
        out = I18n::format(
            shown.size() == 1 ? I18n::tr("Assignment: {1}") : I18n::tr("Assignments: {1}"), {list});
    }
    assignmentProblem_.clear();
    if (unreadable > 0) {
        assignmentProblem_ = I18n::format(
            I18n::trn("{1} assignment file could not be read (in {2}). Ask your teacher for a "
                      "new copy.",
                      "{1} assignment files could not be read (in {2}). Ask your teacher for a "
                      "new copy.",
                      unreadable),
            {std::to_string(unreadable), (dataDir_ / "assignments").string()});
    }
    return out;
}

core::LearnerView Learners::view() const {
    core::LearnerView v;
    if (!session_) {
        return v;
    }
    for (const auto& d : session_->dueFacts(clock_())) {
        v.dueFacts.push_back(d.factId);
    }
    v.wrongLastTime = session_->mistakes();
    for (const auto& a : session_->learner().answers()) {
        ++v.timesAsked[a.factId];
        if (!a.questionId.empty()) {
            ++v.questionsAsked[a.questionId];
        }
    }
    return v;
}

std::string Learners::recordAnswer(core::AnswerRecord answer) {
    if (!session_) {
        return {};
    }
    if (answer.at == 0) {
        answer.at = clock_();
    }
    return report(session_->recordAnswer(answer));
}

std::string Learners::recordQuiz(core::QuizResult result) {
    if (!session_) {
        return {};
    }
    if (result.at == 0) {
        result.at = clock_();
    }
    return report(session_->recordQuiz(result));
}

std::vector<std::string> Learners::mistakes() const {
    return session_ ? session_->mistakes() : std::vector<std::string>{};
}

} // namespace yaddas::app
