// Platform layer for Dear ImGui on one <canvas> of a web page (Emscripten, <emscripten/html5.h>).
// The sokol_app.h way: everything is bound to the canvas selector given to platform::init(), so
// several quizzes can share a page, and nothing listens on `window` for keys or wheel.
//
// What it owns: the canvas's WebGL 2 context, its backing-store size, its pointer events and
// cursor, and when frames are drawn. What it does not: keyboard and focus (the page's DOM
// semantics layer owns them, see item_log.h), the canvas's CSS height (the page sets it when the
// module reports the content's height, see js_api.h), and every other call into the page's
// JavaScript (js_api.h).
//
// Implemented features:
//  [X] WebGL2 context on the given canvas (pair with imgui_impl_opengl3, "#version 300 es"), or
//      none (Output::None: frames are built but not drawn). Context loss and restore reported.
//  [X] HiDPI: backing store = CSS size x devicePixelRatio; positions are in backing pixels.
//      The app rasterises fonts and scales its style by platform::scale() (no stretching).
//  [X] Render on demand: frames are drawn only after input, resize or a DPR change, or while the
//      app asks for them (animations); an idle quiz draws nothing. One requestAnimationFrame at a
//      time.
//  [X] Off-screen: nothing is drawn while the canvas is scrolled away (set_visible); it catches up.
//  [X] The canvas may be inside a shadow root (Module.eqCanvas, registered in specialHTMLTargets).
//  [X] Mouse (buttons, hover, leave) with ImGuiMouseSource_Mouse; mouse cursor shapes (pointer).
//  [X] Touch via touch events with ImGuiMouseSource_TouchScreen. A tap clicks where the finger
//      is (no phantom clicks at an old mouse position); touchend is consumed so the browser
//      synthesizes no mouse events; touchstart/move are not, so the page still scrolls under a
//      finger, and a finger that moves more than 10 px is a scroll, not a click.
//  [ ] Keyboard: on purpose. The canvas is never focused; the DOM layer's elements take the keys.
//  [X] Wheel is never consumed: the canvas is as tall as its content, so the page scrolls.
// Issues:
//  [ ] IME and text input (the quiz has no text fields).
//  [ ] Clipboard through ImGui (copying goes through the page, js_api.h).
//  [ ] Gamepad.
#pragma once

#include "imgui.h"

namespace platform {

// Called once per drawn frame: new_frame(), build the UI, render.
using FrameFn = void (*)();

// Output::Canvas creates the WebGL2 context on `canvas_selector` (a CSS selector, e.g.
// "#exposure-quiz-1") and registers the pointer callbacks on that element; false if WebGL2 is
// missing. Output::None draws nothing: frames are built (the page shows their items as HTML)
// and scheduled the same way. Needs an ImGui context.
enum class Output { Canvas, None };
bool init(const char* canvas_selector, FrameFn frame, Output output);
void shutdown();

// True while frames can be drawn: a context that is not lost.
bool drawing();
// Called with false on webglcontextlost and with true on webglcontextrestored (after which the
// GL objects must be made again).
using ContextFn = void (*)(bool restored);
void on_context_change(ContextFn changed);
// Gives the context up for good (the page shows the HTML view instead).
void stop_drawing();

// Re-reads the canvas CSS size and devicePixelRatio; resizes the backing store if they changed.
// Returns true when anything changed. Cheap: call on resize notifications and at each frame.
bool update_size();
// Fills io.DisplaySize and io.DeltaTime. Call before ImGui::NewFrame().
void new_frame();

// Ask for at least `count` more frames (input needs ~3 for ImGui to settle; animations ask for 1
// per frame while they run).
void request_frames(int count = 3);
int frames_pending();
// While false (the canvas is scrolled out of view), no frame is drawn: requests wait, and are
// drawn once it is true again. The loader drives it with an IntersectionObserver.
void set_visible(bool visible);

float scale(); // backing pixels per CSS pixel (devicePixelRatio)

} // namespace platform
