// The page's colours: the engine's palette (exposure/palette.hpp) for the reader's look, the one
// source both renderers draw with: the canvas through theme::restyle (theme.cpp) and the DOM
// through eq_palette (js_api.cpp). No ImGui here: the module without a canvas has it too.
#include "theme.h"

namespace theme {

namespace {

exposure::Palette g_colours;
bool g_high_contrast = false; // prefers-contrast: more

} // namespace

const exposure::Palette& colours() {
    return g_colours;
}

void set_high_contrast(bool on) {
    g_high_contrast = on;
}

void apply(bool dark, std::uint32_t accent_rgb, float scale) {
    g_colours = exposure::make_palette(dark, g_high_contrast, accent_rgb);
    restyle(scale);
}

} // namespace theme
