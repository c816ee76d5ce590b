// UI toolkit for the screens (see ui.h).
//
// Index of this file:
// [SECTION] Layout
// [SECTION] Text
// [SECTION] Drawing helpers
// [SECTION] Controls

#include "ui.h"

#include "theme.h"

#include "exposure/line_break.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <utility>

namespace ui {

namespace {
float g_scale = 1;
Column g_column;
} // namespace

void begin_frame(float scale) {
    g_scale = scale;
    begin_log();
}

void end_frame(bool settled) {
    end_log(settled);
}

//-----------------------------------------------------------------------------
// [SECTION] Layout
//-----------------------------------------------------------------------------

float px(float css) {
    return css * g_scale;
}
float scale() {
    return g_scale;
}
Column& column() {
    return g_column;
}
void space(float css) {
    g_column.y += px(css);
}

//-----------------------------------------------------------------------------
// [SECTION] Text
//-----------------------------------------------------------------------------

namespace {

// Lays out `text` in lines no wider than `width`, broken where exposure::next_line says (spaces,
// and between CJK characters but not around their punctuation); draws them when `draw_list` is
// given and collects them in `lines` when that is given.
float layout_text(ImFont* font, ImDrawList* draw_list, ImU32 colour, ImVec2 pos, float width,
                  std::string_view text, Align align, std::vector<std::string>* lines = nullptr) {
    const float size = font->FontSize;
    const exposure::Advance advance = [font](char32_t c) {
        return c <= IM_UNICODE_CODEPOINT_MAX ? font->GetCharAdvance(ImWchar(c))
                                             : font->FallbackAdvanceX;
    };
    float y = pos.y;
    while (!text.empty()) {
        const exposure::LineEnd line = exposure::next_line(text, width, advance);
        const char* s = text.data();
        const char* trimmed = s + line.end;
        if (draw_list) {
            float x = pos.x;
            if (align != Align::Left) {
                const float w = font->CalcTextSizeA(size, FLT_MAX, 0, s, trimmed).x;
                x += align == Align::Center ? (width - w) * 0.5f : width - w;
            }
            draw_list->AddText(font, size, ImVec2(std::floor(x), std::floor(y)), colour, s,
                               trimmed);
        }
        if (lines)
            lines->emplace_back(s, trimmed);
        y += size;
        text.remove_prefix(line.next);
    }
    return y - pos.y;
}

} // namespace

float text_height(fonts::Face face, std::string_view text, float width_px) {
    return layout_text(fonts::get(face), nullptr, 0, ImVec2(0, 0), width_px, text, Align::Left);
}

float text_width(fonts::Face face, std::string_view text) {
    ImFont* font = fonts::get(face);
    return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, text.data(), text.data() + text.size())
        .x;
}

float draw_text(fonts::Face face, ImU32 colour, ImVec2 pos, float width_px, std::string_view text,
                Align align, std::vector<std::string>* lines) {
    return layout_text(fonts::get(face), ImGui::GetWindowDrawList(), colour, pos, width_px, text,
                       align, lines);
}

void text(fonts::Face face, const ImVec4& colour, std::string_view str, Role role, Align align) {
    Column& c = g_column;
    std::vector<std::string> lines;
    const float h =
        draw_text(face, theme::u32(colour), ImVec2(c.x, c.y), c.width, str, align, &lines);
    float w = c.width;
    float x = c.x;
    if (align != Align::Left &&
        h <= fonts::get(face)->FontSize + 0.5f) { // one line: log its real extent
        w = std::min(c.width, text_width(face, str));
        x = align == Align::Center ? c.x + (c.width - w) * 0.5f : c.x + c.width - w;
    }
    Item& item = log_item(role, str, ImRect(x, c.y, x + w, c.y + h));
    item.set_lines(std::move(lines));
    if (role == Role::Heading)
        item.level = face == fonts::Face::Title ? 1 : face == fonts::Face::Heading ? 2 : 3;
    c.y += h;
}

void quote(std::string_view text, std::string_view lang) {
    const theme::Palette& p = theme::palette();
    Column& c = g_column;
    const float rule = px(3), indent = px(12);
    const std::string shown = "\u201c" + std::string(text) + "\u201d";
    std::vector<std::string> lines;
    const float h =
        draw_text(fonts::Face::Small, theme::u32(p.text_muted), ImVec2(c.x + indent, c.y),
                  c.width - indent, shown, Align::Left, &lines);
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(c.x, c.y), ImVec2(c.x + rule, c.y + h),
                                              theme::u32(p.border), rule * 0.5f);
    Item& item = log_item(Role::Text, shown, ImRect(c.x + indent, c.y, c.x + c.width, c.y + h));
    item.set_lines(std::move(lines));
    item.lang = std::string(lang);
    c.y += h;
}

//-----------------------------------------------------------------------------
// [SECTION] Drawing helpers
//-----------------------------------------------------------------------------

void card(ImRect bb, const ImVec4& fill, const ImVec4& border, float rounding_css,
          float border_css) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float r = px(rounding_css);
    if (!theme::palette().dark) { // a soft shadow under cards in the light theme
        dl->AddRectFilled(bb.Min + ImVec2(0, px(1)), bb.Max + ImVec2(0, px(2)),
                          theme::u32(ImVec4(0.06f, 0.09f, 0.16f, 0.05f)), r + px(1));
    }
    dl->AddRectFilled(bb.Min, bb.Max, theme::u32(fill), r);
    if (border_css > 0) {
        const float t = px(border_css);
        dl->AddRect(bb.Min + ImVec2(t * 0.5f, t * 0.5f), bb.Max - ImVec2(t * 0.5f, t * 0.5f),
                    theme::u32(border), r, 0, t);
    }
}

void focus_ring(ImGuiID id, ImRect bb, float rounding_css) {
    if (!keyboard_focus(id))
        return;
    const float gap = px(3), t = px(2);
    bb.Expand(gap);
    ImGui::GetWindowDrawList()->AddRect(bb.Min, bb.Max, theme::u32(theme::palette().accent),
                                        px(rounding_css) + gap, 0, t);
}

//-----------------------------------------------------------------------------
// [SECTION] Controls
//-----------------------------------------------------------------------------

namespace {

struct Interaction {
    ImGuiID id = 0;
    bool pressed = false, hovered = false, held = false;
};

Interaction interact(ImGuiID id, ImRect bb, bool enabled) {
    Interaction in;
    in.id = id;
    ImGui::ItemAdd(bb, in.id, nullptr, enabled ? ImGuiItemFlags_None : ImGuiItemFlags_Disabled);
    if (enabled) {
        in.pressed = ImGui::ButtonBehavior(bb, in.id, &in.hovered, &in.held);
        if (in.hovered)
            ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        if (in.pressed)
            note_press();
    }
    return in;
}

} // namespace

float button_width(std::string_view label) {
    return text_width(fonts::Face::BodyBold, label) + px(2 * 24);
}

bool button(ImGuiID id, Action action, std::string_view label, ButtonKind kind, ImRect bb,
            bool enabled) {
    const Interaction in = interact(id, bb, enabled);
    const theme::Palette& p = theme::palette();
    ImVec4 fill, border, text_colour;
    float border_css = 0;
    switch (kind) {
    case ButtonKind::Primary:
        fill = !enabled     ? theme::mix(p.track, p.accent, 0.35f)
               : in.held    ? p.accent_press
               : in.hovered ? p.accent_hover
                            : p.accent;
        text_colour = enabled ? p.on_accent : theme::mix(p.on_accent, p.track, 0.25f);
        break;
    case ButtonKind::Secondary:
        fill = in.held ? p.surface_press : in.hovered ? p.surface_hover : p.surface;
        border = in.hovered ? p.border_strong : p.border;
        border_css = 1;
        text_colour = enabled ? p.text : p.text_muted;
        break;
    case ButtonKind::Ghost:
        fill = in.held      ? p.accent_soft
               : in.hovered ? theme::mix(p.background, p.accent_soft, 0.6f)
                            : ImVec4(0, 0, 0, 0);
        text_colour = enabled ? p.accent_text : p.text_muted;
        break;
    }
    if (fill.w > 0 || border_css > 0) {
        if (kind == ButtonKind::Primary) {
            ImGui::GetWindowDrawList()->AddRectFilled(bb.Min, bb.Max, theme::u32(fill), px(12));
        } else {
            card(bb, fill, border, 12, border_css);
        }
    }
    ImFont* font = fonts::get(fonts::Face::BodyBold);
    const float tw = text_width(fonts::Face::BodyBold, label);
    const ImVec2 pos(std::floor(bb.Min.x + (bb.GetWidth() - tw) * 0.5f),
                     std::floor(bb.Min.y + (bb.GetHeight() - font->FontSize) * 0.5f));
    ImGui::GetWindowDrawList()->AddText(font, font->FontSize, pos, theme::u32(text_colour),
                                        label.data(), label.data() + label.size());
    focus_ring(in.id, bb, 12);
    Item& item = log_control(Role::Button, label, bb, in.id);
    item.action = action;
    item.disabled = !enabled;
    return in.pressed;
}

namespace {
constexpr float kCardPadX = 16, kCardPadY = 15, kIndicator = 22, kIndicatorGap = 14,
                kCardMinHeight = 58;
}

float option_card_height(std::string_view label, std::string_view detail, float width_px) {
    const float text_w = width_px - px(kCardPadX * 2 + kIndicator + kIndicatorGap);
    float h = text_height(fonts::Face::Body, label, text_w);
    if (!detail.empty())
        h += px(2) + text_height(fonts::Face::Small, detail, text_w);
    return std::max(px(kCardMinHeight), h + px(kCardPadY * 2));
}

bool option_card(ImGuiID id, std::string_view label, std::string_view detail, bool checked,
                 bool multi, ImRect bb_top, float* height_px) {
    const float h = option_card_height(label, detail, bb_top.GetWidth());
    const ImRect bb(bb_top.Min, ImVec2(bb_top.Max.x, bb_top.Min.y + h));
    *height_px = h;
    const Interaction in = interact(id, bb, true);
    const theme::Palette& p = theme::palette();

    const ImVec4 fill = checked      ? p.accent_soft
                        : in.held    ? p.surface_press
                        : in.hovered ? p.surface_hover
                                     : p.surface;
    const ImVec4 border = checked ? p.accent : in.hovered ? p.border_strong : p.border;
    card(bb, fill, border, 14, checked ? 2.0f : 1.0f);

    // Indicator: a radio circle or a checkbox square, vertically centred on the first line.
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float line = fonts::get(fonts::Face::Body)->FontSize;
    const float text_top =
        detail.empty() ? bb.Min.y + (h - text_height(fonts::Face::Body, label,
                                                     bb.GetWidth() - px(kCardPadX * 2 + kIndicator +
                                                                        kIndicatorGap))) *
                                        0.5f
                       : bb.Min.y + px(kCardPadY);
    const ImVec2 centre(bb.Min.x + px(kCardPadX + kIndicator * 0.5f),
                        std::floor(text_top + line * 0.5f));
    const float r = px(kIndicator * 0.5f);
    const ImVec4 ring = checked      ? p.accent
                        : in.hovered ? theme::mix(p.border_strong, p.accent, 0.5f)
                                     : p.border_strong;
    if (!multi) {
        if (checked) {
            dl->AddCircleFilled(centre, r, theme::u32(p.accent), 32);
            dl->AddCircleFilled(centre, r * 0.4f, theme::u32(p.on_accent), 24);
        } else {
            dl->AddCircleFilled(centre, r, theme::u32(p.surface), 32);
            dl->AddCircle(centre, r - px(1), theme::u32(ring), 32, px(2));
        }
    } else {
        const ImRect box(centre - ImVec2(r, r), centre + ImVec2(r, r));
        if (checked) {
            dl->AddRectFilled(box.Min, box.Max, theme::u32(p.accent), px(6));
            const float s = r * 2;
            ImGui::RenderCheckMark(dl, box.Min + ImVec2(s * 0.2f, s * 0.2f),
                                   theme::u32(p.on_accent), s * 0.6f);
        } else {
            dl->AddRectFilled(box.Min, box.Max, theme::u32(p.surface), px(6));
            dl->AddRect(box.Min + ImVec2(px(1), px(1)), box.Max - ImVec2(px(1), px(1)),
                        theme::u32(ring), px(5), 0, px(2));
        }
    }

    const float text_x = bb.Min.x + px(kCardPadX + kIndicator + kIndicatorGap);
    const float text_w = bb.Max.x - px(kCardPadX) - text_x;
    float y = text_top;
    std::vector<std::string> lines;
    y += draw_text(fonts::Face::Body, theme::u32(p.text), ImVec2(text_x, y), text_w, label,
                   Align::Left, &lines);
    if (!detail.empty())
        draw_text(fonts::Face::Small, theme::u32(p.text_muted), ImVec2(text_x, y + px(2)), text_w,
                  detail, Align::Left, &lines);

    focus_ring(in.id, bb, 14);
    Item& item = log_control(multi ? Role::Checkbox : Role::Radio, label, bb, in.id);
    item.description = std::string(detail);
    item.set_lines(std::move(lines));
    item.checked = checked;
    item.has_checked = true;
    return in.pressed;
}

bool disclosure(ImGuiID id, std::string_view label, bool expanded) {
    Column& c = g_column;
    const theme::Palette& p = theme::palette();
    ImFont* font = fonts::get(fonts::Face::BodyBold);
    const float chevron = px(10);
    const float w = text_width(fonts::Face::BodyBold, label) + px(8) + chevron + px(8);
    const ImRect bb(c.x - px(8), c.y, c.x + w, c.y + px(44));
    const Interaction in = interact(id, bb, true);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    if (in.hovered || in.held)
        dl->AddRectFilled(
            bb.Min, bb.Max,
            theme::u32(in.held ? p.accent_soft : theme::mix(p.background, p.accent_soft, 0.6f)),
            px(10));
    const float ty = std::floor(bb.Min.y + (bb.GetHeight() - font->FontSize) * 0.5f);
    dl->AddText(font, font->FontSize, ImVec2(c.x, ty), theme::u32(p.accent_text), label.data(),
                label.data() + label.size());
    // Chevron: down when closed, up when open.
    const float cx = c.x + text_width(fonts::Face::BodyBold, label) + px(8) + chevron * 0.5f;
    const float cy = bb.GetCenter().y;
    const float a = chevron * 0.5f, b = chevron * 0.28f;
    const float dir = expanded ? -1.0f : 1.0f;
    const ImVec2 pts[3] = {ImVec2(cx - a, cy - b * dir), ImVec2(cx, cy + b * dir),
                           ImVec2(cx + a, cy - b * dir)};
    dl->AddPolyline(pts, 3, theme::u32(p.accent_text), ImDrawFlags_None, px(2));
    focus_ring(in.id, bb, 10);
    Item& item = log_control(Role::Button, label, bb, in.id);
    item.action = Action::ToggleHelp;
    item.expanded = expanded;
    item.has_expanded = true;
    c.y = bb.Max.y;
    return in.pressed;
}

bool link(ImGuiID id, std::string_view label, fonts::Face face, ImVec2 pos, float width_px,
          float* height_px, std::string_view href) {
    const theme::Palette& p = theme::palette();
    const float th = text_height(face, label, width_px);
    const float h = std::max(px(44), th + px(8)); // a touch target, even for one short line
    const float tw = std::min(width_px, text_width(face, label));
    const ImRect bb(
        pos, ImVec2(pos.x + (th > fonts::get(face)->FontSize + 0.5f ? width_px : tw), pos.y + h));
    const Interaction in = interact(id, bb, true);
    const float top = std::floor(pos.y + (h - th) * 0.5f);
    const ImVec4 colour = in.hovered ? p.accent_hover : p.accent_text;
    std::vector<std::string> lines;
    draw_text(face, theme::u32(colour), ImVec2(pos.x, top), width_px, label, Align::Left, &lines);
    if (in.hovered) { // underline the last line on hover
        const float line = fonts::get(face)->FontSize;
        ImGui::GetWindowDrawList()->AddLine(ImVec2(pos.x, top + th - line * 0.12f),
                                            ImVec2(pos.x + tw, top + th - line * 0.12f),
                                            theme::u32(colour), px(1));
    }
    focus_ring(in.id, bb, 6);
    Item& item = log_control(Role::Link, label, bb, in.id);
    item.href = std::string(href);
    item.set_lines(std::move(lines));
    *height_px = h;
    return in.pressed;
}

CardScope begin_card(float pad_css) {
    CardScope scope;
    scope.saved = g_column;
    scope.top = g_column.y;
    // Phones get slimmer padding: the text inside needs the width more.
    scope.pad = px(g_column.width < px(480) ? std::min(pad_css, 16.0f) : pad_css);
    ImGui::GetWindowDrawList()->ChannelsSplit(2);
    ImGui::GetWindowDrawList()->ChannelsSetCurrent(1);
    g_column.x += scope.pad;
    g_column.width -= 2 * scope.pad;
    g_column.y += scope.pad;
    return scope;
}

void end_card(const CardScope& scope, const ImVec4& fill, const ImVec4& border, float rounding_css,
              float border_css) {
    const float bottom = g_column.y + scope.pad;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->ChannelsSetCurrent(0);
    card(ImRect(scope.saved.x, scope.top, scope.saved.x + scope.saved.width, bottom), fill, border,
         rounding_css, border_css);
    dl->ChannelsMerge();
    g_column = scope.saved;
    g_column.y = bottom;
}

ImVec2 pill_size(std::string_view label) {
    return ImVec2(text_width(fonts::Face::SmallBold, label) + px(24),
                  fonts::get(fonts::Face::SmallBold)->FontSize + px(10));
}

ImVec2 pill(std::string_view label, ImVec2 pos, const ImVec4& fill, const ImVec4& text_colour,
            bool log) {
    const ImVec2 size = pill_size(label);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(pos, pos + size, theme::u32(fill), size.y * 0.5f);
    ImFont* font = fonts::get(fonts::Face::SmallBold);
    dl->AddText(font, font->FontSize, ImVec2(std::floor(pos.x + px(12)), std::floor(pos.y + px(5))),
                theme::u32(text_colour), label.data(), label.data() + label.size());
    if (log)
        log_item(Role::Text, label, ImRect(pos, pos + size));
    return size;
}

bool toggle_chip(ImGuiID id, Action action, std::string_view label, bool on, ImVec2 pos,
                 float* width_px) {
    const theme::Palette& p = theme::palette();
    ImFont* font = fonts::get(fonts::Face::Body);
    const float check = on ? px(22) : 0;
    const float w = text_width(fonts::Face::Body, label) + px(36) + check;
    const ImRect bb(pos, pos + ImVec2(w, px(44)));
    *width_px = w;
    const Interaction in = interact(id, bb, true);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float r = bb.GetHeight() * 0.5f;
    const ImVec4 fill = on           ? p.accent_soft
                        : in.held    ? p.surface_press
                        : in.hovered ? p.surface_hover
                                     : ImVec4(0, 0, 0, 0);
    if (fill.w > 0)
        dl->AddRectFilled(bb.Min, bb.Max, theme::u32(fill), r);
    const float t = px(on ? 2.0f : 1.0f);
    dl->AddRect(bb.Min + ImVec2(t * 0.5f, t * 0.5f), bb.Max - ImVec2(t * 0.5f, t * 0.5f),
                theme::u32(on           ? p.accent
                           : in.hovered ? p.border_strong
                                        : p.border),
                r, 0, t);
    const ImVec4 text_colour = on ? p.accent_text : p.text_muted;
    float x = bb.Min.x + px(18);
    if (on) {
        ImGui::RenderCheckMark(dl, ImVec2(x, bb.GetCenter().y - px(7)), theme::u32(p.accent_text),
                               px(14));
        x += check;
    }
    dl->AddText(font, font->FontSize,
                ImVec2(std::floor(x), std::floor(bb.GetCenter().y - font->FontSize * 0.5f)),
                theme::u32(text_colour), label.data(), label.data() + label.size());
    focus_ring(in.id, bb, 22);
    Item& item = log_control(Role::Button, label, bb, in.id);
    item.action = action;
    item.checked = on;
    item.has_checked = true;
    return in.pressed;
}

void progress_bar(std::string_view name, double fraction, double value, ImRect bb,
                  const ImVec4& fill) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float r = bb.GetHeight() * 0.5f;
    dl->AddRectFilled(bb.Min, bb.Max, theme::u32(theme::palette().track), r);
    const float w = float(std::clamp(fraction, 0.0, 1.0)) * bb.GetWidth();
    if (w > 0.5f)
        dl->AddRectFilled(bb.Min, ImVec2(bb.Min.x + std::max(w, 2 * r), bb.Max.y), theme::u32(fill),
                          r);
    log_item(Role::ProgressBar, name, bb).value = value;
}

} // namespace ui
