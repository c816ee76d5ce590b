// The DOM semantics layer's entry points (see semantics.h). Activation and focus go through
// ui.cpp, so a DOM click runs the very code a canvas click runs.
#include "semantics.h"

#include "app.h"
#include "platform_web.h"
#include "theme.h"
#include "ui.h"

#include <emscripten/emscripten.h>

#include <cmath>
#include <cstdio>
#include <string>

namespace semantics {

namespace detail {

// clang-format off
EM_JS(void, js_items_changed, (), {
    if (Module['eqItems']) Module['eqItems']();
});
// clang-format on

std::string g_out;

void append_colour(std::string& out, const char* name, const ImVec4& c) {
    char buf[64];
    auto byte = [](float v) {
        return int(std::lround(std::fmin(1.0f, std::fmax(0.0f, v)) * 255.0f));
    };
    std::snprintf(buf, sizeof buf, "%s\"%s\":\"#%02x%02x%02x\"", out.size() > 1 ? "," : "", name,
                  byte(c.x), byte(c.y), byte(c.z));
    out += buf;
}

} // namespace detail

void frame_done() {
    if (ui::items_changed())
        detail::js_items_changed();
}

} // namespace semantics

extern "C" {

EMSCRIPTEN_KEEPALIVE void eq_semantics() {
    ui::enable_dom_focus();
    platform::request_frames();
}

EMSCRIPTEN_KEEPALIVE void eq_activate(unsigned id) {
    ui::activate(ImGuiID(id));
    platform::request_frames();
}

EMSCRIPTEN_KEEPALIVE void eq_focus(unsigned id, int visible) {
    ui::set_dom_focus(ImGuiID(id), visible != 0);
    platform::request_frames();
}

EMSCRIPTEN_KEEPALIVE void eq_set_preferences(int reduced_motion, int high_contrast) {
    App& a = app();
    a.reduced_motion = reduced_motion != 0;
    if (a.reduced_motion)
        a.gauge_start = a.transition_start = -100; // an animation in flight ends now
    theme::set_high_contrast(high_contrast != 0);
    a.style_dirty = true;
    platform::request_frames();
}

// The palette in use (after the last frame's theme::apply), for the contrast tests.
EMSCRIPTEN_KEEPALIVE const char* eq_palette() {
    const theme::Palette& p = theme::palette();
    using semantics::detail::append_colour;
    std::string& out = semantics::detail::g_out;
    out = "{";
    append_colour(out, "background", p.background);
    append_colour(out, "surface", p.surface);
    append_colour(out, "surface_hover", p.surface_hover);
    append_colour(out, "surface_press", p.surface_press);
    append_colour(out, "border", p.border);
    append_colour(out, "border_strong", p.border_strong);
    append_colour(out, "text", p.text);
    append_colour(out, "text_muted", p.text_muted);
    append_colour(out, "accent", p.accent);
    append_colour(out, "accent_hover", p.accent_hover);
    append_colour(out, "accent_press", p.accent_press);
    append_colour(out, "accent_soft", p.accent_soft);
    append_colour(out, "accent_text", p.accent_text);
    append_colour(out, "on_accent", p.on_accent);
    append_colour(out, "track", p.track);
    append_colour(out, "notice", p.notice);
    append_colour(out, "notice_soft", p.notice_soft);
    append_colour(out, "good", p.good);
    append_colour(out, "good_soft", p.good_soft);
    // Colours the results screen derives, as drawn: band titles (on the page) and "+N" pills.
    for (const double f : {0.0, 0.25, 0.5, 0.75, 1.0}) {
        const std::string name = "band_title_" + std::to_string(int(f * 100));
        append_colour(out, name.c_str(), theme::readable(theme::band_color(f), p.background));
    }
    const ImVec4 high = theme::band_color(0.85);
    const ImVec4 pill_fill = theme::mix(p.surface, high, p.dark ? 0.22f : 0.12f);
    append_colour(out, "band_pill", theme::readable(high, pill_fill));
    append_colour(out, "band_pill_soft", pill_fill);
    out += p.dark ? ",\"dark\":true}" : ",\"dark\":false}";
    return out.c_str();
}

} // extern "C"
