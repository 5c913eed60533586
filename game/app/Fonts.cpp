#include <app/Fonts.hpp>

#include <core/I18n.hpp>

#include <fontconfig/fontconfig.h>
#include <spdlog/spdlog.h>

#include <optional>
#include <vector>

namespace yaddas::app {

using core::I18n;

namespace {

// Letters a lesson may contain: Azerbaijani, Turkish, typographic punctuation, the verdict marks.
constexpr FcChar32 kNeeded[] = {0x0259, 0x018F, 0x0131, 0x015F, 0x011F, 0x00E7,
                                0x00F6, 0x00FC, 0x2013, 0x2014, 0x201C, 0x201D,
                                0x2019, 0x2026, 0x2713, 0x2715, 0x203A};

bool coversAll(FcPattern* font) {
    FcCharSet* set = nullptr;
    if (FcPatternGetCharSet(font, FC_CHARSET, 0, &set) != FcResultMatch || set == nullptr) {
        return false;
    }
    for (FcChar32 c : kNeeded) {
        if (FcCharSetHasChar(set, c) == FcFalse) {
            return false;
        }
    }
    return true;
}

std::optional<std::string> fileOf(FcPattern* font) {
    FcChar8* file = nullptr;
    if (FcPatternGetString(font, FC_FILE, 0, &file) != FcResultMatch || file == nullptr) {
        return std::nullopt;
    }
    return std::string(reinterpret_cast<const char*>(file));
}

/// The best installed font for `family` and `weight` that covers every needed letter.
std::optional<std::string> find(FcConfig* config, const char* family, int weight) {
    FcPattern* pattern = FcPatternCreate();
    FcPatternAddString(pattern, FC_FAMILY, reinterpret_cast<const FcChar8*>(family));
    FcPatternAddInteger(pattern, FC_WEIGHT, weight);
    FcPatternAddInteger(pattern, FC_SLANT, FC_SLANT_ROMAN);
    FcConfigSubstitute(config, pattern, FcMatchPattern);
    FcDefaultSubstitute(pattern);
    FcResult result = FcResultNoMatch;
    std::optional<std::string> found;
    // FcFontSort lists the fallbacks in order of preference; take the first that covers all.
    FcFontSet* sorted = FcFontSort(config, pattern, FcFalse, nullptr, &result);
    if (sorted != nullptr) {
        for (int i = 0; i < sorted->nfont && !found; ++i) {
            FcPattern* rendered = FcFontRenderPrepare(config, pattern, sorted->fonts[i]);
            if (rendered == nullptr) {
                continue;
            }
            int w = 0;
            const bool weightOk =
                FcPatternGetInteger(rendered, FC_WEIGHT, 0, &w) == FcResultMatch &&
                (weight >= FC_WEIGHT_BOLD ? w >= FC_WEIGHT_DEMIBOLD : w < FC_WEIGHT_DEMIBOLD);
            if (weightOk && coversAll(rendered)) {
                found = fileOf(rendered);
            }
            FcPatternDestroy(rendered);
        }
        FcFontSetDestroy(sorted);
    }
    FcPatternDestroy(pattern);
    return found;
}

} // namespace

bool Fonts::load() {
    FcConfig* config = FcInitLoadConfigAndFonts();
    if (config == nullptr) {
        error_ = I18n::tr("Fonts could not be listed (fontconfig failed). Install the package "
                          "fonts-dejavu-core and start Yaddas again.");
        return false;
    }
    std::optional<std::string> regular = find(config, "DejaVu Sans", FC_WEIGHT_REGULAR);
    if (!regular) {
        regular = find(config, "sans-serif", FC_WEIGHT_REGULAR);
    }
    std::optional<std::string> bold = find(config, "DejaVu Sans", FC_WEIGHT_BOLD);
    if (!bold) {
        bold = find(config, "sans-serif", FC_WEIGHT_BOLD);
    }
    FcConfigDestroy(config);
    if (!regular) {
        error_ = I18n::tr("No installed font has the Azerbaijani letters (ə, ş, ğ …). Install the "
                          "package fonts-dejavu-core and start Yaddas again.");
        return false;
    }
    if (!regular_.loadFromFile(*regular)) {
        error_ = I18n::format(I18n::tr("The font {1} could not be read. Install the package "
                                       "fonts-dejavu-core and start Yaddas again."),
                              {*regular});
        return false;
    }
    regularFile_ = *regular;
    // Without a bold face the regular one stands in: highlights then rely on the underline tint.
    if (!bold || !bold_.loadFromFile(*bold)) {
        bold_.loadFromFile(*regular);
    }
    spdlog::info("fonts: {} / {}", *regular, bold.value_or(*regular));
    return true;
}

} // namespace yaddas::app
