// Theme: the page's colours and ImGui's style. Values are chosen for a consumer page: soft
// greys, one accent, rounded cards, WCAG AA contrast for text on both backgrounds.
#include "theme.h"

#include <algorithm>
#include <cmath>

namespace theme {

namespace {

Palette g_palette;

ImVec4 rgb(std::uint32_t hex, float alpha = 1.0f) {
    return ImVec4(float((hex >> 16) & 0xFF) / 255.0f, float((hex >> 8) & 0xFF) / 255.0f,
                  float(hex & 0xFF) / 255.0f, alpha);
}

float luminance(const ImVec4& c) {
    auto channel = [](float v) { return v <= 0.03928f ? v / 12.92f : std::pow((v + 0.055f) / 1.055f, 2.4f); };
    return 0.2126f * channel(c.x) + 0.7152f * channel(c.y) + 0.0722f * channel(c.z);
}

float contrast(const ImVec4& a, const ImVec4& b) {
    const float la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05f) / (std::min(la, lb) + 0.05f);
}

} // namespace

ImVec4 mix(const ImVec4& a, const ImVec4& b, float t) {
    return ImVec4(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t, a.z + (b.z - a.z) * t, a.w + (b.w - a.w) * t);
}

ImU32 u32(const ImVec4& colour) { return ImGui::GetColorU32(colour); }
ImU32 u32(const ImVec4& colour, float alpha) {
    return ImGui::GetColorU32(ImVec4(colour.x, colour.y, colour.z, colour.w * alpha));
}

const Palette& palette() { return g_palette; }

ImVec4 band_color(double fraction) {
    const float t = float(std::clamp(fraction, 0.0, 1.0));
    const bool dark = g_palette.dark;
    const ImVec4 green = dark ? rgb(0x40C070) : rgb(0x2B8A3E);
    const ImVec4 amber = dark ? rgb(0xF5A524) : rgb(0xD9820B);
    const ImVec4 red = dark ? rgb(0xFF6B6B) : rgb(0xD63939);
    return t < 0.5f ? mix(green, amber, t * 2.0f) : mix(amber, red, (t - 0.5f) * 2.0f);
}

void apply(bool dark, std::uint32_t accent_rgb, float scale) {
    Palette& p = g_palette;
    p.dark = dark;
    const ImVec4 accent = rgb(accent_rgb);
    if (!dark) {
        p.background = rgb(0xF5F6F8);
        p.surface = rgb(0xFFFFFF);
        p.surface_hover = rgb(0xF8F9FB);
        p.surface_press = rgb(0xEEF0F3);
        p.border = rgb(0xE1E4E8);
        p.border_strong = rgb(0xC5CAD1);
        p.text = rgb(0x1B1F24);
        p.text_muted = rgb(0x59616C);
        p.track = rgb(0xE6E8EC);
        p.notice = rgb(0x9A5B00);
        p.notice_soft = rgb(0xFFF4E0);
        p.good = rgb(0x237A37);
        p.good_soft = rgb(0xE6F4EA);
    } else {
        p.background = rgb(0x111317);
        p.surface = rgb(0x1B1E24);
        p.surface_hover = rgb(0x21252C);
        p.surface_press = rgb(0x272B33);
        p.border = rgb(0x2E333B);
        p.border_strong = rgb(0x474E59);
        p.text = rgb(0xE9EBEE);
        p.text_muted = rgb(0xA3AAB4);
        p.track = rgb(0x2A2E36);
        p.notice = rgb(0xF5B84A);
        p.notice_soft = rgb(0x2E2617);
        p.good = rgb(0x5FD38A);
        p.good_soft = rgb(0x18291F);
    }
    p.accent = accent;
    p.accent_hover = mix(accent, dark ? ImVec4(1, 1, 1, 1) : ImVec4(0, 0, 0, 1), 0.10f);
    p.accent_press = mix(accent, dark ? ImVec4(1, 1, 1, 1) : ImVec4(0, 0, 0, 1), 0.20f);
    p.accent_soft = mix(p.surface, accent, dark ? 0.18f : 0.09f);
    // Text in the accent colour must stay readable: nudge it towards the text colour if needed.
    p.accent_text = accent;
    for (int i = 0; i < 10 && contrast(p.accent_text, p.background) < 4.5f; i++)
        p.accent_text = mix(p.accent_text, p.text, 0.2f);
    p.on_accent = contrast(accent, rgb(0xFFFFFF)) >= 3.0f ? rgb(0xFFFFFF) : rgb(0x111317);

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
