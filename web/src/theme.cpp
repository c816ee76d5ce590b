// Theme: the page's colours (the engine's palette, exposure/palette.hpp, as ImGui colours) and
// ImGui's style.
#include "theme.h"

#include <algorithm>
#include <cmath>

namespace theme {

namespace {

Palette g_palette; // the engine's palette (colours(), colours.cpp), as ImGui colours

ImVec4 vec(exposure::Colour c) {
    return ImVec4(c.r, c.g, c.b, c.a);
}

exposure::Colour colour(const ImVec4& v) {
    return exposure::Colour{v.x, v.y, v.z, v.w};
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

ImVec4 readable(const ImVec4& fg, const ImVec4& bg, float ratio) {
    return vec(exposure::readable(colours(), colour(fg), colour(bg), ratio));
}

ImVec4 band_color(double fraction) {
    return vec(exposure::band_colour(colours(), fraction));
}

void restyle(float scale) {
    const exposure::Palette& e = colours();
    Palette& p = g_palette;
    p.dark = e.dark;
    p.more_contrast = e.more_contrast;
    p.background = vec(e.background);
    p.surface = vec(e.surface);
    p.surface_hover = vec(e.surface_hover);
    p.surface_press = vec(e.surface_press);
    p.border = vec(e.border);
    p.border_strong = vec(e.border_strong);
    p.text = vec(e.text);
    p.text_muted = vec(e.text_muted);
    p.accent = vec(e.accent);
    p.accent_hover = vec(e.accent_hover);
    p.accent_press = vec(e.accent_press);
    p.accent_soft = vec(e.accent_soft);
    p.accent_text = vec(e.accent_text);
    p.on_accent = vec(e.on_accent);
    p.track = vec(e.track);
    p.notice = vec(e.notice);
    p.notice_soft = vec(e.notice_soft);
    p.good = vec(e.good);
    p.good_soft = vec(e.good_soft);
    if (ImGui::GetCurrentContext() == nullptr)
        return; // the HTML view has no ImGui, and the canvas has none before it starts

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
