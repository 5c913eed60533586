#pragma once

#include <string>
#include <string_view>

namespace yaddas::core {

/// Reduces names to a comparison key so that Azerbaijani and English spellings meet:
/// case is folded (Azerbaijani letters too: Ə ə, I ı, İ i, Ş ş, Ğ ğ, Ç ç, Ö ö, Ü ü), other
/// diacritics are stripped (é → e), and Azerbaijani letters are transliterated the English way:
/// c → j, ç → ch, ş → sh, x → kh, q → g, ğ → g, ə → a, ı → i, ö → o, ü → u. A word-final "eh"
/// becomes "e" (Sharifzadeh = Şərifzadə ≈ Sharifzade), apostrophes vanish and every other
/// non-letter is a single space. So "Hüseyn Cavid", "HUSEYN JAVID" and "huseyn  javid" all give
/// "huseyn javid". Russian letters are written in Latin as English spells Russian names (дж → j,
/// ш → sh, х → kh, ю → yu, a word-final "-ий" → "i"): "Гусейн Джавид" gives "guseyn javid",
/// which NameMatcher takes for "huseyn javid". A plain key keeps Russian letters, in lower case.
/// Invalid UTF-8 bytes are treated as spaces, never an error.
class TextNormalizer {
public:
    static std::string nameKey(std::string_view utf8);
    /// Case fold and strip diacritics only (no transliteration), spaces collapsed: for
    /// comparing option texts ("Shot in Baku, 1938" = "shot in baku 1938").
    static std::string plainKey(std::string_view utf8);
    /// The text with its first letter in upper case as `language` writes it (ICU's case
    /// mapping: "şair" → "Şair", "расстрелян" → "Расстрелян", and in Azerbaijani "i" → "İ").
    static std::string capitalised(std::string_view utf8, const std::string& language);
};

} // namespace yaddas::core
