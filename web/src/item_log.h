// The item log: what each frame drew and where, for the page (instance.items(), and the DOM
// layer over the canvas, web/js/view.js, which places each element of a screen's description
// over the item drawn for it). js_api.cpp writes its JSON.
//
// Every item names the node of the screen's description it draws (exposure/screen.hpp) and the
// part of that node ("" for the whole node, "title", "bar", ...: the parts view.js makes
// elements for). Controls are ImGui items whose id is their node's id.
//
// One input model: the DOM layer owns keyboard focus and keys. It tells this module where focus
// is (set_dom_focus) and acts on nodes directly (app.h); ImGui's keyboard navigation is never
// enabled.
#pragma once

#include "exposure/screen.hpp"

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
// What a button does (its node's action), so the page and tests find "the Next button" without
// reading its label.
using Action = exposure::Action;
const char* role_name(Role role);

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
    // For the DOM layer (web/js/view.js):
    std::uint32_t node = 0;  // the description's node it draws (0: none)
    const char* part = "";   // which part of it ("": the node itself)
    ImGuiID id = 0;          // interactive items: the node's id (ImGui's id too), for focus
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
// An interactive item: its `id` (its node's) is how the page focuses it.
Item& log_control(Role role, std::string_view name, ImRect rect, ImGuiID id);

// The node (and part) the items logged while it lives draw; scopes nest.
class PartScope {
public:
    PartScope(std::uint32_t node, const char* part = "");
    ~PartScope();
    PartScope(const PartScope&) = delete;
    PartScope& operator=(const PartScope&) = delete;

private:
    std::uint32_t saved_node_;
    const char* saved_part_;
};

// [SECTION] Groups
// Items logged between begin_group() and end_group() are the group's children; the group's rect
// is the union of theirs. RadioGroup/Group around a question (its heading is the legend), Group
// around "Why we ask" text, List/ListItem on the results.
int begin_group(Role role, std::string_view name = {}, bool ordered = false);
void end_group(int group);
int last_item();                              // index of the item logged last
void set_controls(int controller, int group); // the item `controller` opens `group` (aria-controls)

// [SECTION] What the page did: DOM focus
// DOM focus is on the item `id` (0: outside the quiz); the focus ring is drawn there when
// `visible` (focus came from the keyboard).
void set_dom_focus(ImGuiID id, bool visible);
bool keyboard_focus(ImGuiID id); // DOM focus is on the item and came from the keyboard
void note_press();               // a widget reported a press
// True once if a control reported a press (click, tap) since the last call: what the frame shows
// may have changed, so it is built again.
bool take_pressed();
// True once after a frame whose published items differ from the last ones reported: in anything
// but position, or in position too once settled. The one place that decides "the items changed".
bool items_changed();

} // namespace ui
