// The item log: what each frame drew, for the page (instance.items(), the DOM semantics layer
// in web/js/semantics.js, whose JSON js_api.cpp writes), and what the page did to it.
//
// One input model: the DOM semantics layer owns keyboard focus and keys. It tells this module
// where focus is (set_dom_focus) and what the reader activated (activate); ImGui's keyboard
// navigation is never enabled.
#pragma once

#include "imgui.h"
#include "imgui_internal.h"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ui {

// [SECTION] Items
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
    Retake,
    Print
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
    std::string lang;        // text in another language than the page's (a source's quote)
    // Wrapped text as drawn, when it takes more than one line (an option: its label's lines, then
    // its detail's), so tests can check where lines break.
    std::vector<std::string> lines;
    void set_lines(std::vector<std::string> drawn) {
        if (drawn.size() > 1)
            lines = std::move(drawn);
    }
};

// [SECTION] Building the log (the widgets in ui.cpp call these)
void begin_log();
void end_log(bool settled);       // publishes it (see ui::end_frame)
const std::vector<Item>& items(); // the last published log, rects in backing pixels
Item& log_item(Role role, std::string_view name, ImRect rect);
// An interactive item: its `id` is how the page focuses and activates it.
Item& log_control(Role role, std::string_view name, ImRect rect, ImGuiID id);

// [SECTION] Groups
// Items logged between begin_group() and end_group() are the group's children; the group's rect
// is the union of theirs. RadioGroup/Group around a question (its heading is the legend), Group
// around "Why we ask" text, List/ListItem on the results.
int begin_group(Role role, std::string_view name = {}, bool ordered = false);
void end_group(int group);
int last_item();                              // index of the item logged last
void set_controls(int controller, int group); // the item `controller` opens `group` (aria-controls)

// [SECTION] What the page did: DOM focus and activations
// DOM focus is on the item `id` (0: outside the quiz); the focus ring is drawn there when
// `visible` (focus came from the keyboard).
void set_dom_focus(ImGuiID id, bool visible);
bool keyboard_focus(ImGuiID id); // DOM focus is on the item and came from the keyboard
// The item with `id` acts as if clicked in the next frame (same code path as a click).
void activate(ImGuiID id);
// True, once, when the activation waiting first is for `id` (the widget then reports a press).
bool take_activation(ImGuiID id);
void note_press(); // a widget reported a press
// True once if a control reported a press (click, tap, activate()) since the last call: what the
// frame shows may have changed, so it is built again.
bool take_pressed();
// True once after a frame whose published items differ from the last ones reported: in anything
// but position, or in position too once settled. The one place that decides "the items changed".
bool items_changed();

} // namespace ui
