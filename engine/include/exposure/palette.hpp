// The page's colours: light and dark, with more contrast or not, around one accent. Every
// renderer takes them from here (the canvas, the HTML views, the static first screen), so a
// band's colour or a button's contrast is decided once. Values are chosen for a consumer page:
// soft greys, one accent, WCAG AA contrast for text on every fill (AAA with more contrast).
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace exposure {

struct Colour {
    float r = 0, g = 0, b = 0, a = 1; // 0..1
};

struct Palette {
    bool dark = false;
    bool more_contrast = false; // prefers-contrast: more
    Colour background;          // page and canvas
    Colour surface;             // cards
    Colour surface_hover;
    Colour surface_press;
    Colour border;
    Colour border_strong;
    Colour text;
    Colour text_muted;
    Colour accent;
    Colour accent_hover;
    Colour accent_press;
    Colour accent_soft; // tinted backgrounds (chosen option, privacy note)
    Colour accent_text; // accent used for text: readable on the page and on cards
    Colour on_accent;   // text on an accent fill
    Colour track;       // empty part of bars and the gauge
    Colour notice;      // friendly warnings (a link that did not open, an earlier version)
    Colour notice_soft;
    Colour good; // "saves N points"
    Colour good_soft;
};

inline constexpr std::uint32_t kDefaultAccent = 0x3B5BDB; // indigo

Palette make_palette(bool dark, bool more_contrast, std::uint32_t accent_rgb = kDefaultAccent);

// The palette's colours by name ("background", "text_muted", ...), in declaration order.
std::vector<std::pair<const char*, Colour>> palette_colours(const Palette& palette);

// A band's colour by its place among the bands (screen.hpp's `tone`): 0 = lowest exposure
// (green) .. 1 = highest (red).
Colour band_colour(const Palette& palette, double tone);
// `fg`, nudged towards the text colour until it reads at `ratio`:1 on `bg` (at least 7:1 with
// more contrast).
Colour readable(const Palette& palette, Colour fg, Colour bg, float ratio = 4.5f);
// The fill of the "+N points" pills on the results: the severe end's colour on the cards.
Colour points_fill(const Palette& palette);

Colour rgb(std::uint32_t hex, float alpha = 1.0f);
Colour mix(Colour a, Colour b, float t);
float contrast(Colour a, Colour b); // WCAG contrast ratio, 1..21
std::string hex(Colour colour);     // "#rrggbb"

} // namespace exposure
