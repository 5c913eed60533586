#include <io/Language.hpp>

#include <core/I18n.hpp>

#include <libintl.h>

#include <clocale>
#include <cstdlib>
#include <cstring>
#include <system_error>

// GNU gettext caches translations; bumping this counter makes it look again after LANGUAGE
// changes (the documented way to switch languages in a running program).
extern "C" int _nl_msg_cat_cntr; // NOLINT: gettext's own name

namespace yaddas::io {
namespace fs = std::filesystem;

namespace {

std::string& currentLanguage() {
    static std::string language = "en";
    return language;
}

bool hasCatalogs(const fs::path& dir) {
    std::error_code ec;
    return fs::is_regular_file(dir / "az" / "LC_MESSAGES" / "yaddas.mo", ec);
}

} // namespace

const std::vector<std::string>& Language::offered() {
    static const std::vector<std::string> languages{"en", "az", "ru"};
    return languages;
}

std::string Language::normalize(std::string_view name) {
    const std::string_view code = name.substr(0, name.find_first_of("_.@-"));
    for (const char* known : {"en", "az", "ru", "qps"}) {
        if (code == known) {
            return known;
        }
    }
    return {};
}

std::string Language::fromEnvironment(const Getenv& getenv) {
    auto value = [&](const char* name) {
        const char* v = getenv(name);
        return v != nullptr ? std::string(v) : std::string();
    };
    // As gettext does: LANGUAGE (a list) first, but only when the locale is not "C".
    const std::string locale = !value("LC_ALL").empty()        ? value("LC_ALL")
                               : !value("LC_MESSAGES").empty() ? value("LC_MESSAGES")
                                                               : value("LANG");
    std::string list = value("LANGUAGE");
    std::size_t start = 0;
    while (start <= list.size() && !list.empty()) {
        const std::size_t end = list.find(':', start);
        const std::string language = normalize(
            std::string_view(list).substr(start, end == std::string::npos ? end : end - start));
        if (!language.empty()) {
            return language;
        }
        if (end == std::string::npos) {
            break;
        }
        start = end + 1;
    }
    const std::string language = normalize(locale);
    return language.empty() ? "en" : language;
}

std::string Language::fromEnvironment() {
    return fromEnvironment([](const char* name) { return std::getenv(name); });
}

void Language::use(const std::string& language) {
    static const bool bound = [] {
        ::bindtextdomain(core::I18n::domain, catalogs().c_str());
        ::bind_textdomain_codeset(core::I18n::domain, "UTF-8");
        return true;
    }();
    (void)bound;
    std::string chosen = normalize(language);
    if (chosen.empty()) {
        chosen = "en";
    }
    // gettext ignores LANGUAGE under the "C" locale; C.UTF-8 is always there and keeps messages
    // in UTF-8.
    const char* messages = std::setlocale(LC_MESSAGES, nullptr);
    if (messages == nullptr || std::strcmp(messages, "C") == 0 ||
        std::strcmp(messages, "POSIX") == 0) {
        std::setlocale(LC_MESSAGES, "C.UTF-8");
    }
    ::setenv("LANGUAGE", chosen.c_str(), 1);
    ++_nl_msg_cat_cntr;
    currentLanguage() = chosen;
    core::I18n::setLanguage(chosen);
}

const std::string& Language::current() {
    return currentLanguage();
}

std::string Language::nativeName(const std::string& language) {
    if (language == "az") {
        return "Azərbaycanca";
    }
    if (language == "ru") {
        return "Русский";
    }
    if (language == "qps") {
        return "Ƥšéûđö";
    }
    return "English";
}

fs::path Language::catalogs() {
    if (const char* env = std::getenv("YADDAS_LOCALE_DIR"); env != nullptr && *env != '\0') {
        return env;
    }
    // The first folder holding our catalogs: beside the executable of a build tree, under
    // share/ of an installed copy (wherever it was installed), then where CMake put them.
    std::vector<fs::path> candidates;
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        candidates.push_back(exe.parent_path() / "locale");
        candidates.push_back(exe.parent_path().parent_path() / "share" / "locale");
    }
    candidates.emplace_back(YADDAS_BUILD_LOCALEDIR);
    for (const fs::path& dir : candidates) {
        if (hasCatalogs(dir)) {
            return dir;
        }
    }
    return YADDAS_INSTALL_LOCALEDIR;
}

} // namespace yaddas::io
