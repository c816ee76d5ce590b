// Exposure Quiz in the browser: the module's entry points and the frame.
//
// There is no main(): the JS loader (web/exposure-quiz.js) creates one module instance per quiz
// on the page and drives it through the eq_* functions below, in this order:
//   1. eq_set_font(weight, bytes, size)   Noto Sans Regular (0) and Bold (1), fetched by JS
//   2. eq_load_quiz(text, size, name)     1, or 0 and eq_diagnostics() says why
//   3. eq_set_theme(dark, accent_rgb)     again whenever prefers-color-scheme changes
//   4. eq_start(canvas_selector, page_url, share_code)   1, or 0 without WebGL2
// and later eq_resized(), eq_set_visible(), eq_items(), eq_screen(), eq_result(), eq_frames(),
// eq_destroy().
//
// A frame, drawn only when something changed (see platform_web.h):
//   1. read the canvas size and devicePixelRatio; rebuild fonts and style when the scale changed
//   2. build the current screen into one window that covers the canvas
//   3. if the content's height changed, size the canvas to it and build again (same callback:
//      no stretched or blank frame in between)
//   4. clear and render

#include "app.h"
#include "bridge.h"
#include "fonts.h"
#include "platform_web.h"
#include "screens.h"
#include "semantics.h"
#include "theme.h"
#include "ui.h"

#include "exposure/diagnostic.hpp"
#include "exposure/loader.hpp"
#include "exposure/report_json.hpp"

#include "imgui.h"
#include "imgui_impl_opengl3.h"

#include <GLES3/gl3.h>
#include <emscripten/emscripten.h>

#include <algorithm>
#include <cmath>
#include <string>

// [SECTION] Layout of the page

bool narrow_layout() {
    return ui::column().width < ui::px(520);
}

namespace {

float g_style_scale = 0;

// Where the reader is: when an action changes it during a build, the frame builds again.
struct ViewState {
    Screen screen;
    int question;
    bool operator==(const ViewState&) const = default;
};
ViewState view_state(const App& a) {
    return {a.screen, a.question};
}

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

    switch (a.screen) {
    case Screen::Intro:
        draw_intro(a);
        break;
    case Screen::Question:
        draw_question(a);
        break;
    case Screen::Results:
        draw_results(a);
        break;
    case Screen::Error:
        break;
    }

    const float bottom = c.y + ui::px(48);
    ImGui::PopStyleVar();
    ImGui::End();
    return std::ceil(bottom / s);
}

void frame() {
    App& a = app();
    a.now = emscripten_get_now() / 1000.0;
    platform::update_size();
    const float s = platform::scale();
    if (fonts::build(s) || a.style_dirty || s != g_style_scale) {
        theme::apply(a.dark, a.accent, s);
        g_style_scale = s;
        a.style_dirty = false;
    }

    // Build until what was built is the current state: an action taken while building (a click
    // on Next) changes the screen, and the new screen is built in this same callback, so the
    // items, the DOM layer and the events the page sees always describe the same frame.
    for (int pass = 0; pass < 4; pass++) {
        const ViewState before = view_state(a);
        platform::new_frame();
        ImGui_ImplOpenGL3_NewFrame();
        ImGui::NewFrame();
        const float height = build_ui();
        ImGui::Render();
        const bool moved = view_state(a) != before;
        const bool resized = std::fabs(height - a.content_height) >= 1;
        if (resized) {
            a.content_height = height;
            platform::set_css_height(height); // the page scrolls, not the canvas
        }
        if (!moved && !resized)
            break;
    }
    ui::end_frame();
    semantics::frame_done(); // the DOM semantics layer follows the items (exposure-quiz.js)

    const ImGuiIO& io = ImGui::GetIO();
    const ImVec4 bg = theme::palette().background;
    glViewport(0, 0, int(io.DisplaySize.x), int(io.DisplaySize.y));
    glClearColor(bg.x, bg.y, bg.z, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

    if (a.frames++ == 0)
        bridge::emit("ready",
                     (std::string("{\"screen\":\"") + screen_name(a.screen) + "\"}").c_str());
    bridge::flush_events();
}

void collect_glyph_text(const exposure::Quiz& quiz) {
    fonts::add_text(quiz.title);
    fonts::add_text(quiz.intro);
    fonts::add_text(quiz.outro);
    for (const auto& c : quiz.categories)
        fonts::add_text(c.title);
    for (const auto& q : quiz.questions) {
        fonts::add_text(q.prompt);
        fonts::add_text(q.help);
        for (const auto& s : q.sources)
            fonts::add_text(s.title + s.url);
        for (const auto& o : q.options)
            fonts::add_text(o.label + o.detail);
    }
    for (const auto& b : quiz.bands)
        fonts::add_text(b.title + b.summary);
    for (const auto& r : quiz.recommendations) {
        fonts::add_text(r.title + r.body);
        for (const auto& s : r.sources)
            fonts::add_text(s.title + s.url);
    }
}

std::string g_out; // the last string handed to JS (valid until the next eq_* call)

} // namespace

// [SECTION] Entry points for the JS loader

extern "C" {

EMSCRIPTEN_KEEPALIVE void eq_set_font(int weight, const unsigned char* bytes, int size) {
    fonts::set_ttf(weight, std::vector<unsigned char>(bytes, bytes + size));
}

EMSCRIPTEN_KEEPALIVE int eq_load_quiz(const char* text, int size, const char* file_name) {
    App& a = app();
    exposure::Outcome<exposure::Quiz> loaded =
        exposure::load_quiz(std::string_view(text, size_t(size)));
    a.diagnostics.clear();
    for (const exposure::Diagnostic& d : loaded.diagnostics)
        a.diagnostics += exposure::format_diagnostic(file_name, d) + "\n";
    if (!loaded.ok()) {
        a.screen = Screen::Error;
        return 0;
    }
    a.quiz = std::make_unique<exposure::Quiz>(std::move(*loaded.value));
    a.session = std::make_unique<exposure::Session>(*a.quiz);
    collect_glyph_text(*a.quiz);
    return 1;
}

EMSCRIPTEN_KEEPALIVE const char* eq_diagnostics() {
    return app().diagnostics.c_str();
}

EMSCRIPTEN_KEEPALIVE void eq_set_theme(int dark, unsigned accent_rgb) {
    App& a = app();
    a.dark = dark != 0;
    a.accent = accent_rgb & 0xFFFFFF;
    a.style_dirty = true;
    platform::request_frames();
}

EMSCRIPTEN_KEEPALIVE int eq_start(const char* canvas_selector, const char* page_url,
                                  const char* share_code) {
    App& a = app();
    if (!a.quiz)
        return 0;
    ImGui::CreateContext();
    if (!platform::init(canvas_selector, frame, ui::tab_leaves)) {
        ImGui::DestroyContext();
        return 0;
    }
    ImGui_ImplOpenGL3_Init("#version 300 es");
    a.canvas_selector = canvas_selector;
    a.page_url = page_url;
    a.now = emscripten_get_now() / 1000.0;
    if (share_code && *share_code)
        open_from_share(share_code);
    a.transition_start = -100; // the first screen appears without a slide
    platform::request_frames();
    return 1;
}

EMSCRIPTEN_KEEPALIVE void eq_resized() {
    platform::request_frames();
}

// 0 while the canvas is scrolled out of view: no frames are drawn until it is back.
EMSCRIPTEN_KEEPALIVE void eq_set_visible(int visible) {
    platform::set_visible(visible != 0);
}

EMSCRIPTEN_KEEPALIVE const char* eq_items() {
    g_out = ui::items_json();
    return g_out.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* eq_screen() {
    return screen_name(app().screen);
}

// The result of the current answers once every visible question is answered or skipped, else "".
EMSCRIPTEN_KEEPALIVE const char* eq_result() {
    App& a = app();
    g_out.clear();
    if (a.screen == Screen::Results && a.report)
        g_out = a.report_json;
    else if (a.session && a.session->is_complete())
        g_out = exposure::report_to_json(*a.quiz, a.session->answers(), a.session->report());
    return g_out.c_str();
}

EMSCRIPTEN_KEEPALIVE int eq_frames() {
    return app().frames;
}
EMSCRIPTEN_KEEPALIVE int eq_frames_pending() {
    return platform::frames_pending();
}

EMSCRIPTEN_KEEPALIVE void eq_copied(int ok) {
    App& a = app();
    a.copied_at = ok ? emscripten_get_now() / 1000.0 : -1;
    platform::request_frames();
    // Redraw once more when "Copied" should turn back into "Copy link".
    if (ok)
        emscripten_async_call([](void*) { platform::request_frames(); }, nullptr, 2600);
}

EMSCRIPTEN_KEEPALIVE void eq_destroy() {
    if (!ImGui::GetCurrentContext())
        return;
    ImGui_ImplOpenGL3_Shutdown();
    platform::shutdown();
    ImGui::DestroyContext();
}

} // extern "C"
