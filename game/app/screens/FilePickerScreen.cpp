#include <app/screens/FilePickerScreen.hpp>

#include <app/AssignmentFlow.hpp>
#include <app/Context.hpp>
#include <app/Fonts.hpp>
#include <app/Learners.hpp>
#include <app/Painter.hpp>
#include <app/StateStack.hpp>
#include <app/widgets/Label.hpp>
#include <app/widgets/ListScroll.hpp>
#include <core/I18n.hpp>
#include <core/Plural.hpp>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <system_error>

namespace yaddas::app {
namespace fs = std::filesystem;
using core::I18n;

namespace {

// A folder with more entries than this is shown in part: nobody scrolls through more.
constexpr std::size_t kMaxItems = 5000;

} // namespace

FilePickerScreen::FilePickerScreen(StateStack& stack, Context& context)
    : State(stack, context), chrome_(context) {
    field_.placeholder = I18n::tr("Or type a path, then press Enter");
    context.nav.assignment.picked.clear();
    const fs::path data = context.learners.dataDir();
    fs::path start;
    if (folderMode()) {
        start = io::AssignmentRun::defaultResultsFolder(data);
        std::error_code ec;
        fs::create_directories(start, ec);
    } else if (auto last = io::AssignmentRun::lastFolder(data, "assignments")) {
        start = *last;
    } else if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0') {
        start = home;
    } else {
        start = data;
    }
    enter(start);
}

bool FilePickerScreen::folderMode() const {
    return context().nav.assignment.pick == AssignmentFlow::Pick::ResultsFolder;
}

void FilePickerScreen::enter(const fs::path& folder) {
    std::error_code ec;
    fs::path target = fs::absolute(folder, ec).lexically_normal();
    if (target.has_relative_path() && target.filename().empty()) {
        target = target.parent_path(); // "/a/b/" → "/a/b"
    }
    std::vector<Item> items;
    fs::directory_iterator it(target, fs::directory_options::skip_permission_denied, ec);
    if (ec) {
        // TRANSLATORS: {2} is the system's reason, e.g. “Permission denied”.
        problem_ = I18n::format(I18n::tr("The folder {1} cannot be opened ({2})."),
                                {target.string(), ec.message()});
        return;
    }
    for (; it != fs::directory_iterator() && items.size() < kMaxItems; it.increment(ec)) {
        if (ec) {
            break;
        }
        const std::string name = it->path().filename().string();
        if (name.empty() || name[0] == '.') {
            continue; // hidden files: not where a teacher puts an assignment
        }
        std::error_code typeEc;
        const bool isFolder = it->is_directory(typeEc);
        if (isFolder || (!folderMode() && it->path().extension() == ".xml")) {
            items.push_back({name, isFolder});
        }
    }
    std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
        return a.folder != b.folder ? a.folder : a.name < b.name;
    });
    folder_ = target;
    items_ = std::move(items);
    problem_.clear();
    firstRow_ = 0;
    buttons_.clearFocus();
    if (!items_.empty()) {
        buttons_.focus("item.0");
    }
    relayout();
}

void FilePickerScreen::choose(const fs::path& path) {
    context().nav.assignment.picked = path;
    pop();
}

void FilePickerScreen::activate(std::size_t index) {
    if (index >= items_.size()) {
        return;
    }
    const fs::path path = folder_ / items_[index].name;
    if (items_[index].folder) {
        enter(path);
    } else {
        choose(path);
    }
}

void FilePickerScreen::fromField() {
    std::string typed = field_.utf8();
    if (typed.empty()) {
        return;
    }
    if (typed[0] == '~') {
        const char* home = std::getenv("HOME");
        typed = std::string(home ? home : "") + typed.substr(1);
    }
    fs::path path(typed);
    if (path.is_relative()) {
        path = folder_ / path;
    }
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
        field_.clear();
        enter(path);
    } else if (!folderMode() && fs::is_regular_file(path, ec)) {
        choose(path);
    } else {
        problem_ = I18n::format(folderMode() ? I18n::tr("There is no folder {1}.")
                                             : I18n::tr("There is no file or folder {1}."),
                                {path.string()});
        relayout();
    }
}

void FilePickerScreen::relayout() {
    Context& c = context();
    const Metrics& m = c.metrics;
    const sf::FloatRect col = chrome_.content();
    buttons_.clear();
    chrome_.addTopButtons(buttons_, true, false);
    const float fieldH = std::round(m.u(48.f));
    const float gap = std::round(m.u(8.f));
    pathTop_ = col.top + m.u(16.f);
    field_.rect = {col.left, pathTop_ + m.u(28.f), col.width, fieldH};
    buttons_.add("field", field_.placeholder, field_.rect, ButtonGroup::Kind::Field);
    listTop_ = field_.rect.top + fieldH + m.u(40.f);
    const float rowH = std::round(m.u(44.f));
    visibleRows_ = static_cast<std::size_t>(
        std::max(1.f, std::floor((col.top + col.height - listTop_ + gap) / (rowH + gap))));
    if (firstRow_ + visibleRows_ > items_.size()) {
        firstRow_ = items_.size() > visibleRows_ ? items_.size() - visibleRows_ : 0;
    }
    for (std::size_t i = firstRow_; i < items_.size() && i < firstRow_ + visibleRows_; ++i) {
        const Item& item = items_[i];
        buttons_.add("item." + std::to_string(i), item.folder ? item.name + "/" : item.name,
                     {col.left, listTop_ + static_cast<float>(i - firstRow_) * (rowH + gap),
                      col.width, rowH},
                     ButtonGroup::Kind::Choice);
    }
    // TRANSLATORS: buttons of the file picker.
    const std::string primary = folderMode() ? I18n::tr("Use this folder") : I18n::tr("Open");
    const sf::FloatRect p = chrome_.primaryRect(primary);
    buttons_.add("primary", primary, p, ButtonGroup::Kind::Primary);
    float right = p.left - gap;
    const std::string upLabel = I18n::tr("Up one folder");
    const sf::FloatRect up = chrome_.bottomRect(upLabel, right);
    buttons_.add("up", upLabel, up);
    right = up.left - gap;
    const std::string cancel = I18n::tr("Cancel");
    if (right - col.left > chrome_.buttonWidth(cancel)) {
        buttons_.add("cancel", cancel, chrome_.bottomRect(cancel, right));
    }
    field_.focused = buttons_.focusedId() == "field";
}

void FilePickerScreen::handleEvent(const sf::Event& event) {
    const std::string focused = buttons_.focusedId();
    if (event.type == sf::Event::KeyPressed) {
        const auto key = event.key.code;
        if (key == sf::Keyboard::Escape) {
            choose({}); // cancelled
            return;
        }
        if ((key == sf::Keyboard::Up && event.key.alt) ||
            (key == sf::Keyboard::BackSpace && focused != "field")) {
            enter(folder_.parent_path());
            return;
        }
        if (auto row = ListScroll::arrow(event, focused, "item.", items_.size(), firstRow_,
                                         visibleRows_)) {
            buttons_.focus("item." + std::to_string(*row));
            relayout();
            return;
        }
    }
    if (ListScroll::wheel(event, items_.size(), firstRow_, visibleRows_)) {
        relayout();
        return;
    }
    if (field_.focused && field_.handleEvent(event)) {
        problem_.clear();
        return;
    }
    const std::string id = buttons_.handleEvent(event);
    field_.focused = buttons_.focusedId() == "field";
    if (id.empty()) {
        return;
    }
    if (id == "field") {
        fromField();
    } else if (id.rfind("item.", 0) == 0) {
        activate(std::stoul(id.substr(5)));
    } else if (id == "up") {
        enter(folder_.parent_path());
    } else if (id == "cancel" || id == "top.back") {
        choose({});
    } else if (id == "primary") {
        if (!field_.utf8().empty()) {
            fromField();
        } else if (folderMode()) {
            choose(folder_);
        } else if (focused.rfind("item.", 0) == 0) {
            activate(std::stoul(focused.substr(5)));
        } else {
            problem_ = I18n::tr("Choose an assignment file in the list, or type its path.");
        }
    }
}

std::string FilePickerScreen::spokenIntro() const {
    std::string out = I18n::format(I18n::tr("In {1}"), {folder_.string()}) + ".";
    if (!problem_.empty()) {
        return out + " " + problem_;
    }
    if (items_.empty()) {
        return out + " " +
               (folderMode() ? I18n::tr("No folders inside this one.")
                             : I18n::tr("No folders or XML files here."));
    }
    return out + " " + core::Plural::count(static_cast<long long>(items_.size()), "item", "items");
}

void FilePickerScreen::draw(Painter& painter) {
    Context& c = context();
    const Metrics& m = c.metrics;
    const Theme& t = c.theme;
    const sf::FloatRect col = chrome_.content();
    chrome_.drawTopBar(painter, folderMode() ? I18n::tr("Where your results go")
                                             : I18n::tr("Open an assignment"));
    chrome_.drawNotice(painter);
    // TRANSLATORS: the folder shown, e.g. “In /home/ada/Documents”.
    sf::Text where = fittedText(I18n::format(I18n::tr("In {1}"), {folder_.string()}),
                                c.fonts.bold(), m.body(), col.width);
    where.setFillColor(t.ink);
    placeText(where, col.left, pathTop_ + m.u(8.f));
    painter.text(where);
    field_.draw(painter, c);
    std::string line = problem_;
    if (line.empty()) {
        if (items_.empty()) {
            line = folderMode() ? I18n::tr("No folders inside this one.")
                                : I18n::tr("No folders or XML files here.");
        } else if (items_.size() > visibleRows_) {
            line = I18n::format(I18n::tr("{1}–{2} of {3} (scroll or use the arrow keys)"),
                                {std::to_string(firstRow_ + 1),
                                 std::to_string(std::min(items_.size(), firstRow_ + visibleRows_)),
                                 std::to_string(items_.size())});
        } else {
            // TRANSLATORS: “Use this folder” is the button of that name: use its translation.
            line = folderMode() ? I18n::tr("Open a folder with Enter; “Use this folder” writes "
                                           "the results here.")
                                : I18n::tr("Open a folder or an assignment file with Enter.");
        }
    }
    sf::Text note = fittedText(line, c.fonts.regular(), m.caption(), col.width);
    note.setFillColor(problem_.empty() ? t.secondary : t.ink);
    placeText(note, col.left, listTop_ - m.u(18.f));
    painter.text(note);
    buttons_.draw(painter, c);
}

} // namespace yaddas::app
