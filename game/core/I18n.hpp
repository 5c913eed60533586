#pragma once

#include <initializer_list>
#include <string>

namespace yaddas::core {

/// The interface's words in the learner's language, through GNU gettext (text domain
/// "yaddas", catalogs in assets/locale/*.po). English is the source language: with no catalog,
/// or a message not translated yet, the English text is shown.
///
/// xgettext finds the messages by these names (keywords `tr` and `trn:1,2`), so a message is
/// always a string literal at the call.
class I18n {
public:
    static constexpr const char* domain = "yaddas";

    /// The translation of `english`.
    static const char* tr(const char* english);
    /// The form for `n` of a counted message ("1 learner", "2 learners"; Russian has three).
    static const char* trn(const char* one, const char* many, long long n);
    /// `pattern` with {1}, {2}, … replaced by `args`, so a translation may put them in its own
    /// order ("Your score: {1} of {2}").
    static std::string format(const std::string& pattern, std::initializer_list<std::string> args);

    /// The interface's language ("en", "az", "ru"; "qps" reads as English): how dates and
    /// decades are written. io::Language::use sets it with the catalogs; a test may set it
    /// alone to check formatting.
    static const std::string& language();
    static void setLanguage(const std::string& language);
};

} // namespace yaddas::core
