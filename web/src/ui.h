// UI toolkit for the screens: a centred column, wrapped text, cards, buttons, bars — drawn with
// ImDrawList and made interactive with ImGui's ItemAdd/ButtonBehavior (hover, press and touch
// come from ImGui). Every widget records itself in the item log (item_log.h).
#pragma once

#include "fonts.h"
#include "item_log.h"

#include "imgui.h"
#include "imgui_internal.h"

#include <string>
#include <string_view>
#include <vector>

namespace ui {

void begin_frame(float scale); // sets the unit size and starts a new item log
// Publishes the item log. `settled`: no animation is running, so positions are final; while one
// runs, only changes other than positions count as a change (see items_changed()).
void end_frame(bool settled);

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
// Draws wrapped text at `pos` (top-left of a block `width_px` wide); returns its height. The lines
// as drawn are appended to `lines` when it is given.
float draw_text(fonts::Face face, ImU32 colour, ImVec2 pos, float width_px, std::string_view text,
                Align align = Align::Left, std::vector<std::string>* lines = nullptr);
// A text block in the column, advancing the cursor; logged with `role`.
void text(fonts::Face face, const ImVec4& colour, std::string_view text, Role role = Role::Text,
          Align align = Align::Left);

// A source's quote under its link: smaller, muted, set in by a rule, in its own language (`lang`,
// a BCP 47 tag, for screen readers and the HTML view).
void quote(std::string_view text, std::string_view lang);

// [SECTION] Controls: each returns true when clicked or tapped on the canvas (the DOM layer acts
// on nodes itself, app.h). `id`: the node's id, the control's ImGui id.
using ButtonKind = exposure::Emphasis;
bool button(ImGuiID id, Action action, std::string_view label, ButtonKind kind, ImRect bb,
            bool enabled = true);
// The width a button needs for its label.
float button_width(std::string_view label);

// A large selectable card: radio (single) or checkbox (multi) with label and optional detail.
// Returns its height through `height_px`.
bool option_card(ImGuiID id, std::string_view label, std::string_view detail, bool checked,
                 bool multi, ImRect bb_top, float* height_px);
float option_card_height(std::string_view label, std::string_view detail, float width_px);

// "Why we ask": a chevron and label; logged as a button with `expanded` and Action::ToggleHelp.
bool disclosure(ImGuiID id, std::string_view label, bool expanded);
// An inline link (source titles); opens nothing itself.
bool link(ImGuiID id, std::string_view label, fonts::Face face, ImVec2 pos, float width_px,
          float* height_px, std::string_view href = {});

void progress_bar(std::string_view name, double fraction, double value, ImRect bb,
                  const ImVec4& fill);

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
bool toggle_chip(ImGuiID id, Action action, std::string_view label, bool on, ImVec2 pos,
                 float* width_px);
// A small non-interactive pill with text (facts, "saves N points"). Returns its size.
ImVec2 pill(std::string_view label, ImVec2 pos, const ImVec4& fill, const ImVec4& text_colour,
            bool log = true);
ImVec2 pill_size(std::string_view label);

// [SECTION] Drawing helpers
void card(ImRect bb, const ImVec4& fill, const ImVec4& border, float rounding_css = 14,
          float border_css = 1);
void focus_ring(ImGuiID id, ImRect bb, float rounding_css);

} // namespace ui
