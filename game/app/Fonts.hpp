#pragma once

#include <SFML/Graphics/Font.hpp>

#include <string>

namespace yaddas::app {

/// The regular and bold faces of one sans family that has every letter the lessons use
/// (Azerbaijani ə ı ş ğ ç ö ü Ə and typographic punctuation), found through fontconfig.
class Fonts {
public:
    /// Looks for DejaVu Sans first, then any sans with the needed glyphs. On failure `error()`
    /// says, in a sentence, what to install.
    bool load();

    const sf::Font& regular() const { return regular_; }
    const sf::Font& bold() const { return bold_; }
    const std::string& regularFile() const { return regularFile_; }
    const std::string& error() const { return error_; }

private:
    sf::Font regular_;
    sf::Font bold_;
    std::string regularFile_;
    std::string error_;
};

} // namespace yaddas::app
