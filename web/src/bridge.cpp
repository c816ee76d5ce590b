// The JS side of the app (see bridge.h).
#include "bridge.h"

#include <emscripten/emscripten.h>

#include <string>
#include <utility>
#include <vector>

namespace bridge {

// clang-format off
EM_JS(void, js_emit, (const char* type, const char* detail), {
    if (Module['eqEmit']) Module['eqEmit'](UTF8ToString(type), UTF8ToString(detail));
});

EM_JS(void, js_copy_text, (const char* text), {
    const value = UTF8ToString(text);
    const done = (ok) => { if (Module['_eq_copied']) Module['_eq_copied'](ok ? 1 : 0); };
    try {
        navigator.clipboard.writeText(value).then(() => done(true), () => done(false));
    } catch (e) {
        done(false);
    }
});

EM_JS(void, js_open_url, (const char* url), {
    const href = UTF8ToString(url);
    const scheme = href.slice(0, 8).toLowerCase(); /* http(s) only: never javascript: or data: */
    if (scheme.startsWith('https:') || scheme.startsWith('http:')) window.open(href, '_blank', 'noopener,noreferrer');
});

EM_JS(void, js_reveal_canvas_top, (const char* selector), {
    const canvas = findEventTarget(selector); /* also finds a canvas in a shadow root */
    if (!canvas) return;
    const top = canvas.getBoundingClientRect().top;
    if (top < 0) window.scrollBy({top: top - 8, behavior: 'auto'});
});
// clang-format on

namespace {
struct Event {
    std::string type, detail_json;
};
std::vector<Event> g_queued;
} // namespace

void emit(const char* type, const char* detail_json) {
    g_queued.push_back({type, detail_json});
}

void flush_events() {
    std::vector<Event> events;
    events.swap(g_queued); // a listener may call back into the module and queue more
    for (const Event& e : events)
        js_emit(e.type.c_str(), e.detail_json.c_str());
}
void copy_text(const char* text) {
    js_copy_text(text);
}
void open_url(const char* url) {
    js_open_url(url);
}
void reveal_canvas_top(const char* selector) {
    js_reveal_canvas_top(selector);
}

} // namespace bridge
