// The results screen on the canvas: the score gauge in the band's colour, the band, the topic
// bars, what weighs most, what to do first (with the points each action saves), the share link
// and the actions (see screens.h). Every number and word is the description's.
//
// Index of this file:
// [SECTION] Gauge and band
// [SECTION] Sections
// [SECTION] Share and actions

#include "screens.h"

#include "platform_web.h"
#include "theme.h"
#include "ui.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace {

using exposure::Node;
using exposure::NodeKind;
using fonts::Face;

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] Gauge and band
//-----------------------------------------------------------------------------

void draw_gauge(const Node& node) {
    const App& a = app();
    const theme::Palette& p = theme::palette();
    ui::Column& c = ui::column();
    const ui::PartScope part(node.id);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec4 colour = theme::band_color(node.tone);

    const float width = std::min(c.width, ui::px(300));
    const float thickness = ui::px(22);
    const float r = width * 0.5f - thickness * 0.5f;
    const ImVec2 centre(std::floor(c.x + c.width * 0.5f), std::floor(c.y + thickness * 0.5f + r));

    // The arc sweeps in once (eased), then stays still.
    const float t = std::clamp(float((a.now - a.gauge_start) / 0.7), 0.0f, 1.0f);
    if (t < 1)
        platform::request_frames(1);
    const float eased = 1 - (1 - t) * (1 - t) * (1 - t);
    const float value = float(node.value / 100.0) * eased;

    dl->PathArcTo(centre, r, IM_PI, 2 * IM_PI, 64);
    dl->PathStroke(theme::u32(p.track), 0, thickness);
    // Round caps at both ends of the track and of the value arc.
    dl->AddCircleFilled(ImVec2(centre.x - r, centre.y), thickness * 0.5f,
                        theme::u32(value > 0.001f ? colour : p.track), 24);
    dl->AddCircleFilled(ImVec2(centre.x + r, centre.y), thickness * 0.5f, theme::u32(p.track), 24);
    if (value > 0.001f) {
        const float end = IM_PI + IM_PI * value;
        dl->PathArcTo(centre, r, IM_PI, end, std::max(8, int(64 * value)));
        dl->PathStroke(theme::u32(colour), 0, thickness);
        dl->AddCircleFilled(ImVec2(centre.x + std::cos(end) * r, centre.y + std::sin(end) * r),
                            thickness * 0.5f, theme::u32(colour), 24);
    }

    ImFont* big = fonts::get(Face::Display);
    const float nw = ui::text_width(Face::Display, node.text);
    const float ny = std::floor(centre.y - big->FontSize * 0.80f);
    dl->AddText(big, big->FontSize, ImVec2(std::floor(centre.x - nw * 0.5f), ny),
                theme::u32(p.text), node.text.c_str());
    const float ow = ui::text_width(Face::Small, node.detail);
    const float oy = std::floor(centre.y + ui::px(2));
    ui::draw_text(Face::Small, theme::u32(p.text_muted), ImVec2(centre.x - ow * 0.5f, oy), ow + 1,
                  node.detail);
    ui::log_item(
        ui::Role::ProgressBar, node.label,
        ImRect(centre.x - r - thickness * 0.5f, c.y, centre.x + r + thickness * 0.5f, centre.y));
    {
        const ui::PartScope number(node.id, "number");
        ui::log_item(ui::Role::Text, node.text,
                     ImRect(centre.x - nw * 0.5f, ny, centre.x + nw * 0.5f, ny + big->FontSize));
    }
    c.y = oy + fonts::get(Face::Small)->FontSize;
}

void draw_band(const Node& node) {
    const theme::Palette& p = theme::palette();
    {
        const ui::PartScope title(node.id, "title");
        ui::text(Face::Title, theme::readable(theme::band_color(node.tone), p.background),
                 node.text, ui::Role::Heading, ui::Align::Center);
    }
    ui::space(10);
    const ui::PartScope detail(node.id, "detail");
    ui::text(Face::Body, p.text, node.detail, ui::Role::Text, ui::Align::Center);
}

// A card under the actions: "35 now -> 18 with your plan" and the band it lands in, in that
// band's colour; with nothing ticked, how to plan.
void draw_projection(const Node& node) {
    const theme::Palette& p = theme::palette();
    const ui::PartScope part(node.id);
    const ui::CardScope card = ui::begin_card(20);
    const bool planned = node.value >= 0;
    {
        const ui::PartScope text(node.id, "text");
        ui::text(planned ? Face::Heading : Face::Body, planned ? p.text : p.text_muted, node.text);
    }
    if (!node.detail.empty()) {
        ui::space(6);
        const ui::PartScope detail(node.id, "detail");
        ui::text(Face::BodyBold, theme::readable(theme::band_color(node.tone), p.surface),
                 node.detail);
    }
    ui::end_card(card, planned ? p.surface : p.accent_soft, p.border, 16, 1);
}

//-----------------------------------------------------------------------------
// [SECTION] Sections
//-----------------------------------------------------------------------------

namespace {

// A topic: its title and score on one line, its bar in the band's colour under them.
void draw_category(const Node& node) {
    const theme::Palette& p = theme::palette();
    ui::Column& c = ui::column();
    const ui::PartScope part(node.id);
    const int item = ui::begin_group(ui::Role::ListItem);
    const bool assessed = node.value >= 0;
    const Face value_face = assessed ? Face::BodyBold : Face::Small;
    const float vw = ui::text_width(value_face, node.detail);
    const float top = c.y;
    const ui::Column saved = c;
    c.width -= vw + ui::px(16);
    {
        const ui::PartScope title(node.id, "title");
        ui::text(Face::BodyBold, p.text, node.text);
    }
    const float bottom = c.y;
    c = saved;
    const float line = fonts::get(Face::BodyBold)->FontSize;
    const float vy = top + (line - fonts::get(value_face)->FontSize) * 0.5f;
    ui::draw_text(value_face, theme::u32(assessed ? p.text : p.text_muted),
                  ImVec2(c.x + c.width - vw, vy), vw + 1, node.detail);
    {
        const ui::PartScope value(node.id, "value");
        ui::log_item(
            ui::Role::Text, node.detail,
            ImRect(c.x + c.width - vw, vy, c.x + c.width, vy + fonts::get(value_face)->FontSize));
    }
    c.y = std::max(bottom, top + line) + ui::px(8);
    // With the reader's plan a second bar follows, its value beside it: both bars end there, so
    // their lengths compare.
    const float note_w = node.note.empty() ? 0 : ui::text_width(Face::Small, node.note);
    const float bar_end = c.x + c.width - (node.note.empty() ? 0 : note_w + ui::px(12));
    const ImRect bar(c.x, c.y, bar_end, c.y + ui::px(8));
    {
        const ui::PartScope bar_part(node.id, "bar");
        if (assessed)
            ui::progress_bar(node.label, node.value / 100.0, node.value, bar,
                             theme::band_color(node.tone));
        else
            ui::progress_bar(node.label, 0, -1, bar, p.track);
    }
    c.y = bar.Max.y;
    if (!node.note.empty()) { // with the reader's plan: a thinner bar, and its value beside it
        c.y += ui::px(6);
        const float nw = note_w;
        const float small = fonts::get(Face::Small)->FontSize;
        const ImRect after(c.x, c.y, bar_end, c.y + ui::px(6));
        {
            const ui::PartScope after_part(node.id, "after");
            if (node.after >= 0)
                ui::progress_bar(node.after_label, node.after / 100.0, node.after, after,
                                 theme::band_color(node.after_tone));
            else
                ui::progress_bar(node.after_label, 0, -1, after, p.track);
        }
        const ImVec2 at(c.x + c.width - nw, after.GetCenter().y - small * 0.5f);
        ui::draw_text(Face::Small, theme::u32(p.text_muted), at, nw + 1, node.note);
        {
            const ui::PartScope value(node.id, "after-value");
            ui::log_item(ui::Role::Text, node.note, ImRect(at.x, at.y, at.x + nw, at.y + small));
        }
        c.y = std::max(after.Max.y, at.y + small);
    }
    ui::end_group(item);
}

// What weighs most: the question and the answer, the points it adds in a pill on the right.
void draw_weight(const Node& node) {
    const theme::Palette& p = theme::palette();
    ui::Column& c = ui::column();
    const ui::PartScope part(node.id);
    const int item = ui::begin_group(ui::Role::ListItem);
    const ImVec2 pill = ui::pill_size(node.note);
    const float top = c.y;
    const ui::Column saved = c;
    c.width -= pill.x + ui::px(16);
    {
        const ui::PartScope text(node.id, "text");
        ui::text(Face::Body, p.text, node.text);
    }
    if (!node.detail.empty()) {
        ui::space(2);
        const ui::PartScope detail(node.id, "detail");
        ui::text(Face::Small, p.text_muted, node.detail);
    }
    const float bottom = c.y;
    c = saved;
    // Points an answer adds in a severe band's colour; a line of "then and now" in its own band's.
    const ImVec4 colour = theme::band_color(node.tone >= 0 ? node.tone : 0.85);
    const ImVec4 fill = theme::mix(p.surface, colour, p.dark ? 0.22f : 0.12f);
    {
        const ui::PartScope note(node.id, "note");
        ui::pill(node.note, ImVec2(c.x + c.width - pill.x, top), fill,
                 theme::readable(colour, fill));
    }
    c.y = std::max(bottom, top + pill.y);
    ui::end_group(item);
}

// An action: its number in a badge, title, body, the points it saves, its sources.
void draw_step(const Node& node) {
    const theme::Palette& p = theme::palette();
    ui::Column& c = ui::column();
    const ui::PartScope part(node.id);
    const ui::CardScope card = ui::begin_card(20);
    const int item = ui::begin_group(ui::Role::ListItem);
    const float badge = ui::px(30);
    const std::string number = std::to_string(node.number);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddCircleFilled(ImVec2(c.x + badge * 0.5f, c.y + badge * 0.5f), badge * 0.5f,
                        theme::u32(p.accent_soft), 32);
    const float nw = ui::text_width(Face::SmallBold, number);
    ImFont* small_bold = fonts::get(Face::SmallBold);
    dl->AddText(small_bold, small_bold->FontSize,
                ImVec2(std::floor(c.x + (badge - nw) * 0.5f),
                       std::floor(c.y + (badge - small_bold->FontSize) * 0.5f)),
                theme::u32(p.accent_text), number.c_str());
    const ui::Column outer = c;
    c.x += badge + ui::px(14);
    c.width -= badge + ui::px(14);
    c.y += std::max(0.0f, (badge - fonts::get(Face::BodyBold)->FontSize) * 0.5f);
    {
        const ui::PartScope title(node.id, "title");
        ui::text(Face::BodyBold, p.text, node.text, ui::Role::Heading);
    }
    if (!node.detail.empty()) {
        ui::space(4);
        const ui::PartScope detail(node.id, "detail");
        ui::text(Face::Body, p.text_muted, node.detail);
    }
    if (!node.note.empty()) {
        ui::space(10);
        const ui::PartScope note(node.id, "note");
        ui::pill(node.note, ImVec2(c.x, c.y), p.good_soft, p.good);
        c.y += ui::pill_size(node.note).y;
    }
    const Node* tick = nullptr;
    bool sources = false;
    for (const Node& child : node.children) {
        tick = child.kind == NodeKind::PlanTick ? &child : tick;
        sources = sources || child.kind == NodeKind::Source;
    }
    if (sources) {
        // Links without a heading of their own, a little below the text.
        exposure::Node links = node;
        for (Node& source : links.children)
            source.label.clear();
        ui::space(6);
        draw_sources(links);
    }
    if (tick != nullptr) { // "In my plan"
        ui::space(12);
        const ui::PartScope tick_part(tick->id);
        float w = 0;
        if (ui::toggle_chip(tick->id, tick->action, tick->text, tick->checked, ImVec2(c.x, c.y),
                            &w))
            perform(*tick);
        c.y += ui::px(44);
    }
    c.x = outer.x;
    c.width = outer.width;
    ui::end_group(item);
    ui::end_card(card, p.surface, p.border, 16, 1);
}

void draw_share_link(const Node& node);

} // namespace

void draw_section(const Node& node) {
    const theme::Palette& p = theme::palette();
    {
        const ui::PartScope heading(node.id, "heading");
        ui::text(Face::Heading, p.text, node.text, ui::Role::Heading);
    }
    ui::space(14);
    const NodeKind first = node.children.empty() ? NodeKind::Paragraph : node.children.front().kind;
    const ui::PartScope part(node.id);
    if (first == NodeKind::Step) { // cards of their own, one under the other
        const int list = ui::begin_group(ui::Role::List, node.text, true);
        for (std::size_t i = 0; i < node.children.size(); ++i) {
            if (i > 0)
                ui::space(12);
            draw_step(node.children[i]);
        }
        ui::end_group(list);
        return;
    }
    if (first == NodeKind::Category || first == NodeKind::Weight) { // one card, a list in it
        const ui::CardScope card = ui::begin_card(20);
        const int list = ui::begin_group(ui::Role::List, node.text);
        for (std::size_t i = 0; i < node.children.size(); ++i) {
            const Node& child = node.children[i];
            if (child.kind == NodeKind::Category) {
                if (i > 0)
                    ui::space(20);
                draw_category(child);
            } else {
                if (i > 0) { // a rule between the entries
                    ui::Column& c = ui::column();
                    ui::space(14);
                    ImGui::GetWindowDrawList()->AddLine(ImVec2(c.x, c.y),
                                                        ImVec2(c.x + c.width, c.y),
                                                        theme::u32(p.border), ui::px(1));
                    ui::space(14);
                }
                draw_weight(child);
            }
        }
        ui::end_group(list);
        ui::end_card(card, p.surface, p.border, 16, 1);
        return;
    }
    if (first == NodeKind::Note) { // the share card: what a link does, the link, Copy
        const ui::CardScope card = ui::begin_card(20);
        for (const Node& child : node.children) {
            if (child.kind == NodeKind::Note) {
                draw_text_node(child);
                ui::space(14);
            } else if (child.kind == NodeKind::ShareLink) {
                draw_share_link(child);
            }
        }
        ui::end_card(card, p.surface, p.border, 16, 1);
        return;
    }
    for (const Node& child : node.children) // "Nothing adds points"
        draw_text_node(child);
}

//-----------------------------------------------------------------------------
// [SECTION] Share and actions
//-----------------------------------------------------------------------------

namespace {

// Shortens `text` with an ellipsis to fit `width` (a URL has no spaces to wrap at).
std::string fit(Face face, const std::string& text, float width) {
    if (ui::text_width(face, text) <= width)
        return text;
    size_t lo = 0, hi = text.size();
    while (lo < hi) {
        const size_t mid = (lo + hi + 1) / 2;
        if (ui::text_width(face, text.substr(0, mid) + "\u2026") <= width)
            lo = mid;
        else
            hi = mid - 1;
    }
    while (lo > 0 && (static_cast<unsigned char>(text[lo]) & 0xC0) == 0x80)
        lo--; // whole UTF-8 characters
    return text.substr(0, lo) + "\u2026";
}

// The link in a field, and its Copy button beside it (under it on phones).
void draw_share_link(const Node& node) {
    const theme::Palette& p = theme::palette();
    ui::Column& c = ui::column();
    const Node* copy = node.children.empty() ? nullptr : &node.children.front();
    const float h = ui::px(48);
    const float button_w = copy ? std::max(ui::px(130), ui::button_width(copy->text)) : 0;
    const bool stacked = narrow_layout() || copy == nullptr;
    const float field_w = stacked ? c.width : c.width - button_w - ui::px(10);
    const ImRect field(c.x, c.y, c.x + field_w, c.y + h);
    ui::card(field, p.background, p.border, 12, 1);
    const std::string shown = fit(Face::Small, node.text, field_w - ui::px(28));
    ImFont* small = fonts::get(Face::Small);
    ImGui::GetWindowDrawList()->AddText(
        small, small->FontSize,
        ImVec2(std::floor(field.Min.x + ui::px(14)),
               std::floor(field.GetCenter().y - small->FontSize * 0.5f)),
        theme::u32(p.text), shown.c_str());
    {
        const ui::PartScope part(node.id);
        ui::log_item(ui::Role::Text, node.text, field);
    }
    c.y = field.Max.y;
    if (copy == nullptr)
        return;
    const ImRect button =
        stacked ? ImRect(c.x, field.Max.y + ui::px(10), c.x + c.width, field.Max.y + ui::px(10) + h)
                : ImRect(field.Max.x + ui::px(10), field.Min.y, c.x + c.width, field.Max.y);
    const ui::PartScope part(copy->id);
    if (ui::button(copy->id, copy->action, copy->text, copy->emphasis, button))
        perform(*copy);
    c.y = button.Max.y;
}

} // namespace

// Change my answers and Retake side by side (stacked on phones).
void draw_actions(const Node& row) {
    ui::Column& c = ui::column();
    const float gap = ui::px(12), h = ui::px(52);
    const bool stacked = narrow_layout();
    float x = c.x, y = c.y;
    const Node* pressed = nullptr;
    for (std::size_t i = 0; i < row.children.size(); ++i) {
        const Node& b = row.children[i];
        const float minimum = ui::px(b.action == exposure::Action::ChangeAnswers ? 200 : 160);
        const float w = stacked ? c.width : std::max(minimum, ui::button_width(b.text));
        if (i > 0) {
            if (stacked)
                y += h + gap;
            else
                x += gap;
        }
        const ui::PartScope part(b.id);
        if (ui::button(b.id, b.action, b.text, b.emphasis, ImRect(x, y, x + w, y + h), !b.disabled))
            pressed = &b;
        if (!stacked)
            x += w;
    }
    c.y = y + h;
    if (pressed)
        perform(*pressed);
}
