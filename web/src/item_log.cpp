// The item log (see item_log.h).
//
// Index of this file:
// [SECTION] Building the log
// [SECTION] Groups
// [SECTION] What the page did: DOM focus

#include "item_log.h"

#include "ui.h"

#include <cfloat>
#include <cmath>
#include <cstdint>
#include <iterator>

namespace ui {

namespace {
std::vector<Item> g_building;
std::vector<Item> g_published;
int g_open_group = -1; // innermost open group in g_building
// The node and part the items logged now draw (PartScope).
std::uint32_t g_node = 0;
const char* g_part = "";
// What the page did (item_log.h): who has DOM focus.
ImGuiID g_dom_focus = 0;
bool g_dom_focus_visible = false;
bool g_pressed = false; // a control reported a press since take_pressed()
// Did the log change? Signatures of the last log reported.
std::uint64_t g_structure = 0; // everything but positions
std::uint64_t g_layout = 0;    // positions
bool g_changed = false;
enum class Part { Structure, Layout };
std::uint64_t signature(const std::vector<Item>& items, Part part);
} // namespace

//-----------------------------------------------------------------------------
// [SECTION] Building the log
//-----------------------------------------------------------------------------

void begin_log() {
    g_building.clear();
    g_open_group = -1;
}

void end_log(bool settled) {
    g_published.swap(g_building);
    // While a slide-in runs only positions change, every frame: those are reported once it ends.
    const std::uint64_t structure = signature(g_published, Part::Structure);
    const std::uint64_t layout = signature(g_published, Part::Layout);
    if (structure != g_structure || (settled && layout != g_layout)) {
        g_structure = structure;
        g_layout = layout;
        g_changed = true;
    }
}

const std::vector<Item>& items() {
    return g_published;
}

Item& log_item(Role role, std::string_view name, ImRect rect) {
    Item item;
    item.role = role;
    item.name = std::string(name);
    item.rect = rect;
    item.parent = g_open_group;
    item.node = g_node;
    item.part = g_part;
    g_building.push_back(std::move(item));
    return g_building.back();
}

Item& log_control(Role role, std::string_view name, ImRect rect, ImGuiID id) {
    log_item(role, name, rect);
    Item& item = g_building.back();
    item.interactive = true;
    item.focused = keyboard_focus(id);
    item.id = id;
    return item;
}

PartScope::PartScope(std::uint32_t node, const char* part)
    : saved_node_(g_node), saved_part_(g_part) {
    g_node = node;
    g_part = part;
}

PartScope::~PartScope() {
    g_node = saved_node_;
    g_part = saved_part_;
}

namespace {

// FNV-1a over everything the page sees of the items: cheap enough for every frame.
struct Hasher {
    std::uint64_t h = 1469598103934665603ull;
    void bytes(const void* data, size_t n) {
        const auto* p = static_cast<const unsigned char*>(data);
        for (size_t i = 0; i < n; i++)
            h = (h ^ p[i]) * 1099511628211ull;
    }
    template <class T>
    void value(const T& v) {
        bytes(&v, sizeof v);
    }
    void text(const std::string& s) {
        value(s.size());
        bytes(s.data(), s.size());
    }
    template <class... T>
    void values(const T&... vs) {
        (value(vs), ...);
    }
    template <class... T>
    void texts(const T&... ss) {
        (text(ss), ...);
    }
};

std::uint64_t signature(const std::vector<Item>& items, Part part) {
    Hasher h;
    for (const Item& item : items) {
        if (part == Part::Layout) {
            for (const float v :
                 {item.rect.Min.x, item.rect.Min.y, item.rect.Max.x, item.rect.Max.y})
                h.value(std::lround(v * 10 / scale()));
            continue;
        }
        const int flags = item.interactive | item.focused << 1 | item.checked << 2 |
                          item.disabled << 3 | item.expanded << 4 | item.ordered << 5;
        h.values(item.role, item.action, flags, item.value, item.id, item.node, item.level,
                 item.parent, item.controls);
        h.texts(item.name, item.href, item.description, std::string(item.part));
    }
    return h.h;
}

} // namespace

// Names as the page sees them, in the order of the enums (item_log.h).
constexpr const char* kRoleNames[] = {"button", "radio",       "checkbox", "heading",
                                      "text",   "progressbar", "link",     "radiogroup",
                                      "group",  "list",        "listitem"};
static_assert(std::size(kRoleNames) == size_t(Role::ListItem) + 1, "a name for every Role");

const char* role_name(Role role) {
    return kRoleNames[size_t(role)];
}

//-----------------------------------------------------------------------------
// [SECTION] Groups
//-----------------------------------------------------------------------------

int begin_group(Role role, std::string_view name, bool ordered) {
    log_item(role, name, ImRect(FLT_MAX, FLT_MAX, -FLT_MAX, -FLT_MAX));
    const int index = int(g_building.size()) - 1;
    g_building[index].ordered = ordered;
    g_open_group = index;
    return index;
}

void end_group(int group) {
    IM_ASSERT(group == g_open_group && "end_group() must close the innermost begin_group()");
    Item& g = g_building[group];
    for (int i = group + 1; i < int(g_building.size()); i++)
        if (g_building[i].rect.Min.x <= g_building[i].rect.Max.x)
            g.rect.Add(g_building[i].rect);
    if (g.rect.Min.x > g.rect.Max.x)
        g.rect = ImRect(column().x, column().y, column().x, column().y); // empty group
    g_open_group = g.parent;
}

int last_item() {
    return int(g_building.size()) - 1;
}

void set_controls(int controller, int group) {
    g_building[size_t(controller)].controls = group;
}

//-----------------------------------------------------------------------------
// [SECTION] What the page did: DOM focus
//-----------------------------------------------------------------------------

void set_dom_focus(ImGuiID id, bool visible) {
    g_dom_focus = id;
    g_dom_focus_visible = visible;
}

bool keyboard_focus(ImGuiID id) {
    return id != 0 && id == g_dom_focus && g_dom_focus_visible;
}

void note_press() {
    g_pressed = true;
}

bool take_pressed() {
    const bool pressed = g_pressed;
    g_pressed = false;
    return pressed;
}

bool items_changed() {
    const bool changed = g_changed;
    g_changed = false;
    return changed;
}

} // namespace ui
