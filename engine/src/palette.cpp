// The page's colours (palette.hpp).
#include "exposure/palette.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace exposure {

namespace {

float luminance(Colour c) {
    const auto channel = [](float v) {
        return v <= 0.03928f ? v / 12.92f : std::pow((v + 0.055f) / 1.055f, 2.4f);
    };
    return 0.2126f * channel(c.r) + 0.7152f * channel(c.g) + 0.0722f * channel(c.b);
}

// The base colours of each theme. More contrast means near-black or white text (7:1 and up) and
// strong borders; kSame keeps the colour of the normal theme.
constexpr std::uint32_t kSame = 0xFFFFFFFFu;
struct Swatch {
    Colour Palette::*colour;
    std::uint32_t value[4]; // light, dark, light with more contrast, dark with more contrast
};
constexpr Swatch kSwatches[] = {
    {&Palette::background, {0xF5F6F8, 0x111317, 0xFFFFFF, 0x000000}},
    {&Palette::surface, {0xFFFFFF, 0x1B1E24, 0xFFFFFF, 0x0D0D0D}},
    {&Palette::surface_hover, {0xF8F9FB, 0x21252C, 0xF2F2F2, 0x1A1A1A}},
    {&Palette::surface_press, {0xEEF0F3, 0x272B33, 0xE6E6E6, 0x262626}},
    {&Palette::border, {0xE1E4E8, 0x2E333B, 0x6B6B6B, 0x9A9A9A}},
    {&Palette::border_strong, {0xC5CAD1, 0x474E59, 0x1B1B1B, 0xFFFFFF}},
    {&Palette::text, {0x1B1F24, 0xE9EBEE, 0x000000, 0xFFFFFF}},
    {&Palette::text_muted, {0x59616C, 0xA3AAB4, 0x2E2E2E, 0xDADADA}},
    {&Palette::track, {0xE6E8EC, 0x2A2E36, 0xCFCFCF, 0x3A3A3A}},
    {&Palette::notice, {0x9A5B00, 0xF5B84A, 0x6B3F00, 0xFFD27A}},
    {&Palette::notice_soft, {0xFFF4E0, 0x2E2617, kSame, kSame}},
    {&Palette::good, {0x237A37, 0x5FD38A, 0x145A26, 0x8BE3AA}},
    {&Palette::good_soft, {0xE6F4EA, 0x18291F, kSame, kSame}},
};

} // namespace

Colour rgb(std::uint32_t hex, float alpha) {
    return Colour{float((hex >> 16) & 0xFF) / 255.0f, float((hex >> 8) & 0xFF) / 255.0f,
                  float(hex & 0xFF) / 255.0f, alpha};
}

Colour mix(Colour a, Colour b, float t) {
    return Colour{a.r + (b.r - a.r) * t, a.g + (b.g - a.g) * t, a.b + (b.b - a.b) * t,
                  a.a + (b.a - a.a) * t};
}

float contrast(Colour a, Colour b) {
    const float la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05f) / (std::min(la, lb) + 0.05f);
}

std::string hex(Colour colour) {
    const auto byte = [](float v) { return int(std::lround(std::clamp(v, 0.0f, 1.0f) * 255.0f)); };
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "#%02x%02x%02x", byte(colour.r), byte(colour.g),
                  byte(colour.b));
    return buffer;
}

Palette make_palette(bool dark, bool more_contrast, std::uint32_t accent_rgb) {
    Palette p;
    p.dark = dark;
    p.more_contrast = more_contrast;
    const int column = (dark ? 1 : 0) + (more_contrast ? 2 : 0);
    for (const Swatch& swatch : kSwatches) {
        const std::uint32_t value = swatch.value[column];
        p.*swatch.colour = rgb(value != kSame ? value : swatch.value[column - 2]);
    }
    const float ratio = more_contrast ? 7.0f : 4.5f; // WCAG 2.2 AA for text (AAA with more)
    // Text on accent fills (primary buttons, chosen radios): white or near-black, whichever reads
    // better; with more contrast the fill itself moves away from that text until it reads at 7:1.
    const Colour accent = rgb(accent_rgb);
    const Colour white = rgb(0xFFFFFF), ink = rgb(0x111317);
    p.on_accent = contrast(accent, white) >= contrast(accent, ink) ? white : ink;
    Colour fill = accent;
    const Colour away = p.on_accent.r > 0.5f ? rgb(0x000000) : white;
    for (int i = 0; i < 12 && contrast(fill, p.on_accent) < ratio; i++) {
        fill = mix(fill, away, 0.15f);
    }
    p.accent = fill;
    // Hover and press move away from the text on them too, so every state keeps its contrast.
    p.accent_hover = mix(fill, away, 0.10f);
    p.accent_press = mix(fill, away, 0.20f);
    p.accent_soft = mix(p.surface, fill, dark ? 0.18f : 0.09f);
    // Text in the accent colour must stay readable on every fill it is drawn on (page, cards,
    // chosen options): nudge it towards the text colour if needed.
    const auto weakest = [&p](Colour c) {
        return std::min({contrast(c, p.background), contrast(c, p.surface),
                         contrast(c, p.accent_soft), contrast(c, p.surface_hover)});
    };
    p.accent_text = fill;
    for (int i = 0; i < 10 && weakest(p.accent_text) < ratio; i++) {
        p.accent_text = mix(p.accent_text, p.text, 0.2f);
    }
    if (weakest(p.accent_text) < ratio) {
        p.accent_text = p.text;
    }
    return p;
}

std::vector<std::pair<const char*, Colour>> palette_colours(const Palette& p) {
    return {{"background", p.background},
            {"surface", p.surface},
            {"surface_hover", p.surface_hover},
            {"surface_press", p.surface_press},
            {"border", p.border},
            {"border_strong", p.border_strong},
            {"text", p.text},
            {"text_muted", p.text_muted},
            {"accent", p.accent},
            {"accent_hover", p.accent_hover},
            {"accent_press", p.accent_press},
            {"accent_soft", p.accent_soft},
            {"accent_text", p.accent_text},
            {"on_accent", p.on_accent},
            {"track", p.track},
            {"notice", p.notice},
            {"notice_soft", p.notice_soft},
            {"good", p.good},
            {"good_soft", p.good_soft}};
}

Colour band_colour(const Palette& palette, double tone) {
    const float t = float(std::clamp(tone, 0.0, 1.0));
    const bool dark = palette.dark;
    const Colour green = dark ? rgb(0x40C070) : rgb(0x2B8A3E);
    const Colour amber = dark ? rgb(0xF5A524) : rgb(0xD9820B);
    const Colour red = dark ? rgb(0xFF6B6B) : rgb(0xD63939);
    return t < 0.5f ? mix(green, amber, t * 2.0f) : mix(amber, red, (t - 0.5f) * 2.0f);
}

Colour readable(const Palette& palette, Colour fg, Colour bg, float ratio) {
    if (palette.more_contrast) {
        ratio = std::max(ratio, 7.0f);
    }
    Colour c = fg;
    for (int i = 0; i < 10 && contrast(c, bg) < ratio; i++) {
        c = mix(c, palette.text, 0.2f);
    }
    return contrast(c, bg) < ratio ? palette.text : c;
}

Colour points_fill(const Palette& palette) {
    return mix(palette.surface, band_colour(palette, 0.85), palette.dark ? 0.22f : 0.12f);
}

} // namespace exposure
