// Theme: the page's colours and ImGui's style. Values are chosen for a consumer page: soft
// greys, one accent, rounded cards, WCAG AA contrast for text on both backgrounds.
#include "theme.h"

#include <algorithm>
#include <cmath>

namespace theme {

namespace {

Palette g_palette;
bool g_high_contrast = false; // prefers-contrast: more

ImVec4 rgb(std::uint32_t hex, float alpha = 1.0f) {
    return ImVec4(float((hex >> 16) & 0xFF) / 255.0f, float((hex >> 8) & 0xFF) / 255.0f,
                  float(hex & 0xFF) / 255.0f, alpha);
}

float luminance(const ImVec4& c) {
    auto channel = [](float v) {
        return v <= 0.03928f ? v / 12.92f : std::pow((v + 0.055f) / 1.055f, 2.4f);
    };
    return 0.2126f * channel(c.x) + 0.7152f * channel(c.y) + 0.0722f * channel(c.z);
}

float contrast(const ImVec4& a, const ImVec4& b) {
    const float la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05f) / (std::min(la, lb) + 0.05f);
}

} // namespace

ImVec4 mix(const ImVec4& a, const ImVec4& b, float t) {
    return ImVec4(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t, a.z + (b.z - a.z) * t,
                  a.w + (b.w - a.w) * t);
}

ImU32 u32(const ImVec4& colour) {
    return ImGui::GetColorU32(colour);
}

const Palette& palette() {
    return g_palette;
}

void set_high_contrast(bool on) {
    g_high_contrast = on;
}

ImVec4 readable(const ImVec4& fg, const ImVec4& bg, float ratio) {
    if (g_high_contrast)
        ratio = std::max(ratio, 7.0f);
    ImVec4 c = fg;
    for (int i = 0; i < 10 && contrast(c, bg) < ratio; i++)
        c = mix(c, g_palette.text, 0.2f);
    return contrast(c, bg) < ratio ? g_palette.text : c;
}

ImVec4 band_color(double fraction) {
    const float t = float(std::clamp(fraction, 0.0, 1.0));
    const bool dark = g_palette.dark;
    const ImVec4 green = dark ? rgb(0x40C070) : rgb(0x2B8A3E);
    const ImVec4 amber = dark ? rgb(0xF5A524) : rgb(0xD9820B);
    const ImVec4 red = dark ? rgb(0xFF6B6B) : rgb(0xD63939);
    return t < 0.5f ? mix(green, amber, t * 2.0f) : mix(amber, red, (t - 0.5f) * 2.0f);
}

// The base colours of each theme. More contrast (prefers-contrast: more) means near-black or
// white text (7:1 and up) and strong borders; kSame keeps the colour of the normal theme.
constexpr std::uint32_t kSame = 0xFFFFFFFFu;
struct Swatch {
    ImVec4 Palette::*colour;
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

void apply(bool dark, std::uint32_t accent_rgb, float scale) {
    Palette& p = g_palette;
    p.dark = dark;
    p.more_contrast = g_high_contrast;
    const ImVec4 accent = rgb(accent_rgb);
    const int column = (dark ? 1 : 0) + (g_high_contrast ? 2 : 0);
    for (const Swatch& swatch : kSwatches) {
        const std::uint32_t value = swatch.value[column];
        p.*swatch.colour = rgb(value != kSame ? value : swatch.value[column - 2]);
    }
    const float ratio =
        g_high_contrast ? 7.0f : 4.5f; // WCAG 2.2 AA for text (AAA with more contrast)
    // Text on accent fills (primary buttons, chosen radios): white or near-black, whichever reads
    // better; with more contrast the fill itself moves away from that text until it reads at 7:1.
    const ImVec4 white = rgb(0xFFFFFF), ink = rgb(0x111317);
    p.on_accent = contrast(accent, white) >= contrast(accent, ink) ? white : ink;
    ImVec4 fill = accent;
    const ImVec4 away = p.on_accent.x > 0.5f ? rgb(0x000000) : white;
    for (int i = 0; i < 12 && contrast(fill, p.on_accent) < ratio; i++)
        fill = mix(fill, away, 0.15f);
    p.accent = fill;
    // Hover and press move away from the text on them too, so every state keeps its contrast.
    p.accent_hover = mix(fill, away, 0.10f);
    p.accent_press = mix(fill, away, 0.20f);
    p.accent_soft = mix(p.surface, fill, dark ? 0.18f : 0.09f);
    // Text in the accent colour must stay readable on every fill it is drawn on (page, cards,
    // chosen options): nudge it towards the text colour if needed.
    auto weakest = [&p = g_palette](const ImVec4& c) {
        return std::min({contrast(c, p.background), contrast(c, p.surface),
                         contrast(c, p.accent_soft), contrast(c, p.surface_hover)});
    };
    p.accent_text = fill;
    for (int i = 0; i < 10 && weakest(p.accent_text) < ratio; i++)
        p.accent_text = mix(p.accent_text, p.text, 0.2f);
    if (weakest(p.accent_text) < ratio)
        p.accent_text = p.text;

    ImGuiStyle style;
    style.WindowPadding = ImVec2(0, 0);
    style.WindowBorderSize = 0;
    style.WindowRounding = 0;
    style.FramePadding = ImVec2(12, 8);
    style.FrameRounding = 12;
    style.ItemSpacing = ImVec2(0, 0); // the screens space things explicitly
    style.ItemInnerSpacing = ImVec2(8, 0);
    style.TouchExtraPadding = ImVec2(0, 0);
    style.ScrollbarSize = 0;
    style.AntiAliasedLines = true;
    style.AntiAliasedFill = true;
    style.CurveTessellationTol = 1.0f;
    style.CircleTessellationMaxError = 0.25f;
    ImVec4* c = style.Colors;
    c[ImGuiCol_WindowBg] = p.background;
    c[ImGuiCol_Text] = p.text;
    c[ImGuiCol_TextDisabled] = p.text_muted;
    c[ImGuiCol_Border] = p.border;
    c[ImGuiCol_NavHighlight] = p.accent;
    c[ImGuiCol_TextSelectedBg] = p.accent_soft;
    style.ScaleAllSizes(scale);
    ImGui::GetStyle() = style;
}

} // namespace theme
