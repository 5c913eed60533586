#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace yaddas::io {

/// The language of the interface: which gettext catalog core::I18n reads. English ("en") is
/// built in; "az" (Azerbaijani, Latin script) and "ru" are shipped catalogs; "qps" is a
/// pseudo-language for testing layouts (accented letters, longer words).
class Language {
public:
    using Getenv = std::function<const char*(const char*)>;

    /// The languages a learner may choose in Settings, in their order there.
    static const std::vector<std::string>& offered();
    /// "az", "ru", "en" or "qps" for a locale or language name ("az_AZ.UTF-8", "ru", "en_GB"),
    /// or empty when it is none of ours.
    static std::string normalize(std::string_view name);
    /// The language the system asks for, as gettext reads it: the first of LANGUAGE's list we
    /// ship, else LC_ALL, LC_MESSAGES, LANG; "en" when none is ours.
    static std::string fromEnvironment(const Getenv& getenv);
    static std::string fromEnvironment();
    /// Switches the interface to `language` (normalized; English when unknown) from now on.
    static void use(const std::string& language);
    /// The language in use.
    static const std::string& current();
    /// Its name in itself, for Settings ("Azərbaycanca", "Русский", "English").
    static std::string nativeName(const std::string& language);
    /// Where the compiled catalogs are: LANG/LC_MESSAGES/yaddas.mo below it.
    static std::filesystem::path catalogs();
};

} // namespace yaddas::io
