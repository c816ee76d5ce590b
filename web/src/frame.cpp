// Drawing the quiz on its canvas (see frame.h).

#include "frame.h"

#include "app.h"
#include "fonts.h"
#include "js_api.h"
#include "platform_web.h"
#include "screens.h"
#include "theme.h"
#include "ui.h"

#include "imgui.h"
#include "imgui_impl_opengl3.h"

#include <GLES3/gl3.h>
#include <emscripten/emscripten.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <string>

// [SECTION] Layout of the page

bool narrow_layout() {
    return ui::column().width < ui::px(520);
}

namespace {

float g_style_scale = 0;

// Builds the current screen; returns the height of the content in CSS px.
float build_ui() {
    App& a = app();
    ImGuiIO& io = ImGui::GetIO();
    const float s = platform::scale();
    ui::begin_frame(s);

    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    constexpr ImGuiWindowFlags flags =
        ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
        ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NoScrollWithMouse |
        ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::Begin("quiz", nullptr, flags);

    // Short eased slide-in when the screen or question changes; frames stop when it is done.
    const float t = std::clamp(float((a.now - a.transition_start) / 0.24), 0.0f, 1.0f);
    if (t < 1)
        platform::request_frames(1);
    const float eased = 1 - (1 - t) * (1 - t) * (1 - t);
    ImGui::PushStyleVar(ImGuiStyleVar_Alpha, std::max(0.02f, eased));

    // A centred column, at most 720 CSS px wide, with page margins.
    const float width = io.DisplaySize.x;
    const float margin = ui::px(width / s < 520 ? 20.0f : 32.0f);
    ui::Column& c = ui::column();
    c.width = std::min(ui::px(720), width - 2 * margin);
    c.x = std::floor((width - c.width) * 0.5f + ui::px(24) * (1 - eased) * a.transition_dir);
    c.y = ui::px(width / s < 520 ? 24.0f : 40.0f);

    const float top = c.y;
    draw_screen(current_screen());
    // A screen the canvas does not draw (the intro is the page's HTML) takes no room.
    const float bottom = c.y > top ? c.y + ui::px(48) : 0;
    ImGui::PopStyleVar();
    ImGui::End();
    return std::ceil(bottom / s);
}

// What this frame was built for (App::drawn).
void record_drawn(float scale) {
    App& a = app();
    FrameState& d = a.drawn;
    d.frame = a.frames + 1;
    d.width = ImGui::GetIO().DisplaySize.x / scale;
    d.scale = scale;
    d.dark = theme::palette().dark;
    d.more_contrast = theme::palette().more_contrast;
    d.printing = a.printing;
    d.html_view = a.html_view;
    d.context = a.contexts_restored;
    d.words = a.words.locale;
    d.quiz = a.quiz->locale;
}

// [SECTION] Drawing only what changed
//
// Input asks for a few frames (ImGui settles hover and press states over them), and most of them
// draw exactly what the one before drew. Drawing a canvas as tall as the quiz costs the GPU (or
// the CPU, where WebGL runs in software) the same whatever changed, so a frame whose draw data,
// size and background are those the canvas already shows is not drawn again: WebGL presents a
// canvas only in the frames that draw to it, so it keeps showing the last one.

// Words of `bytes` mixed into `h` (a multiply-xorshift per 8 bytes: fast, and it is compared
// only with itself, frame to frame).
std::uint64_t mix(std::uint64_t h, const void* bytes, std::size_t size) {
    const auto* p = static_cast<const unsigned char*>(bytes);
    for (std::size_t i = 0; i < size; i += 8) {
        std::uint64_t word = 0;
        std::memcpy(&word, p + i, std::min<std::size_t>(8, size - i));
        h = (h ^ word) * 0x9E3779B97F4A7C15ull;
        h ^= h >> 29;
    }
    return (h ^ size) * 0xBF58476D1CE4E5B9ull;
}

// What the frame would put on the canvas: every draw list's vertices, indices and commands, the
// size and the background it is cleared to.
std::uint64_t fingerprint(const ImDrawData& data, const ImVec4& background) {
    std::uint64_t h = mix(0x243F6A8885A308D3ull, &data.DisplaySize, sizeof data.DisplaySize);
    h = mix(h, &background, sizeof background);
    for (const ImDrawList* list : data.CmdLists) {
        h = mix(h, list->VtxBuffer.Data, size_t(list->VtxBuffer.size_in_bytes()));
        h = mix(h, list->IdxBuffer.Data, size_t(list->IdxBuffer.size_in_bytes()));
        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            const float fields[4] = {cmd.ClipRect.x, cmd.ClipRect.y, cmd.ClipRect.z,
                                     cmd.ClipRect.w};
            const unsigned counts[3] = {cmd.ElemCount, cmd.IdxOffset, cmd.VtxOffset};
            const ImTextureID texture = cmd.TextureId;
            h = mix(h, fields, sizeof fields);
            h = mix(h, counts, sizeof counts);
            h = mix(h, &texture, sizeof texture);
        }
    }
    return h;
}

std::uint64_t g_shown = 0; // fingerprint of what the canvas shows; 0: nothing known

// Whether the canvas has been made ready to draw: its glyph atlas built and uploaded, its shaders
// compiled. That is the longest work the module does, and nothing needs it while the screen shown
// is one the page's HTML draws (the intro): it waits for the first screen the canvas draws, or for
// the reader's first touch or key (warm_up), so the page stays responsive while it loads.
bool g_warm = false;

// Draws the last built frame on the canvas, unless the canvas shows it already. `must`: the
// canvas may not show what it showed (a new atlas, a restored context).
void render(bool must) {
    const ImGuiIO& io = ImGui::GetIO();
    const ImVec4 bg = theme::palette().background;
    const std::uint64_t print = fingerprint(*ImGui::GetDrawData(), bg);
    if (print == g_shown && !must)
        return;
    g_shown = print;
    glViewport(0, 0, int(io.DisplaySize.x), int(io.DisplaySize.y));
    glClearColor(bg.x, bg.y, bg.z, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

void frame() {
    App& a = app();
    a.now = emscripten_get_now() / 1000.0;
    for (double* start : {&a.transition_start, &a.gauge_start})
        if (*start == kWithNextFrame)
            *start = a.now;
    platform::update_size();
    const float s = platform::scale();
    g_warm = g_warm || canvas_draws(current_screen());
    if (!g_warm) { // the page's HTML shows this screen: the canvas has nothing to draw yet
        record_drawn(s);
        if (a.frames++ == 0)
            js::emit("ready", screen_event(a.screen));
        js::flush_events();
        return;
    }
    const bool drawing = platform::drawing();
    const bool new_atlas = fonts::build(s, drawing);
    if (new_atlas || a.style_dirty || s != g_style_scale) {
        theme::apply(a.dark && !a.printing, a.accent, s); // paper is white
        g_style_scale = s;
        a.style_dirty = false;
    }

    // Build until what was built is the current state: a control pressed while building (an
    // option, Next) changes what the screen shows, and it is built again in this same callback,
    // so the items, the DOM layer and the events the page sees always describe the same frame.
    for (int pass = 0; pass < 4; pass++) {
        platform::new_frame();
        if (drawing)
            ImGui_ImplOpenGL3_NewFrame();
        ImGui::NewFrame();
        const float height = build_ui();
        ImGui::Render();
        const bool acted = ui::take_pressed();
        const bool resized = std::fabs(height - a.content_height) >= 1;
        if (resized) {
            a.content_height = height;
            js::content_height(height); // the page scrolls, not the canvas
            platform::update_size();
        }
        if (!acted && !resized)
            break;
    }
    ui::end_frame(platform::frames_pending() == 0);
    if (ui::items_changed())
        js::items_changed(); // the DOM semantics layer follows the items

    if (drawing)
        render(new_atlas);
    record_drawn(s);
    if (a.frames++ == 0)
        js::emit("ready", screen_event(a.screen));
    js::flush_events();
}

} // namespace

// [SECTION] Start and stop

namespace {

bool g_gl_backend = false; // imgui_impl_opengl3 is initialised

// webglcontextlost: nothing is drawn (platform::drawing() is false) and the page is told, so it
// can switch to the HTML view if the context stays away; restored: the GL objects are made again.
void context_changed(bool restored) {
    if (restored) {
        ImGui_ImplOpenGL3_DestroyDeviceObjects(); // they belonged to the lost context
        fonts::invalidate();                      // the next frame uploads the atlas again
        app().contexts_restored++;
    }
    js::context_changed(restored);
}

} // namespace

int start(const char* canvas_selector, const char* page_url, const char* share_code, bool canvas) {
    if (!app().quiz)
        return 0;
    // The canvas: ImGui and WebGL 2. Without WebGL 2 (or asked for none) no ImGui runs at all:
    // the page's DOM draws the descriptions (the HTML view), and no font or atlas is made.
    bool drawn = false;
    if (canvas) {
        ImGui::CreateContext();
        drawn = platform::init(canvas_selector, frame, platform::Output::Canvas);
        if (drawn) {
            ImGui_ImplOpenGL3_Init("#version 300 es");
            g_gl_backend = true;
            platform::on_context_change(context_changed);
        } else {
            ImGui::DestroyContext();
        }
    }
    return show_first_screen(page_url, share_code, drawn);
}

void draw_now() {
    frame();
}

void warm_up() {
    if (g_warm || app().html_view)
        return;
    g_warm = true;
    platform::request_frames(1);
}

void use_html_view() {
    App& a = app();
    if (a.html_view)
        return;
    js::flush_events(); // what the last frame queued
    a.html_view = true;
    stop(); // no more frames: the page's DOM shows the screens from now on
    changed();
}

void stop() {
    if (!ImGui::GetCurrentContext())
        return;
    if (g_gl_backend) // while the context object still exists (its calls are no-ops if lost)
        ImGui_ImplOpenGL3_Shutdown();
    g_gl_backend = false;
    platform::shutdown();
    fonts::invalidate();
    ImGui::DestroyContext();
    g_warm = false;
}
