// The module without a canvas: exposure-quiz-core-nowasm.js, the engine compiled to JavaScript
// for browsers without WebAssembly (iPhone Lockdown Mode, Tor Browser at Safer, GrapheneOS's
// browser). There the quiz is the HTML view (the page's DOM draws every screen's description),
// so none of the canvas is linked: no Dear ImGui, no fonts, no WebGL. This file is the canvas's
// side of what app.cpp and js_api.cpp call (frame.h, fonts.h, platform_web.h, item_log.h,
// theme.h), as a canvas that never draws; web/CMakeLists.txt builds it in place of those files.
#include "app.h"
#include "fonts.h"
#include "frame.h"
#include "item_log.h"
#include "platform_web.h"
#include "theme.h"

// [SECTION] Starting: always the HTML view

int start(const char* /*canvas_selector*/, const char* page_url, const char* share_code,
          bool /*canvas*/) {
    if (!app().quiz)
        return 0;
    return show_first_screen(page_url, share_code, false);
}

void warm_up() {}       // nothing to make ready: no atlas, no shaders
void draw_now() {}      // the DOM shows the description as it is
void use_html_view() {} // it always is
void stop() {}

// [SECTION] Fonts: the HTML view uses the system's, so none is kept and no atlas is made

namespace fonts {

void set_ttf(int /*slot*/, std::vector<unsigned char> /*bytes*/) {}
void add_text(Face /*face*/, std::string_view /*text*/) {}
void add_ui_text(std::string_view /*text*/) {}
void clear_text() {}

const AtlasInfo& atlas_info() {
    static const AtlasInfo none;
    return none;
}

} // namespace fonts

// [SECTION] Frames, items and style: there are none

namespace platform {

void request_frames(int /*count*/) {}
int frames_pending() {
    return 0;
}
void set_visible(bool /*visible*/) {}
float scale() {
    return 1;
}

} // namespace platform

namespace ui {

float scale() {
    return 1;
}
const std::vector<Item>& items() {
    static const std::vector<Item> none;
    return none;
}
const char* role_name(Role /*role*/) {
    return "";
}
void set_dom_focus(ImGuiID /*id*/, bool /*visible*/) {}

} // namespace ui

namespace theme {

void restyle(float /*scale*/) {} // the DOM takes the palette itself (eq_palette)

} // namespace theme
