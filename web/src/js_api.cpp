// The boundary with the page's JavaScript (see js_api.h): every export and every import.
// Each export does one thing through the app (app.h), the frame (frame.h) or the item log
// (item_log.h); everything that crosses as JSON is written here, with nlohmann/json.
#include "js_api.h"

#include "app.h"
#include "fonts.h"
#include "frame.h"
#include "platform_web.h"
#include "theme.h"
#include "ui.h"

#include "exposure/report_json.hpp"
#include "exposure/share.hpp"
#include "exposure/versions.hpp"

#include <emscripten/emscripten.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <string>
#include <utility>
#include <vector>

using Json = nlohmann::ordered_json;

// [SECTION] Imports: what the module tells JS

namespace js {

namespace {

// clang-format off
EM_JS(void, js_emit, (const char* type, const char* detail), {
    Module['eqEmit'](UTF8ToString(type), UTF8ToString(detail));
});
EM_JS(void, js_items_changed, (), { Module['eqItems'](); });
EM_JS(void, js_screen_changed, (), { Module['eqScreen'](); });
EM_JS(void, js_content_height, (double css_px), { Module['eqHeight'](css_px); });
EM_JS(void, js_copy_text, (const char* text), { Module['eqCopy'](UTF8ToString(text)); });
EM_JS(void, js_open_url, (const char* url), { Module['eqOpen'](UTF8ToString(url)); });
EM_JS(void, js_reveal_top, (), { Module['eqRevealTop'](); });
EM_JS(void, js_context_changed, (int restored), { Module['eqContext'](!!restored); });
EM_JS(void, js_print, (), { Module['eqPrint'](); });
EM_JS(void, js_ask_earlier, (), { Module['eqAskEarlier'](); });
// clang-format on

struct Event {
    std::string type, detail_json;
};
std::vector<Event> g_queued;

} // namespace

void emit(const char* type, std::string detail_json) {
    if (app().html_view) { // no frame to wait for: the page's DOM shows it next
        js_emit(type, detail_json.c_str());
        return;
    }
    g_queued.push_back({type, std::move(detail_json)});
}

void flush_events() {
    std::vector<Event> events;
    events.swap(g_queued); // a listener may call back into the module and queue more
    for (const Event& e : events)
        js_emit(e.type.c_str(), e.detail_json.c_str());
}

void items_changed() {
    js_items_changed();
}
void screen_changed() {
    js_screen_changed();
}
void content_height(float css_px) {
    js_content_height(double(css_px));
}
void copy_text(const std::string& text) {
    js_copy_text(text.c_str());
}
void open_url(const std::string& url) {
    js_open_url(url.c_str());
}
void reveal_top() {
    js_reveal_top();
}
void context_changed(bool restored) {
    js_context_changed(restored ? 1 : 0);
}
void print() {
    js_print();
}

void ask_earlier_link() {
    js_ask_earlier();
}

} // namespace js

// [SECTION] JSON for what JS reads

namespace {

std::string g_out; // the last string handed to JS (valid until the next call that returns one)

const char* hand_over(const Json& json) {
    g_out = json.dump(-1, ' ', false,
                      Json::error_handler_t::replace); // content is UTF-8; never abort on it
    return g_out.c_str();
}

// CSS pixels with one decimal: what the DOM layer and the tests place things by.
double css(float backing_px) {
    return std::round(double(backing_px / ui::scale()) * 10.0) / 10.0;
}

Json item_json(const ui::Item& item) {
    Json j = Json::object();
    j["role"] = ui::role_name(item.role);
    j["name"] = item.name;
    j["checked"] = item.checked;
    j["disabled"] = item.disabled;
    j["x"] = css(item.rect.Min.x);
    j["y"] = css(item.rect.Min.y);
    j["w"] = css(item.rect.GetWidth());
    j["h"] = css(item.rect.GetHeight());
    if (item.action != ui::Action::None)
        j["action"] = exposure::action_name(item.action);
    if (item.has_expanded)
        j["expanded"] = item.expanded;
    if (item.interactive)
        j["focused"] = item.focused;
    if (item.value >= 0)
        j["value"] = item.value;
    if (item.id != 0)
        j["id"] = item.id;
    if (item.node != 0) {
        j["node"] = item.node;
        if (*item.part)
            j["part"] = item.part;
    }
    if (item.level > 0)
        j["level"] = item.level;
    if (item.parent >= 0)
        j["parent"] = item.parent;
    if (item.controls >= 0)
        j["controls"] = item.controls;
    if (item.ordered)
        j["ordered"] = true;
    if (item.role == ui::Role::Button && item.has_checked)
        j["pressed"] = item.checked;
    if (!item.href.empty())
        j["href"] = item.href;
    if (!item.description.empty())
        j["description"] = item.description;
    if (!item.lang.empty())
        j["lang"] = item.lang;
    if (!item.lines.empty()) {
        Json& lines = j["lines"] = Json::array();
        for (const std::string& line : item.lines)
            lines.push_back(line);
    }
    return j;
}

Json palette_json() {
    const exposure::Palette& p = theme::colours();
    Json j = Json::object();
    for (const auto& [name, colour] : exposure::palette_colours(p))
        j[name] = exposure::hex(colour);
    // Colours the results screen derives, as drawn: band titles (on the page) and "+N" pills.
    for (const double f : {0.0, 0.25, 0.5, 0.75, 1.0})
        j["band_title_" + std::to_string(int(f * 100))] =
            exposure::hex(exposure::readable(p, exposure::band_colour(p, f), p.background));
    const exposure::Colour fill = exposure::points_fill(p);
    j["band_pill"] = exposure::hex(exposure::readable(p, exposure::band_colour(p, 0.85), fill));
    j["band_pill_soft"] = exposure::hex(fill);
    j["dark"] = p.dark;
    j["moreContrast"] = p.more_contrast;
    return j;
}

} // namespace

// [SECTION] Exports: what JS can ask the module

extern "C" {

EMSCRIPTEN_KEEPALIVE void eq_set_font(int slot, const unsigned char* bytes, int size) {
    fonts::set_ttf(slot, std::vector<unsigned char>(bytes, bytes + size));
    platform::request_frames(); // a font that arrives after the first screen: draw with it
}

EMSCRIPTEN_KEEPALIVE int eq_load_quiz(const char* text, int size, const char* file_name,
                                      int version) {
    return load_quiz(std::string_view(text, size_t(size)), file_name, version) ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE const char* eq_pending_sources() {
    return hand_over(Json(pending_sources()));
}

EMSCRIPTEN_KEEPALIVE int eq_attach_sources(const char* text, int size, const char* file_name) {
    return attach_sources(std::string_view(text, size_t(size)), file_name) ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE void eq_sources_failed(const char* file_name) {
    sources_failed(file_name);
}

EMSCRIPTEN_KEEPALIVE int eq_load_earlier(const char* text, int size, const char* file_name,
                                         int version, const char* date) {
    return load_earlier(std::string_view(text, size_t(size)), file_name, version, date) ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE int eq_compare_with(const char* code, const char* text, int size,
                                         const char* file_name, int version) {
    return compare_with(code, std::string_view(text, size_t(size)), file_name, version) ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE const char* eq_comparison() {
    g_out = app().comparison_json;
    return g_out.c_str();
}

EMSCRIPTEN_KEEPALIVE int eq_share_version(const char* code, const char* versions_json) {
    const exposure::Outcome<exposure::ShareHeader> header = exposure::read_share_header(code);
    const exposure::Outcome<exposure::VersionList> versions =
        exposure::load_versions(versions_json);
    return header.ok() && versions.ok() ? exposure::version_of_share(*header.value, *versions.value)
                                        : 0;
}

EMSCRIPTEN_KEEPALIVE const char* eq_diagnostics() {
    Json list = Json::array();
    for (const LoadProblem& problem : app().load_problems) {
        Json entry = Json::object();
        entry["code"] = problem.code;
        entry["text"] = problem.text;
        list.push_back(std::move(entry));
    }
    return hand_over(list);
}

EMSCRIPTEN_KEEPALIVE void eq_set_theme(int dark, unsigned accent_rgb) {
    set_look(dark != 0, accent_rgb & 0xFFFFFF);
}

EMSCRIPTEN_KEEPALIVE void eq_set_preferences(int reduced_motion, int more_contrast) {
    set_preferences(reduced_motion != 0, more_contrast != 0);
}

EMSCRIPTEN_KEEPALIVE const char* eq_set_words(const char* text, int size) {
    std::vector<std::string> problems;
    Json answer = Json::object();
    answer["ok"] = set_words(std::string_view(text, size_t(size)), problems);
    answer["problems"] = problems;
    return hand_over(answer);
}

EMSCRIPTEN_KEEPALIVE int eq_start(const char* canvas_selector, const char* page_url,
                                  const char* share_code, int canvas) {
    return start(canvas_selector, page_url, share_code, canvas != 0);
}

EMSCRIPTEN_KEEPALIVE void eq_use_html_view() {
    use_html_view();
}

EMSCRIPTEN_KEEPALIVE void eq_set_printing(int on) {
    set_printing(on != 0);
    if (!app().html_view)
        draw_now();
}

EMSCRIPTEN_KEEPALIVE void eq_warm_up() {
    warm_up();
}

EMSCRIPTEN_KEEPALIVE void eq_resized() {
    platform::request_frames();
}
EMSCRIPTEN_KEEPALIVE void eq_set_visible(int visible) {
    platform::set_visible(visible != 0);
}

EMSCRIPTEN_KEEPALIVE int eq_act(unsigned id) {
    return act(id) ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE void eq_focus(unsigned id, int visible) {
    ui::set_dom_focus(ImGuiID(id), visible != 0);
    platform::request_frames();
}

EMSCRIPTEN_KEEPALIVE void eq_copied(int ok) {
    link_copied(ok != 0);
}

EMSCRIPTEN_KEEPALIVE const char* eq_items() {
    Json list = Json::array();
    for (const ui::Item& item : ui::items())
        list.push_back(item_json(item));
    return hand_over(list);
}

EMSCRIPTEN_KEEPALIVE const char* eq_screen() {
    g_out = exposure::screen_to_json(current_screen(), &theme::colours());
    return g_out.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* eq_drawn() {
    const FrameState& d = app().drawn;
    Json j = Json::object();
    j["frame"] = d.frame;
    j["width"] = std::round(double(d.width) * 10.0) / 10.0;
    j["scale"] = d.scale;
    j["dark"] = d.dark;
    j["moreContrast"] = d.more_contrast;
    j["printing"] = d.printing;
    j["htmlView"] = d.html_view;
    j["context"] = d.context;
    j["lang"] = d.words;
    j["quizLang"] = d.quiz;
    return hand_over(j);
}

EMSCRIPTEN_KEEPALIVE const char* eq_result() {
    g_out = result_json();
    return g_out.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* eq_palette() {
    return hand_over(palette_json());
}

EMSCRIPTEN_KEEPALIVE const char* eq_atlas() {
    const fonts::AtlasInfo& info = fonts::atlas_info();
    Json j = Json::object();
    j["width"] = info.width;
    j["height"] = info.height;
    j["maxSize"] = info.max_size;
    j["rasterScale"] = info.raster_scale;
    j["glyphs"] = info.glyphs;
    j["missing"] = info.missing;
    return hand_over(j);
}

EMSCRIPTEN_KEEPALIVE int eq_frames() {
    return app().frames;
}
EMSCRIPTEN_KEEPALIVE int eq_frames_pending() {
    return platform::frames_pending();
}

EMSCRIPTEN_KEEPALIVE void eq_destroy() {
    stop();
}

} // extern "C"
