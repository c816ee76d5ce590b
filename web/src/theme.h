// Theme: the page's colours (light and dark, one accent) and the ImGui style scaled for HiDPI.
#pragma once

#include "exposure/palette.hpp"

#include "imgui.h"

#include <cstdint>

namespace theme {

struct Palette {
    bool dark = false;
    bool more_contrast = false; // the prefers-contrast: more palette
    ImVec4 background;          // page and canvas
    ImVec4 surface;             // cards
    ImVec4 surface_hover;
    ImVec4 surface_press;
    ImVec4 border;
    ImVec4 border_strong;
    ImVec4 text;
    ImVec4 text_muted;
    ImVec4 accent;
    ImVec4 accent_hover;
    ImVec4 accent_press;
    ImVec4 accent_soft; // tinted backgrounds (chosen option, privacy note)
    ImVec4 accent_text; // accent used for text: readable on background
    ImVec4 on_accent;   // text on an accent fill
    ImVec4 track;       // empty part of bars and the gauge
    ImVec4 notice;      // friendly warnings (a bad share link)
    ImVec4 notice_soft;
    ImVec4 good; // "saves N points"
    ImVec4 good_soft;
};

inline constexpr std::uint32_t kDefaultAccent = exposure::kDefaultAccent;

// Sets the palette (the engine's: colours.cpp, with no ImGui, for the canvas and the DOM alike)
// and then restyle(scale).
void apply(bool dark, std::uint32_t accent_rgb, float scale);
// prefers-contrast: more — the next apply() uses the high-contrast palette (AAA text, strong
// borders).
void set_high_contrast(bool on);
const exposure::Palette& colours(); // the palette, as the engine made it
// The canvas's side (theme.cpp): the palette as ImGui colours and, once ImGui runs, its style for
// `scale` backing pixels per CSS pixel. A module without a canvas has none (canvas_none.cpp).
void restyle(float scale);
const Palette& palette();

// Colour of a band by its place among the bands: 0 = lowest exposure (green) .. 1 = highest (red).
ImVec4 band_color(double fraction);

// Helpers for colours drawn with ImDrawList (they honour style.Alpha for fades).
ImU32 u32(const ImVec4& colour);
ImVec4 mix(const ImVec4& a, const ImVec4& b, float t);
// `fg`, nudged towards the text colour until it reads at `ratio`:1 on `bg` (7:1 with more
// contrast).
ImVec4 readable(const ImVec4& fg, const ImVec4& bg, float ratio = 4.5f);

} // namespace theme
