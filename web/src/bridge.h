// The JS side of the app, as plain functions: DOM events, clipboard, new tabs, scrolling.
// Implemented with EM_JS over the module's own `Module` object, so each quiz on a page talks to
// its own element (exposure-quiz.js installs Module.eqEmit).
#pragma once

namespace bridge {

// Queues CustomEvent "exposurequiz:<type>" with JSON.parse(detail_json) for the element. Events
// reach the page in flush_events(), after the frame that shows their state has been drawn, so a
// listener (or a test) that reads screen() or items() on an event sees what the event says.
void emit(const char* type, const char* detail_json);
// Dispatches the queued events, in order. Called at the end of each frame.
void flush_events();
// navigator.clipboard.writeText; calls eq_copied(ok) back when it settles.
void copy_text(const char* text);
// window.open(url, "_blank", "noopener,noreferrer") for http(s) URLs only.
void open_url(const char* url);
// Scrolls the page so the top of the canvas is visible, if it is above the viewport.
void reveal_canvas_top(const char* selector);

} // namespace bridge
