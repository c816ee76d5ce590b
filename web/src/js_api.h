// The one boundary between this module and the page's JavaScript. Its other side is
// web/js/core.js, which is the only JS that calls the module or answers it.
//
// What JS can ask the module: the exports in js_api.cpp, `Module._eq_*` (strings are UTF-8;
// a returned string stays valid until the next call that returns one):
//   eq_set_font(slot, bytes, size)        Noto Sans Regular (0), Bold (1), or a Noto Sans CJK
//                                         subset (2: merged into every face, fonts.h; 3: its
//                                         later glyphs), before eq_load_quiz or any time after
//                                         (the canvas redraws with it)
//   eq_load_quiz(text, size, file_name, version)
//                                         1, or 0 and eq_diagnostics() says why; `version` is
//                                         the published version the file is (the catalogue's;
//                                         0: none). Again while running: the same quiz in
//                                         another language keeps the answers and the screen
//                                         (app.h)
//   eq_pending_sources()                  the sources files the loaded quizzes name and still
//                                         wait for: JSON ["QUIZ.LOCALE.sources.json", ...]
//   eq_attach_sources(text, size, file_name)  one of them: 1, or 0 and eq_diagnostics() says why
//   eq_sources_failed(file_name)          it could not be downloaded: the screens say so
//   eq_load_earlier(text, size, file_name, version, date)
//                                         an earlier published version, for a result link made
//                                         on it (eq_share_version), before eq_start; while its
//                                         result is shown, the same in another language
//   eq_share_version(code, versions_json) the published version a share code was made on, 0
//                                         when none of the catalogue's versions ({"quiz",
//                                         "versions"}) matches
//   eq_diagnostics()                      why the quiz did not load: JSON [{code, text}], one per
//                                         problem ("FILE:LINE:COL: /pointer: message")
//   eq_set_theme(dark, accent_rgb)        again whenever prefers-color-scheme changes
//   eq_set_preferences(reduced_motion, more_contrast)
//   eq_set_words(text, size)              the screens' words of a locale
//                                         (dist/strings.LOCALE.json, exposure/words.hpp). JSON
//                                         {ok, problems: ["/strings/next: missing", ...]}
//   eq_start(canvas_selector, page_url, share_code, canvas)
//                                         1: drawn on the canvas; 2: not drawn (no WebGL 2, or
//                                         canvas 0): the page's DOM shows the screens (the HTML
//                                         view), and no ImGui runs
//   eq_use_html_view()                    stop drawing for good (a lost context that stayed away)
//   eq_set_printing(on)                   the page is printing: every action with its evidence,
//                                         the light palette; described (and drawn) at once
//   eq_resized()                          the canvas's width or devicePixelRatio changed
//   eq_set_visible(visible)               0 while the canvas is scrolled out of view: no frames
//   eq_act(id)                            the node `id` of the screen shown acts (exposure/
//                                         screen.hpp); 1 when it did, 0 when there is none or it
//                                         is disabled
//   eq_focus(id, visible)                 DOM focus is on node `id` (0: none); ring if `visible`
//   eq_copied(ok)                         the answer to eqCopy
//   eq_screen()                           what the screen shows: its description as JSON
//                                         (exposure::screen_to_json, with the band colours of the
//                                         palette in use)
//   eq_items()                            the last frame's items: JSON, see web/README.md
//   eq_drawn()                            what the last frame was built for: JSON {frame, width
//                                         (CSS px), scale (devicePixelRatio), dark, moreContrast,
//                                         printing,
//                                         htmlView, context (restores so far), lang (the UI
//                                         words'), quizLang} (App::drawn)
//   eq_result()                           the result JSON once every visible question is
//                                         answered or skipped, else ""
//   eq_palette()                          the colours in use: JSON {name: "#rrggbb", dark}
//   eq_atlas()                            the glyph atlas last built: JSON {width, height,
//                                         maxSize, rasterScale, glyphs, missing} (fonts::AtlasInfo)
//   eq_frames(), eq_frames_pending()      frames drawn so far; frames still to draw (0: idle)
//   eq_destroy()
//
// What the module tells JS: the callbacks below, `Module.eq*`, installed by web/js/core.js.
#pragma once

#include <string>

namespace js {

// Module.eqEmit(type, detail_json): CustomEvent "exposurequiz:<type>" on the quiz's element.
// Queued, and sent by flush_events() after the frame that shows their state, so a listener that
// reads items() on an event sees what the event says; in the HTML view (no frames) at once.
void emit(const char* type, std::string detail_json);
void flush_events(); // end of each frame, after items_changed()
// Module.eqItems(): the items changed (ui::items_changed() decides); call after the frame.
void items_changed();
// Module.eqScreen(): the screen's description changed (app.h changed()); the page reads it with
// eq_screen() when it next renders.
void screen_changed();
// Module.eqHeight(css_px): the content's height changed; the canvas must become that tall
// before this returns (the frame is built again at the new size).
void content_height(float css_px);
// Module.eqCopy(text): put text on the clipboard; the page answers with eq_copied(ok).
void copy_text(const std::string& text);
// Module.eqOpen(url): open an http(s) URL in a new tab (noopener, noreferrer).
void open_url(const std::string& url);
// Module.eqRevealTop(): scroll the page so the top of the quiz is in view, if it is above it.
void reveal_top();
// Module.eqContext(restored): the WebGL context was lost (false) or restored (true).
void context_changed(bool restored);
// Module.eqPrint(): open the browser's print dialog ("Print or save my plan").
void print();
// Module.eqAskEarlier(): the page asks the reader for an earlier result's link to compare with.
void ask_earlier_link();

} // namespace js
