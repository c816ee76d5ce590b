// UI toolkit for the screens: a centred column, wrapped text, cards, buttons, bars — drawn with
// ImDrawList and made interactive with ImGui's ItemAdd/ButtonBehavior (hover, press and touch
// come from ImGui) — and the item log behind instance.items().
//
// One input model: the page's DOM semantics layer (web/js/semantics.js) owns keyboard focus and
// keys. It tells this module where focus is (set_dom_focus) and what the reader activated
// (activate); ImGui's keyboard navigation is never enabled.
#pragma once

#include "fonts.h"
#include "imgui.h"
#include "imgui_internal.h"

#include <string>
#include <string_view>
#include <vector>

namespace ui {

// [SECTION] Item log: what each frame drew, for tests and the accessibility layer.
enum class Role {
    Button,
    Radio,
    Checkbox,
    Heading,
    Text,
    ProgressBar,
    Link,
    RadioGroup,
    Group,
    List,
    ListItem
}; // groups: see begin_group()
// What a button does, so the page and tests find "the Next button" without reading its label.
enum class Action {
    None,
    Start,
    Next,
    Back,
    Skip,
    ToggleHelp,
    ShowAll,
    CopyLink,
    ChangeAnswers,
    Retake
};
const char* role_name(Role role);
const char* action_name(Action action); // "next", "toggle-help", ...; "" for None

struct Item {
    Role role = Role::Text;
    Action action = Action::None;
    std::string name;
    ImRect rect; // backing pixels, canvas-relative
    bool interactive = false;
    bool focused = false;
    bool checked = false, has_checked = false;
    bool disabled = false;
    bool expanded = false, has_expanded = false;
    double value = -1; // progress bars: 0..100
    // For the DOM semantics layer (web/js/semantics.js):
    ImGuiID id =
        0; // interactive items: stable across frames (ImGui's id), for activate/set_dom_focus
    int level = 0;           // headings: 1 (title) .. 3 (card titles)
    int parent = -1;         // index of the enclosing group item, -1 at top level
    int controls = -1;       // disclosures: index of the group they open, -1 while it is closed
    bool ordered = false;    // lists: numbered
    std::string href;        // links: where they lead
    std::string description; // options: the detail line under the label
};

void begin_frame(float scale); // starts a new item log and sets the unit size
// Publishes the log. `settled`: no animation is running, so positions are final; while one runs,
// only changes other than positions count as a change (see items_changed()).
void end_frame(bool settled);
const std::vector<Item>& items(); // the last published log, rects in backing pixels

// [SECTION] Groups and the DOM semantics layer (items log structure; DOM focus; activation)
// Items logged between begin_group() and end_group() are the group's children; the group's rect
// is the union of theirs. RadioGroup/Group around a question (its heading is the legend), Group
// around "Why we ask" text, List/ListItem on the results.
int begin_group(Role role, std::string_view name = {}, bool ordered = false);
void end_group(int group);
int last_item();                              // index of the item logged last
void set_controls(int controller, int group); // the item `controller` opens `group` (aria-controls)
// DOM focus is on the item `id` (0: outside the quiz); the focus ring is drawn there when
// `visible` (focus came from the keyboard).
void set_dom_focus(ImGuiID id, bool visible);
// The item with `id` acts as if clicked in the next frame (same code path as a click).
void activate(ImGuiID id);
// True once if a control reported a press (click, tap, activate()) since the last call: what the
// frame shows may have changed, so it is built again.
bool take_pressed();
// True once after a frame whose published items differ from the last ones reported: in anything
// but position, or in position too once settled. The one place that decides "the items changed".
bool items_changed();

// [SECTION] Layout: all units are CSS pixels unless named `*_px`.
float px(float css); // CSS px -> backing px
float scale();

struct Column {
    float x = 0;     // left edge, backing px
    float width = 0; // backing px
    float y = 0;     // cursor: top of the next block, backing px
};
Column& column();
void space(float css);

enum class Align { Left, Center, Right };

// [SECTION] Text
float text_height(fonts::Face face, std::string_view text, float width_px);
float text_width(fonts::Face face, std::string_view text);
// Draws wrapped text at `pos` (top-left of a block `width_px` wide); returns its height.
float draw_text(fonts::Face face, ImU32 colour, ImVec2 pos, float width_px, std::string_view text,
                Align align = Align::Left);
// A text block in the column, advancing the cursor; logged with `role`.
void text(fonts::Face face, const ImVec4& colour, std::string_view text, Role role = Role::Text,
          Align align = Align::Left);

// [SECTION] Controls: each returns true when activated (click, tap, Space/Enter).
enum class ButtonKind { Primary, Secondary, Ghost };
bool button(const char* id, Action action, std::string_view label, ButtonKind kind, ImRect bb,
            bool enabled = true);
// The width a button needs for its label.
float button_width(std::string_view label);

// A large selectable card: radio (single) or checkbox (multi) with label and optional detail.
// Returns its height through `height_px`.
bool option_card(const char* id, std::string_view label, std::string_view detail, bool checked,
                 bool multi, ImRect bb_top, float* height_px);
float option_card_height(std::string_view label, std::string_view detail, float width_px);

// "Why we ask": a chevron and label; logged as a button with `expanded` and Action::ToggleHelp.
bool disclosure(const char* id, std::string_view label, bool expanded);
// An inline link (source titles); opens nothing itself.
bool link(const char* id, std::string_view label, fonts::Face face, ImVec2 pos, float width_px,
          float* height_px, std::string_view href = {});

void progress_bar(std::string_view name, double fraction, double value, ImRect bb,
                  const ImVec4& fill);
void log_item(Role role, std::string_view name, ImRect rect);

// A card around blocks drawn in the column: content first (on a draw-list channel above), then
// the card behind it once its height is known. Cards do not nest.
struct CardScope {
    Column saved;
    float top = 0, pad = 0;
};
CardScope begin_card(float pad_css);
void end_card(const CardScope& scope, const ImVec4& fill, const ImVec4& border,
              float rounding_css = 16, float border_css = 1);

// A pill-shaped toggle ("Prefer not to say"): logged as a button with `checked` and `action`.
bool toggle_chip(const char* id, Action action, std::string_view label, bool on, ImVec2 pos,
                 float* width_px);
// A small non-interactive pill with text (facts, "saves N points"). Returns its size.
ImVec2 pill(std::string_view label, ImVec2 pos, const ImVec4& fill, const ImVec4& text_colour,
            bool log = true);
ImVec2 pill_size(std::string_view label);

// [SECTION] Drawing helpers
void card(ImRect bb, const ImVec4& fill, const ImVec4& border, float rounding_css = 14,
          float border_css = 1);
void focus_ring(ImGuiID id, ImRect bb, float rounding_css);
bool keyboard_focus(ImGuiID id); // DOM focus is on the item and came from the keyboard

} // namespace ui
