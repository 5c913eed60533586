#pragma once

#include <algorithm>
#include <cmath>

namespace yaddas::app {

/// Sizes in pixels for the window's size and the learner's text size: every length on screen is
/// a design length at 100 % on a 1080p screen times `scale`.
struct Metrics {
    float scale = 1.f;

    /// 1 up to 1920×1080, growing with larger windows (2 at 3840×2160), times the text size.
    static Metrics forWindow(unsigned width, unsigned height, int textPercent) {
        const float dpi = std::max(
            1.f, std::min(static_cast<float>(width) / 1920.f, static_cast<float>(height) / 1080.f));
        // The screens need about 900 × 520 design pixels; a larger text size than that allows is
        // capped, so that nothing leaves a small window (200 % on 1024×640 gives about 114 %).
        const float fits =
            std::min(static_cast<float>(width) / 900.f, static_cast<float>(height) / 520.f);
        return Metrics{
            std::max(1.f, std::min(dpi * static_cast<float>(textPercent) / 100.f, fits))};
    }

    float u(float designPx) const { return designPx * scale; }
    unsigned px(float designPx) const {
        return static_cast<unsigned>(std::max(1L, std::lround(designPx * scale)));
    }
    // The four sizes of the type scale.
    unsigned title() const { return px(30.f); }
    unsigned heading() const { return px(24.f); }
    unsigned body() const { return px(20.f); }
    unsigned caption() const { return px(16.f); }
};

} // namespace yaddas::app
