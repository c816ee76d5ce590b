// Drawing the quiz on its canvas: starting, one frame, stopping.
//
// A frame, drawn only when something changed (see platform_web.h):
//   1. read the canvas size and devicePixelRatio; rebuild fonts and style when the scale changed
//   2. build the current screen into one window that covers the canvas
//   3. if a control was pressed while building (an option, Next), or the content's height changed
//      (the page resizes the canvas, see js_api.h), build again in the same callback: no
//      stretched, blank or out-of-date frame in between
//   4. publish the items, clear and render, then send the frame's events
#pragma once

// If `canvas`, creates the ImGui context and the WebGL 2 context on the canvas; opens the shared
// result `share_code` if there is one (else the intro) and builds the first frame. Returns 1 when
// the quiz is drawn on the canvas, 2 when it is not (no WebGL 2, or `canvas` false: no ImGui
// runs, the page's DOM draws the screens' descriptions: the HTML view), 0 without a quiz.
int start(const char* canvas_selector, const char* page_url, const char* share_code, bool canvas);
// Makes the canvas ready to draw (glyph atlas, shaders) in the next frame, though the screen shown
// is drawn by the page's HTML (the intro): the page calls it on the reader's first touch or key,
// so that the first question the canvas draws does not wait for it.
void warm_up();
// Builds (and draws) a frame now, not at the next animation frame (the page is about to print).
void draw_now();
// From now on nothing is drawn (a lost context that did not come back): the HTML view.
void use_html_view();
void stop();
