#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace yaddas::core {

/// A stretch of speech in one voice: the words a synthesiser reads as they are.
struct SpokenPart {
    std::string language; ///< "en", "az", "ru": the voice that reads it
    std::string text;     ///< numbers, dates and abbreviations already in words

    friend bool operator==(const SpokenPart& a, const SpokenPart& b) {
        return a.language == b.language && a.text == b.text;
    }
};

/// A name the content marks as being in another language (a victim's Azerbaijani name): where
/// `written` appears in a sentence, it is read by that language's voice as `spoken`.
struct ForeignName {
    std::string written;  ///< as it appears in the sentence ("Bekir Chobanzade")
    std::string language; ///< "az"
    std::string spoken;   ///< as that voice should read it ("Bəkir Çobanzadə")
};

/// Turns written text into what a listener expects to hear, in the language being spoken:
/// numbers and dates in words ("1 575 259", "28 April 1920", "1937–1938", "the 1920s"),
/// abbreviations as they are said (NKVD, USSR), and foreign names split out for their own voice.
/// A synthesiser would otherwise spell digit groups one by one and decline Russian dates wrongly.
class SpokenText {
public:
    explicit SpokenText(std::string language, std::vector<ForeignName> names = {});

    /// The text as parts, in order; neighbouring parts in one language are merged.
    std::vector<SpokenPart> parts(std::string_view text) const;
    /// The parts joined for a log: "[az: Bəkir Çobanzadə]" marks a part in another voice.
    std::string forLog(std::string_view text) const;

    /// A whole number in words, in the language ("one million five hundred seventy-five
    /// thousand two hundred fifty-nine").
    static std::string cardinal(long long number, std::string_view language);

    const std::string& language() const { return language_; }

private:
    std::string language_;
    std::vector<ForeignName> names_;
};

} // namespace yaddas::core
