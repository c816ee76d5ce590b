// Platform layer for Dear ImGui on one <canvas> of a web page. See platform_web.h for features.
//
// Index of this file:
// [SECTION] State
// [SECTION] Frame scheduling (render on demand)
// [SECTION] Size and devicePixelRatio
// [SECTION] Mouse
// [SECTION] Touch
// [SECTION] Init / shutdown

#include "platform_web.h"

#include <emscripten/emscripten.h>
#include <emscripten/html5.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <string>

namespace platform {

//-----------------------------------------------------------------------------
// [SECTION] State
//-----------------------------------------------------------------------------

namespace {

struct PlatformData {
    std::string selector;
    EMSCRIPTEN_WEBGL_CONTEXT_HANDLE gl = 0;
    FrameFn frame = nullptr;
    ContextFn context_changed = nullptr;
    bool gl_lost = false; // webglcontextlost, until webglcontextrestored
    double css_w = 0, css_h = 0;
    double dpr = 1;
    int fb_w = 0, fb_h = 0;
    double last_time = 0;
    int frames_pending = 0;
    bool raf_pending = false;
    bool visible = true; // false while the canvas is scrolled out of view (set_visible)
    int frames_drawn = 0;
    ImGuiMouseCursor cursor = ImGuiMouseCursor_Arrow;
    bool mouse_down = false;
    // The one finger that drives the pointer.
    int touch_id = -1;
    bool touch_scrolling = false;
    double touch_start_x = 0, touch_start_y = 0;
};

PlatformData* bd = nullptr; // one per module instance (each quiz on a page has its own)

// The canvas may live in a shadow root (embeds isolate themselves from the host page's CSS),
// where document.querySelector cannot see it: the loader hands the element over as
// Module.eqCanvas and we register it under its selector in Emscripten's specialHTMLTargets,
// which findEventTarget (all of html5.h, and the functions below) consults first.
// clang-format off
EM_JS(void, js_bind_canvas, (const char* selector), {
    if (Module['eqCanvas']) specialHTMLTargets[UTF8ToString(selector)] = Module['eqCanvas'];
});
EM_JS(void, js_set_cursor, (const char* selector, const char* cursor), {
    const canvas = findEventTarget(selector);
    if (canvas) canvas.style.cursor = UTF8ToString(cursor);
});
// clang-format on

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] Frame scheduling (render on demand)
//-----------------------------------------------------------------------------

namespace {

EM_BOOL on_animation_frame(double /*time*/, void* /*user*/) {
    if (!bd)
        return EM_FALSE;
    bd->raf_pending = false;
    // Scrolled out of view: keep what is pending and draw it when the canvas is back (the very
    // first frame is always drawn, so the canvas gets its height before it is seen).
    if (!bd->visible && bd->frames_drawn > 0)
        return EM_FALSE;
    if (bd->frames_pending > 0) {
        bd->frames_pending--;
        bd->frames_drawn++;
        bd->frame();
    }
    if (bd && bd->frames_pending > 0 && !bd->raf_pending) {
        bd->raf_pending = true;
        emscripten_request_animation_frame(on_animation_frame, nullptr);
    }
    return EM_FALSE; // one frame per request: nothing runs while idle
}

} // namespace

void request_frames(int count) {
    if (!bd)
        return;
    bd->frames_pending = std::max(bd->frames_pending, count);
    if (!bd->raf_pending) {
        bd->raf_pending = true;
        emscripten_request_animation_frame(on_animation_frame, nullptr);
    }
}

int frames_pending() {
    return bd ? bd->frames_pending + (bd->raf_pending ? 1 : 0) : 0;
}

void set_visible(bool visible) {
    if (!bd || bd->visible == visible)
        return;
    bd->visible = visible;
    if (visible && bd->frames_pending > 0)
        request_frames(bd->frames_pending); // catch up
}

//-----------------------------------------------------------------------------
// [SECTION] Size and devicePixelRatio
//-----------------------------------------------------------------------------

bool update_size() {
    double w = 0, h = 0;
    emscripten_get_element_css_size(bd->selector.c_str(), &w, &h);
    const double dpr = std::clamp(emscripten_get_device_pixel_ratio(), 0.5, 4.0);
    const int fb_w = std::max(1, static_cast<int>(std::lround(w * dpr)));
    const int fb_h = std::max(1, static_cast<int>(std::lround(h * dpr)));
    const bool changed = fb_w != bd->fb_w || fb_h != bd->fb_h || dpr != bd->dpr;
    bd->css_w = w;
    bd->css_h = h;
    bd->dpr = dpr;
    if (fb_w != bd->fb_w || fb_h != bd->fb_h) {
        emscripten_set_canvas_element_size(bd->selector.c_str(), fb_w, fb_h);
        bd->fb_w = fb_w;
        bd->fb_h = fb_h;
    }
    // Here, not only in new_frame: a frame that builds nothing (the intro is the page's HTML)
    // still says what size it was for (App::drawn).
    ImGui::GetIO().DisplaySize = ImVec2(float(fb_w), float(fb_h));
    return changed;
}

float scale() {
    return bd ? static_cast<float>(bd->dpr) : 1.0f;
}

void new_frame() {
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(float(bd->fb_w), float(bd->fb_h));
    io.DisplayFramebufferScale = ImVec2(1, 1);
    const double now = emscripten_get_now() / 1000.0;
    // After an idle spell the gap can be minutes: clamp so ImGui's timers stay sensible.
    io.DeltaTime = float(std::clamp(now - bd->last_time, 1.0 / 240.0, 0.1));
    bd->last_time = now;

    const ImGuiMouseCursor cursor =
        io.MouseDrawCursor ? ImGuiMouseCursor_None : ImGui::GetMouseCursor();
    if (cursor != bd->cursor) {
        bd->cursor = cursor;
        js_set_cursor(bd->selector.c_str(),
                      cursor == ImGuiMouseCursor_Hand ? "pointer" : "default");
    }
}

namespace {

EM_BOOL on_resize(int, const EmscriptenUiEvent*, void*) {
    request_frames(); // the frame itself resizes the backing store, then draws at once
    return EM_FALSE;
}

//-----------------------------------------------------------------------------
// [SECTION] Mouse
//-----------------------------------------------------------------------------

int imgui_button(unsigned short dom_button) {
    switch (dom_button) {
    case 0:
        return ImGuiMouseButton_Left;
    case 1:
        return ImGuiMouseButton_Middle;
    case 2:
        return ImGuiMouseButton_Right;
    default:
        return -1;
    }
}

void add_mouse_pos(const EmscriptenMouseEvent* e) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddMouseSourceEvent(ImGuiMouseSource_Mouse);
    io.AddMousePosEvent(float(e->targetX * bd->dpr), float(e->targetY * bd->dpr));
}

EM_BOOL on_mouse(int type, const EmscriptenMouseEvent* e, void*) {
    ImGuiIO& io = ImGui::GetIO();
    switch (type) {
    case EMSCRIPTEN_EVENT_MOUSEDOWN:
        if (const int b = imgui_button(e->button); b >= 0) {
            add_mouse_pos(e);
            io.AddMouseButtonEvent(b, true);
            bd->mouse_down = true;
        }
        break;
    case EMSCRIPTEN_EVENT_MOUSEUP: // registered on the document: a release outside still ends a
                                   // press
        if (!bd->mouse_down)
            return EM_FALSE;
        if (const int b = imgui_button(e->button); b >= 0) {
            io.AddMouseSourceEvent(ImGuiMouseSource_Mouse);
            io.AddMouseButtonEvent(b, false);
        }
        bd->mouse_down = false;
        break;
    case EMSCRIPTEN_EVENT_MOUSEMOVE:
        add_mouse_pos(e);
        break;
    case EMSCRIPTEN_EVENT_MOUSELEAVE:
        if (!bd->mouse_down)
            io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
        break;
    default:
        return EM_FALSE;
    }
    request_frames();
    return EM_FALSE; // never preventDefault: the page's own listeners see every event too
}

//-----------------------------------------------------------------------------
// [SECTION] Touch
//-----------------------------------------------------------------------------

const EmscriptenTouchPoint* find_touch(const EmscriptenTouchEvent* e, int id, bool changed_only) {
    for (int i = 0; i < e->numTouches; i++) {
        const EmscriptenTouchPoint& t = e->touches[i];
        if (t.identifier == id && (!changed_only || t.isChanged))
            return &t;
    }
    return nullptr;
}

void touch_pos(const EmscriptenTouchPoint& t) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
    io.AddMousePosEvent(float(t.targetX * bd->dpr), float(t.targetY * bd->dpr));
}

void touch_release(bool click) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
    if (!click)
        io.AddMousePosEvent(-FLT_MAX, -FLT_MAX); // released "nowhere": no click
    io.AddMouseButtonEvent(ImGuiMouseButton_Left, false);
    io.AddMousePosEvent(-FLT_MAX, -FLT_MAX); // no hover left behind under a lifted finger
    bd->touch_id = -1;
}

EM_BOOL on_touch(int type, const EmscriptenTouchEvent* e, void*) {
    ImGuiIO& io = ImGui::GetIO();
    switch (type) {
    case EMSCRIPTEN_EVENT_TOUCHSTART: {
        if (bd->touch_id >= 0)
            return EM_FALSE; // a second finger: leave it to the browser (zoom)
        for (int i = 0; i < e->numTouches; i++) {
            const EmscriptenTouchPoint& t = e->touches[i];
            if (!t.isChanged || !t.onTarget)
                continue;
            bd->touch_id = t.identifier;
            bd->touch_scrolling = false;
            bd->touch_start_x = t.clientX;
            bd->touch_start_y = t.clientY;
            touch_pos(t);
            io.AddMouseButtonEvent(ImGuiMouseButton_Left, true);
            break;
        }
        request_frames();
        return EM_FALSE; // not consumed: the page may scroll under this finger
    }
    case EMSCRIPTEN_EVENT_TOUCHMOVE: {
        const EmscriptenTouchPoint* t = find_touch(e, bd->touch_id, true);
        if (!t)
            return EM_FALSE;
        const double dx = t->clientX - bd->touch_start_x, dy = t->clientY - bd->touch_start_y;
        if (!bd->touch_scrolling && dx * dx + dy * dy > 10.0 * 10.0) {
            bd->touch_scrolling = true; // a scroll gesture: whatever was pressed must not click
            io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
        }
        if (!bd->touch_scrolling)
            touch_pos(*t);
        request_frames();
        return EM_FALSE;
    }
    case EMSCRIPTEN_EVENT_TOUCHEND:
    case EMSCRIPTEN_EVENT_TOUCHCANCEL: {
        const EmscriptenTouchPoint* t = find_touch(e, bd->touch_id, true);
        if (!t)
            return EM_FALSE;
        const bool click = type == EMSCRIPTEN_EVENT_TOUCHEND && !bd->touch_scrolling;
        if (click)
            touch_pos(*t);
        touch_release(click);
        request_frames();
        return EM_TRUE; // consumed: no synthesized mousedown/mouseup/click after the tap
    }
    default:
        return EM_FALSE;
    }
}

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] Init / shutdown
//-----------------------------------------------------------------------------

namespace {

EM_BOOL on_context_lost(int, const void*, void*) {
    bd->gl_lost = true;
    if (bd->context_changed)
        bd->context_changed(false);
    return EM_TRUE; // preventDefault: the browser may restore the context
}

EM_BOOL on_context_restored(int, const void*, void*) {
    bd->gl_lost = false;
    emscripten_webgl_make_context_current(bd->gl);
    if (bd->context_changed)
        bd->context_changed(true);
    request_frames();
    return EM_TRUE;
}

bool create_context(const char* canvas_selector) {
    EmscriptenWebGLContextAttributes attrs;
    emscripten_webgl_init_context_attributes(&attrs);
    attrs.majorVersion = 2;
    attrs.minorVersion = 0;
    attrs.alpha = EM_FALSE;
    attrs.depth = EM_FALSE;
    attrs.stencil = EM_FALSE;
    attrs.antialias = EM_FALSE;
    attrs.powerPreference = EM_WEBGL_POWER_PREFERENCE_LOW_POWER;
    // WebGL 2 has all ImGui's backend needs; enabling every extension the browser offers costs
    // a getExtension call each (about 5 ms of eq_start in headless Chromium). Linked with
    // -sGL_SUPPORT_AUTOMATIC_ENABLE_EXTENSIONS=0 (web/CMakeLists.txt).
    attrs.enableExtensionsByDefault = EM_FALSE;
    bd->gl = emscripten_webgl_create_context(canvas_selector, &attrs);
    if (bd->gl <= 0) {
        bd->gl = 0;
        return false;
    }
    emscripten_webgl_make_context_current(bd->gl);
    return true;
}

void listen_to_pointer(const char* s) {
    emscripten_set_mousedown_callback(s, nullptr, false, on_mouse);
    emscripten_set_mousemove_callback(s, nullptr, false, on_mouse);
    emscripten_set_mouseleave_callback(s, nullptr, false, on_mouse);
    emscripten_set_mouseup_callback(EMSCRIPTEN_EVENT_TARGET_DOCUMENT, nullptr, false, on_mouse);
    emscripten_set_touchstart_callback(s, nullptr, false, on_touch);
    emscripten_set_touchmove_callback(s, nullptr, false, on_touch);
    emscripten_set_touchend_callback(s, nullptr, false, on_touch);
    emscripten_set_touchcancel_callback(s, nullptr, false, on_touch);
    emscripten_set_webglcontextlost_callback(s, nullptr, false, on_context_lost);
    emscripten_set_webglcontextrestored_callback(s, nullptr, false, on_context_restored);
}

} // namespace

bool init(const char* canvas_selector, FrameFn frame, Output output) {
    IM_ASSERT(ImGui::GetCurrentContext() && "Create the ImGui context before platform::init()");
    IM_ASSERT(!bd && "platform::init() called twice");
    bd = new PlatformData();
    bd->selector = canvas_selector;
    bd->frame = frame;
    js_bind_canvas(canvas_selector);
    if (output == Output::Canvas && !create_context(canvas_selector)) {
        delete bd;
        bd = nullptr;
        return false;
    }

    ImGuiIO& io = ImGui::GetIO();
    io.BackendPlatformName = "platform_web";
    io.BackendFlags |= ImGuiBackendFlags_HasMouseCursors;
    io.ConfigInputTrickleEventQueue = true; // a fast tap (down+up in one frame) still clicks
    io.ConfigInputTextCursorBlink = false;  // nothing blinks: an idle page draws no frames
    io.IniFilename = nullptr;
    io.LogFilename = nullptr;
    bd->last_time = emscripten_get_now() / 1000.0;

    if (bd->gl)
        listen_to_pointer(canvas_selector);
    emscripten_set_resize_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, false, on_resize);
    update_size();
    return true;
}

bool drawing() {
    return bd && bd->gl && !bd->gl_lost;
}

void on_context_change(ContextFn changed) {
    bd->context_changed = changed;
}

void stop_drawing() {
    if (!bd || !bd->gl)
        return;
    emscripten_webgl_destroy_context(bd->gl);
    bd->gl = 0;
}

void shutdown() {
    if (!bd)
        return;
    emscripten_html5_remove_all_event_listeners(); // this module's listeners only
    if (bd->gl)
        emscripten_webgl_destroy_context(bd->gl);
    delete bd;
    bd = nullptr;
}

} // namespace platform
